import { useTranslation } from 'react-i18next';
import type { ObservationFlag, Source, SourceGrade } from '../../domain/provenance';
import { GradeMark } from './grade-mark';
import { SourceLink } from './source-link';

interface SourceNoteProps {
  source: Source;
  year?: number | string;
  note?: string;
  flags?: readonly ObservationFlag[];
  /** `gradeOf(indicator, observation)`: marks a secondary or press-quoted figure. */
  grade?: SourceGrade;
}

/** Where a number comes from: publisher, year, link, and any caveat. */
export function SourceNote({ source, year, note, flags, grade }: SourceNoteProps) {
  const { t } = useTranslation();
  return (
    <p className="source-note">
      <span>{t('source.label')}: </span>
      <SourceLink source={source} />
      <GradeMark grade={grade} />
      {year !== undefined && (
        <span>
          {' '}
          · {t('source.year')} {year}
        </span>
      )}
      {flags?.map((flag) => (
        <span key={flag} className="flag">
          {' '}
          · {t(`source.flags.${flag}`)}
        </span>
      ))}
      {note && (
        <span>
          {' '}
          · {t('source.note')}: {note}
        </span>
      )}
    </p>
  );
}
