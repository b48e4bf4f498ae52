import { useTranslation } from 'react-i18next';
import type { AnalysisNote } from '../../../domain/sectors/analysis/sector-analysis';

/** Why the view differs from what the address asked for, and what the data cannot give. */
export function SectorNotes({ notes }: { notes: readonly AnalysisNote[] }) {
  const { t } = useTranslation();
  if (notes.length === 0) return null;
  const text = (note: AnalysisNote) => {
    switch (note.kind) {
      case 'year-unavailable':
        return note.used === null
          ? t('sectors.notes.year-unavailable-none', { requested: note.requested, param: note.param })
          : t('sectors.notes.year-unavailable', { ...note });
      case 'basis-unavailable':
        return t('sectors.notes.basis-unavailable', {
          requested: note.requested.toUpperCase(),
          used: note.used.toUpperCase(),
        });
      case 'ref-unavailable':
        return t('sectors.notes.ref-unavailable', {
          requested: t(`sectors.referenceChoice.${note.requested}`),
          used: t(`sectors.referenceChoice.${note.used}`),
        });
      case 'boundary-change':
        return t('sectors.notes.boundary-change', { years: note.years.join(', ') });
      case 'boundary-latest':
        return t('sectors.notes.boundary-latest', { latest: note.latest, used: note.used });
      case 'zero-base':
        return t('sectors.notes.zero-base', { sectors: note.sectors.join(', ') });
      case 'quarter-unavailable':
        return t('sectors.notes.quarter-unavailable', { quarter: note.quarter, year: note.year });
      default:
        return t(`sectors.notes.${note.kind}`);
    }
  };
  return (
    <ul className="panel panel--info sectors-notes" role="status">
      {notes.map((note, i) => (
        <li key={`${note.kind}-${i}`}>{text(note)}</li>
      ))}
    </ul>
  );
}
