import './charts.css';
import { useMemo } from 'react';
import type { RegionCode } from '../../domain/region';
import type { BoundaryFeature } from '../../lib/geo/boundary-features';
import { bboxOf, fitProjection, geometryPath, padBBox } from '../../lib/geo/projection';

interface SvgRegionMapProps {
  features: readonly BoundaryFeature[];
  fill: (code: RegionCode) => string;
  /** Names the map for screen readers. */
  label: string;
  /** Regions outlined heavier, drawn on top. */
  highlight?: readonly RegionCode[];
  /** Regions the view is fitted to (default: all), with a margin of `pad` of their size. */
  fitTo?: readonly RegionCode[];
  pad?: number;
  /** Hover text per region (name, value). */
  titleOf?: (code: RegionCode) => string;
  width?: number;
  height?: number;
}

/**
 * A light, static SVG map of a few regions — a locator or a small categorical map — with no Leaflet,
 * tiles or interaction, so it prints and exports like any other figure.
 */
export function SvgRegionMap(props: SvgRegionMapProps) {
  const { features, fill, label, highlight = [], fitTo, pad = 0, titleOf, width = 320, height = 240 } = props;
  const paths = useMemo(() => {
    const fitted = fitTo ? features.filter((f) => fitTo.includes(f.properties.code)) : features;
    const box = bboxOf((fitted.length ? fitted : features).map((f) => f.geometry));
    if (!box) return [];
    const project = fitProjection(padBBox(box, pad), width, height);
    return features.map((f) => ({ code: f.properties.code, d: geometryPath(f.geometry, project) }));
  }, [features, fitTo, pad, width, height]);
  const highlighted = new Set(highlight);

  return (
    <svg
      className="svg-region-map"
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      role="img"
      aria-label={label}
    >
      <rect x={0} y={0} width={width} height={height} fill="#eef3f7" />
      {paths
        .filter((p) => !highlighted.has(p.code))
        .map((p) => (
          <path
            key={p.code}
            d={p.d}
            fill={fill(p.code)}
            stroke="#ffffff"
            strokeWidth={0.5}
            fillRule="evenodd"
          >
            {titleOf && <title>{titleOf(p.code)}</title>}
          </path>
        ))}
      {paths
        .filter((p) => highlighted.has(p.code))
        .map((p) => (
          <path
            key={p.code}
            d={p.d}
            fill={fill(p.code)}
            stroke="#1a1a1a"
            strokeWidth={1.5}
            fillRule="evenodd"
          >
            {titleOf && <title>{titleOf(p.code)}</title>}
          </path>
        ))}
    </svg>
  );
}
