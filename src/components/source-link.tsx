import type { Source } from '../domain/provenance';

/** A publisher's name, linked to where the figure was read when there is a link. */
export function SourceLink({ source }: { source: Source }) {
  return source.url ? (
    <a href={source.url} target="_blank" rel="noreferrer noopener">
      {source.name}
    </a>
  ) : (
    <>{source.name}</>
  );
}
