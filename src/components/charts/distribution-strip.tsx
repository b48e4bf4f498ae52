import './charts.css';
import { useTranslation } from 'react-i18next';
import type { Polarity } from '../../domain/indicator';
import type { Language } from '../../domain/localized';
import { formatNumber } from '../../lib/format';
import { ROLE_COLORS, type RegionRole } from './chart-palette';

export interface StripPoint {
  code: string;
  value: number;
}

export interface StripHighlight {
  code: string;
  role: RegionRole;
  label?: string;
}

interface DistributionStripProps {
  points: readonly StripPoint[];
  highlight?: readonly StripHighlight[];
  polarity: Polarity;
  decimals?: number;
  /** Names the indicator for screen readers: "IPM 2024". */
  label: string;
  width?: number;
  height?: number;
  /** In viewBox units: 12 of 320 is still ≥ 11 px when the strip shrinks to a phone's card. */
  fontSize?: number;
}

const MARGIN = 8;

/**
 * All regions of a level as dots on one axis, so a rank is never read without its spread. Highlighted
 * regions are drawn last, larger and in their role colour. Values run left to right; an arrow says
 * which end is better.
 */
export function DistributionStrip(props: DistributionStripProps) {
  const {
    points,
    highlight = [],
    polarity,
    decimals = 1,
    label,
    width = 320,
    height = 44,
    fontSize = 12,
  } = props;
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  if (points.length === 0) return null;

  const values = points.map((p) => p.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const x = (value: number) =>
    max === min ? width / 2 : MARGIN + ((value - min) / (max - min)) * (width - 2 * MARGIN);
  const axisY = height / 2 - 4;
  const byCode = new Map(points.map((p) => [p.code, p]));
  const marks = highlight.filter((h) => byCode.has(h.code));
  const betterRight = polarity === 'higher-is-better';
  const summary = marks
    .map((h) => `${h.label ?? h.code}: ${formatNumber(byCode.get(h.code)!.value, language, decimals)}`)
    .join('; ');

  return (
    <svg
      className="distribution-strip"
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      role="img"
      aria-label={`${t('charts.strip.label', { indicator: label, count: points.length })}. ${summary}`}
    >
      <line x1={MARGIN} x2={width - MARGIN} y1={axisY} y2={axisY} stroke="#bdbdbd" />
      {points.map((p) => (
        <circle key={p.code} cx={x(p.value)} cy={axisY} r={2.5} fill="#757575" fillOpacity={0.35} />
      ))}
      {marks.map((h) => (
        <circle
          key={`${h.role}-${h.code}`}
          cx={x(byCode.get(h.code)!.value)}
          cy={axisY}
          r={h.role === 'self' ? 5.5 : 4.5}
          fill={ROLE_COLORS[h.role]}
          stroke="#ffffff"
          strokeWidth={1.5}
        >
          <title>{`${h.label ?? h.code}: ${formatNumber(byCode.get(h.code)!.value, language, decimals)}`}</title>
        </circle>
      ))}
      <text x={MARGIN} y={height - 4} fontSize={fontSize} fill="#555555">
        {formatNumber(min, language, decimals)}
      </text>
      <text x={width - MARGIN} y={height - 4} fontSize={fontSize} fill="#555555" textAnchor="end">
        {formatNumber(max, language, decimals)}
      </text>
      {polarity !== 'neutral' && (
        <text x={width / 2} y={height - 4} fontSize={fontSize} fill="#555555" textAnchor="middle">
          {betterRight ? `${t('charts.strip.better')} →` : `← ${t('charts.strip.better')}`}
        </text>
      )}
    </svg>
  );
}
