import { pickText } from '../../../domain/localized';
import type { Band } from '../../../domain/indicator';
import type { Language } from '../../../domain/localized';

interface BandScaleProps {
  bands: readonly Band[];
  current: number;
  /** Where the value sits, 0–1 of the scale's width. */
  position: number;
  language: Language;
  label: string;
}

/** The official classes as equal segments, low to high as published, with the region’s class marked. */
export function BandScale({ bands, current, position, language, label }: BandScaleProps) {
  return (
    <div className="band-scale" role="img" aria-label={label}>
      <ol className="band-scale__bands">
        {bands.map((band, i) => (
          <li
            key={i}
            className={i === current ? 'band-scale__band band-scale__band--current' : 'band-scale__band'}
          >
            <span className="band-scale__label">{pickText(band.label, language)}</span>
            <span className="band-scale__from">{band.from ?? ''}</span>
          </li>
        ))}
      </ol>
      <span
        className="band-scale__marker"
        style={{ left: `${Math.round(position * 1000) / 10}%` }}
        aria-hidden="true"
      />
    </div>
  );
}

/**
 * Position of a value on an equal-segment scale: inside its band, proportionally between the band's edges
 * (open-ended bands use the neighbouring band's width).
 */
export function positionOnScale(bands: readonly Band[], index: number, value: number): number {
  const band = bands[index]!;
  const widthOf = (b: Band | undefined) =>
    b && b.from !== null && b.to !== null ? b.to - b.from : undefined;
  const width = widthOf(band) ?? widthOf(bands[index + 1]) ?? widthOf(bands[index - 1]) ?? 1;
  const from = band.from ?? (band.to !== null ? band.to - width : value);
  const within = Math.min(1, Math.max(0, (value - from) / width));
  return (index + within) / bands.length;
}
