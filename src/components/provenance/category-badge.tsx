import { categoryOf, type Indicator } from '../../domain/indicator';
import { pickText } from '../../domain/localized';
import type { Observation } from '../../domain/observation';
import { useLanguage } from '../../i18n/use-language';
import { categoryColor } from './category-colors';
import './grade-mark.css';

interface CategoryBadgeProps {
  indicator: Pick<Indicator, 'polarity' | 'categories'>;
  observation: Pick<Observation, 'category'>;
}

/** The published category of a region-year (e.g. "Zona hijau") with its map colour; nothing when it has none. */
export function CategoryBadge({ indicator, observation }: CategoryBadgeProps) {
  const language = useLanguage();
  const category = categoryOf(indicator, observation);
  if (!category) return null;
  return (
    <span className="category-badge">
      <span
        className="category-badge__swatch"
        style={{ background: categoryColor(indicator, category) }}
        aria-hidden="true"
      />
      {pickText(category.label, language)}
    </span>
  );
}
