import type { Source } from '../../domain/provenance';
import { toSafeHref } from '../../lib/safe-url';

/**
 * A publisher's name, linked to where the figure was read only when that is an http(s) address; any
 * other address from data (javascript:, data:, …) leaves the name as plain text.
 */
export function SourceLink({ source }: { source: Source }) {
  const href = toSafeHref(source.url);
  return href ? (
    <a href={href} target="_blank" rel="noreferrer noopener">
      {source.name}
    </a>
  ) : (
    <>{source.name}</>
  );
}
