import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The columns a Bappeda supplies through the import, as the importer reads them. */
const IMPORT_CSV_HEADER = 'kode_wilayah,tahun,harga,kode_sektor,nilai';
const EXAMPLE_ROWS = [
  '61.11,2024,adhk,A,1234.56',
  '61.11,2024,adhk,B,98.10',
  '61.11,2024,adhk,TOTAL,4321.00',
];

export function NoSectorData({ name, reason }: { name: string; reason: 'no-rows' | 'no-reference' }) {
  const { t } = useTranslation();
  return (
    <section className="section sectors-no-data" aria-labelledby="sectors-no-data-title">
      <h2 id="sectors-no-data-title">{t('sectors.noData.title', { name })}</h2>
      <p>{reason === 'no-rows' ? t('sectors.noData.body') : t('sectors.noData.noReference', { name })}</p>
      <p>{t('sectors.noData.format')}</p>
      <pre className="sectors-csv-format">
        <code>{[IMPORT_CSV_HEADER, ...EXAMPLE_ROWS].join('\n')}</code>
      </pre>
      <p>
        <Link className="button" to="/import">
          {t('sectors.noData.importLink')}
        </Link>
      </p>
    </section>
  );
}
