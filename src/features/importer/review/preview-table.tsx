import { useTranslation } from 'react-i18next';
import type { PreviewTable as PreviewModel } from '../model/import-preview';

export function PreviewTable({ preview }: { preview: PreviewModel }) {
  const { t } = useTranslation();
  if (preview.rows.length === 0) return null;
  return (
    <div className="table-scroll">
      <table className="data-table data-table--compact">
        <caption>{t('importer.review.preview')}</caption>
        <thead>
          <tr>
            {preview.columns.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row, i) => (
            <tr key={i}>
              {preview.columns.map((c) => (
                <td key={c.key} className={c.numeric ? 'num' : undefined}>
                  {row[c.key]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {preview.total > preview.rows.length && (
        <p className="muted">
          {t('importer.review.previewMore', { count: preview.total - preview.rows.length })}
        </p>
      )}
    </div>
  );
}
