import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ImportedIndicator } from '../../../data/import/files/indicator/finish-indicator-import';
import type { ImportsHandle } from '../../../data/import/local-imports-context';
import { findConflicts } from '../../../data/merged/find-conflicts';
import { findImplausible } from '../../../data/merged/find-implausible';
import type { RegionCode } from '../../../domain/region';
import { PlausibilityWarning } from './plausibility-warning';

interface ReviewConflictsNoteProps {
  indicators: readonly ImportedIndicator[];
  handle: ImportsHandle;
  sourceKey: string;
  nameOf: (code: RegionCode) => string;
}

/**
 * Before importing: how many values of the file differ from the bundled data for the same region-year,
 * and, side by side with the official value, those far enough off to be a mistake.
 */
export function ReviewConflictsNote({ indicators, handle, sourceKey, nameOf }: ReviewConflictsNoteProps) {
  const { t } = useTranslation();
  const existing = indicators.filter((i) => !i.isNew);
  const results = useQueries({
    queries: existing.map((i) => ({
      queryKey: ['import-bundled-observations', sourceKey, i.definition.id],
      queryFn: ({ signal }: { signal: AbortSignal }) => handle.base.observations(i.definition.id, signal),
      staleTime: Infinity,
    })),
  });
  const bundledOf = (k: number) => results[k]?.data?.rows ?? [];
  const count = existing.reduce(
    (n, i, k) => n + findConflicts(i.definition.id, i.observations, bundledOf(k), []).length,
    0,
  );
  const implausible = existing.flatMap((i, k) =>
    findImplausible(i.observations, bundledOf(k)).map((v) => ({ ...v, indicator: i.definition })),
  );
  return (
    <>
      {count > 0 && (
        <p className="panel panel--info" role="note">
          {t('importer.review.conflicts', { count })}
        </p>
      )}
      <PlausibilityWarning values={implausible} nameOf={nameOf} />
    </>
  );
}
