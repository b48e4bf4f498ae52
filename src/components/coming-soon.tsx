import type { ReactNode } from 'react';

/** A page whose feature has not landed yet: says what is coming rather than looking broken. */
export function ComingSoon({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="page">
      <h1>{title}</h1>
      <div className="panel panel--info">{children}</div>
    </section>
  );
}
