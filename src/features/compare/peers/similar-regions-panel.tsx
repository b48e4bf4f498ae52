import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findSimilarRegions, type SimilarRegion } from '../../../domain/analysis/peers/similar-regions';
import type { Indicator } from '../../../domain/indicator';
import { pickText } from '../../../domain/localized';
import type { Observation } from '../../../domain/observation';
import type { Region, RegionCode } from '../../../domain/region';
import type { RegionIndex } from '../../../domain/region-index';
import { useLanguage } from '../../../i18n/use-language';
import { toCsv } from '../../../lib/csv';
import { downloadText } from '../../../lib/download';
import { formatNumber } from '../../../lib/format';
import { addToCompare } from '../add-to-compare';
import { valuesAtLevel } from '../charts/compare-scatter-model';

interface SimilarRegionsPanelProps {
  anchor: Region;
  index: RegionIndex;
  indicators: readonly Indicator[];
  observationsById: ReadonlyMap<string, readonly Observation[]>;
  chosen: readonly string[];
  onChosenChange: (ids: string[]) => void;
  compared: readonly RegionCode[];
}

/** Nearest neighbours over the chosen indicators, with the distance and every value used. */
export function SimilarRegionsPanel(props: SimilarRegionsPanelProps) {
  const { anchor, index, indicators, observationsById, chosen, onChosenChange, compared } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const [result, setResult] = useState<{ added: number; skipped: number } | null>(null);
  const key = chosen.join(',');
  const used = useMemo(() => indicators.filter((i) => key.split(',').includes(i.id)), [indicators, key]);
  const columns = useMemo(
    () =>
      used.map((i) => ({
        indicator: i,
        ...valuesAtLevel(observationsById.get(i.id) ?? [], anchor.level, index),
      })),
    [used, observationsById, anchor.level, index],
  );
  const similarity = useMemo(
    () =>
      columns.length === 0
        ? null
        : findSimilarRegions(
            anchor.code,
            columns.map((c) => c.values),
            index.atLevel(anchor.level).map((r) => r.code),
          ),
    [columns, anchor, index],
  );
  const nameOf = (code: RegionCode) => index.byCode.get(code)?.name ?? code;
  const header = (c: (typeof columns)[number]) =>
    `${pickText(c.indicator.name, language)} (${pickText(c.indicator.unit, language)}) ${c.year ?? ''}`;

  function downloadCsv(rows: SimilarRegion[]) {
    const csv = toCsv(
      [
        t('compare.csvHeader.code'),
        t('compare.csvHeader.region'),
        t('compare.distance'),
        ...columns.map(header),
      ],
      rows.map((r) => [r.code, nameOf(r.code), Number(r.distance.toFixed(3)), ...r.values]),
      language,
    );
    downloadText(
      `serupa-${anchor.code.replace('.', '-')}-${chosen.join('-')}.csv`,
      csv,
      'text/csv;charset=utf-8',
    );
  }

  return (
    <div className="similar-regions">
      <fieldset className="similar-regions__choice">
        <legend>{t('compare.similarIndicators')}</legend>
        {indicators.map((i) => (
          <label key={i.id} className="checkbox">
            <input
              type="checkbox"
              checked={chosen.includes(i.id)}
              onChange={(e) =>
                onChosenChange(e.target.checked ? [...chosen, i.id] : chosen.filter((c) => c !== i.id))
              }
            />{' '}
            {pickText(i.name, language)}
          </label>
        ))}
      </fieldset>
      {!similarity && <p className="muted">{t('compare.similarNone')}</p>}
      {similarity?.status === 'target-missing' && (
        <p className="muted">
          {t('compare.similarMissing', {
            name: anchor.name,
            indicators: similarity.missing
              .map((m) => pickText(columns[m]!.indicator.name, language))
              .join(', '),
          })}
        </p>
      )}
      {similarity?.status === 'too-few' && <p className="muted">{t('compare.similarTooFew')}</p>}
      {similarity?.status === 'ok' && (
        <>
          <p className="muted">{t('compare.similarPool', { count: similarity.pool })}</p>
          <div className="table-scroll">
            <table className="data-table data-table--compact">
              <caption>{`${t('compare.similar')}: ${anchor.name}`}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('compare.region')}</th>
                  <th scope="col" className="num">
                    {t('compare.distance')}
                  </th>
                  {columns.map((c) => (
                    <th key={c.indicator.id} scope="col" className="num">
                      {header(c)}
                    </th>
                  ))}
                  <th scope="col">
                    <span className="visually-hidden">{t('compare.addGroup')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {[similarity.target, ...similarity.neighbours].map((r) => (
                  <tr key={r.code} className={r.code === anchor.code ? 'row--selected' : undefined}>
                    <th scope="row">
                      {nameOf(r.code)}
                      {r.code === anchor.code && <span className="unit"> ({t('compare.reference')})</span>}
                    </th>
                    <td className="num">{formatNumber(r.distance, language, 2)}</td>
                    {r.values.map((v, i) => (
                      <td key={columns[i]!.indicator.id} className="num">
                        {formatNumber(v, language, columns[i]!.indicator.decimals)}
                      </td>
                    ))}
                    <td>
                      {r.code === anchor.code ? null : compared.includes(r.code) ? (
                        <span className="muted">{t('compare.inComparison')}</span>
                      ) : (
                        <button
                          type="button"
                          className="button button--small"
                          aria-label={t('compare.addRegion', { name: nameOf(r.code) })}
                          onClick={() => setResult(addToCompare([r.code]))}
                        >
                          {t('compare.addShort')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="actions">
            <button
              type="button"
              className="button"
              onClick={() => setResult(addToCompare(similarity.neighbours.map((n) => n.code)))}
            >
              {t('compare.addAll')}
            </button>
            <button
              type="button"
              className="button button--ghost"
              onClick={() => downloadCsv([similarity.target, ...similarity.neighbours])}
            >
              {t('compare.csv')}
            </button>
          </div>
          {result && result.skipped > 0 && (
            <p role="status" className="muted">
              {t('compare.addedSome', result)}
            </p>
          )}
        </>
      )}
    </div>
  );
}
