import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ImportedIndicator } from '../../../data/import/files/indicator/finish-indicator-import';
import type { ImportsHandle } from '../../../data/import/local-imports-context';
import { findConflicts } from '../../../data/merged/find-conflicts';

interface ReviewConflictsNoteProps {
  indicators: readonly ImportedIndicator[];
  handle: ImportsHandle;
  sourceKey: string;
}

/** Before importing: how many values of the file differ from the bundled data for the same region-year. */
export function ReviewConflictsNote({ indicators, handle, sourceKey }: ReviewConflictsNoteProps) {
  const { t } = useTranslation();
  const existing = indicators.filter((i) => !i.isNew);
  const results = useQueries({
    queries: existing.map((i) => ({
      queryKey: ['import-bundled-observations', sourceKey, i.definition.id],
      queryFn: ({ signal }: { signal: AbortSignal }) => handle.base.observations(i.definition.id, signal),
      staleTime: Infinity,
    })),
  });
  const count = existing.reduce(
    (n, i, k) => n + findConflicts(i.definition.id, i.observations, results[k]?.data?.rows ?? [], []).length,
    0,
  );
  if (count === 0) return null;
  return (
    <p className="panel panel--info" role="note">
      {t('importer.review.conflicts', { count })}
    </p>
  );
}
