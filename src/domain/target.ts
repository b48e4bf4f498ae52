import type { Polarity } from './indicator';
import type { Source } from './provenance';
import type { RegionCode } from './region';

/** A value a region has set itself (RPJMD, Renstra) or been set, for one year. */
export interface Target {
  region: RegionCode;
  year: number;
  value: number;
  source?: Source;
}

export interface TargetSet {
  indicator: string;
  targets: Target[];
}

/**
 * met / missed: the target year has a value to judge; on-track / off-track: the target lies ahead and the
 * pace of the last change would (not) reach it; unknown: ahead, but one year gives no pace.
 */
export type TargetStatus = 'met' | 'missed' | 'on-track' | 'off-track' | 'unknown';

export interface TargetAssessment {
  target: Target;
  /** The value judged (the target year's, or the newest for a target ahead). */
  value: number;
  valueYear: number;
  /** Still to go in the good direction; 0 or less once the target is reached. */
  gap: number;
  status: TargetStatus;
}

interface Point {
  year: number;
  value: number;
}

const reaches = (value: number, target: number, polarity: Polarity) =>
  polarity === 'lower-is-better' ? value <= target : value >= target;

const remaining = (value: number, target: number, polarity: Polarity) =>
  polarity === 'lower-is-better' ? value - target : target - value;

/**
 * Judges a region's series against its targets: the nearest target at or after the newest value, else the
 * newest past target that has a value in its own year. Neutral indicators have no good direction, so none.
 */
export function assessTarget(
  targets: readonly Target[],
  region: RegionCode,
  series: readonly Point[],
  polarity: Polarity,
): TargetAssessment | undefined {
  if (polarity === 'neutral' || series.length === 0) return undefined;
  const own = targets.filter((t) => t.region === region).sort((a, b) => a.year - b.year);
  const sorted = [...series].sort((a, b) => a.year - b.year);
  const latest = sorted.at(-1)!;
  const ahead = own.find((t) => t.year > latest.year);
  const current = own.find((t) => t.year === latest.year);
  const past = [...own].reverse().find((t) => t.year < latest.year && sorted.some((p) => p.year === t.year));

  const judged = (target: Target, point: Point): TargetAssessment => ({
    target,
    value: point.value,
    valueYear: point.year,
    gap: remaining(point.value, target.value, polarity),
    status: reaches(point.value, target.value, polarity) ? 'met' : 'missed',
  });

  if (current) return judged(current, latest);
  if (ahead) {
    const gap = remaining(latest.value, ahead.value, polarity);
    const base = { target: ahead, value: latest.value, valueYear: latest.year, gap };
    if (gap <= 0) return { ...base, status: 'on-track' };
    const previous = sorted.at(-2);
    if (!previous) return { ...base, status: 'unknown' };
    const pace = (latest.value - previous.value) / (latest.year - previous.year);
    const projected = latest.value + pace * (ahead.year - latest.year);
    return { ...base, status: reaches(projected, ahead.value, polarity) ? 'on-track' : 'off-track' };
  }
  if (past)
    return judged(
      past,
      sorted.find((p) => p.year === past.year)!,
    );
  return undefined;
}

/** The target values of one region by year, for a chart's target line. */
export function targetsOf(targets: readonly Target[], region: RegionCode): Map<number, Target> {
  return new Map(targets.filter((t) => t.region === region).map((t) => [t.year, t]));
}
