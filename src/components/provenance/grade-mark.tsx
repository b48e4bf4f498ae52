import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SourceGrade } from '../../domain/provenance';
import './grade-mark.css';

interface GradeMarkProps {
  grade: SourceGrade | undefined;
  /** Also mark official figures (on /data, where every table states its grade). */
  showOfficial?: boolean;
}

/**
 * A small mark beside a number that was not read from the official release itself: "sekunder" for a
 * compilation of official figures, "kutipan pers" for a press quote. Official figures carry no mark
 * unless asked, so the mark stays rare enough to be noticed.
 */
export function GradeMark({ grade, showOfficial = false }: GradeMarkProps) {
  const { t } = useTranslation();
  const tipId = useId();
  if (grade === undefined || (grade === 'official' && !showOfficial)) return null;
  const explanation = t(`dataQuality.gradeExplain.${grade}`);
  return (
    <span
      className={`grade-mark grade-mark--${grade}`}
      tabIndex={0}
      title={explanation}
      aria-describedby={tipId}
    >
      {t(`dataQuality.grade.${grade}`)}
      <span role="tooltip" id={tipId} className="grade-mark__tip">
        {explanation}
      </span>
    </span>
  );
}
