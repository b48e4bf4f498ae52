import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import { QueryBoundary } from '../../components/query-boundary';
import { useRegions } from '../../data/queries';
import { useSelectionStore } from '../../store/selection-store';

export function ComparePage() {
  const { t } = useTranslation();
  const compare = useSelectionStore((s) => s.compare);
  const toggleCompare = useSelectionStore((s) => s.toggleCompare);
  const clearCompare = useSelectionStore((s) => s.clearCompare);
  const regionsQuery = useRegions();
  return (
    <section className="page">
      <h1>{t('page.compare.title')}</h1>
      {compare.length === 0 ? (
        <EmptyState>{t('page.compare.empty')}</EmptyState>
      ) : (
        <QueryBoundary query={regionsQuery} what={t('resource.regions')}>
          {({ rows }) => (
            <>
              <h2>{t('page.compare.list')}</h2>
              <ul className="chip-list">
                {compare.map((code) => {
                  const name = rows.find((r) => r.code === code)?.name ?? code;
                  return (
                    <li key={code} className="chip">
                      <Link to={`/region/${code}`}>{name}</Link>
                      <button
                        type="button"
                        className="button button--ghost"
                        aria-label={t('page.compare.remove', { name })}
                        onClick={() => toggleCompare(code)}
                      >
                        ×
                      </button>
                    </li>
                  );
                })}
              </ul>
              <button type="button" className="button" onClick={clearCompare}>
                {t('page.compare.clear')}
              </button>
            </>
          )}
        </QueryBoundary>
      )}
    </section>
  );
}
