import { useTranslation } from 'react-i18next';
import type { RegionCode } from '../domain/region';
import { useSelectionStore } from '../store/selection-store';

/** Adds a region to the comparison list, or takes it out again. */
export function CompareToggle({ code }: { code: RegionCode }) {
  const { t } = useTranslation();
  const compared = useSelectionStore((s) => s.compare.includes(code));
  const toggleCompare = useSelectionStore((s) => s.toggleCompare);
  return (
    <button
      type="button"
      className="button button--ghost"
      aria-pressed={compared}
      onClick={() => toggleCompare(code)}
    >
      {compared ? t('page.compare.added') : t('page.compare.add')}
    </button>
  );
}
