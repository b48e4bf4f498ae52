import type { Indicator } from '../../src/domain/indicator';

/** Where a generated value came from: a source file and its 1-based line. */
export interface Origin {
  file: string;
  line: number;
}

/** A reason the build must stop, pointing at the line that causes it. */
export interface BuildIssue extends Origin {
  message: string;
}

export function formatIssue(issue: BuildIssue): string {
  return `${issue.file}:${issue.line}: ${issue.message}`;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const DECIMAL = /^-?\d+(\.\d+)?$/;
const YEAR = /^\d{4}$/;

/** A plain decimal with "." as separator; anything else (1,5 / 12% / 1e3 / blank) is refused. */
export function parseDecimal(raw: string, column: string): Parsed<number> {
  const text = raw.trim();
  if (!DECIMAL.test(text)) {
    return {
      ok: false,
      reason: `${column} "${raw}" is not a number (expected digits with "." for decimals)`,
    };
  }
  return { ok: true, value: Number(text) };
}

export function parseYear(raw: string, column: string): Parsed<number> {
  const text = raw.trim();
  if (!YEAR.test(text)) return { ok: false, reason: `${column} "${raw}" is not a four-digit year` };
  return { ok: true, value: Number(text) };
}

export interface KnownRegion {
  code: string;
  name: string;
}

export function checkKnownRegion(
  code: string,
  regions: ReadonlyMap<string, KnownRegion>,
): string | undefined {
  return regions.has(code) ? undefined : `unknown region code "${code}" (not in idn-area-data)`;
}

/**
 * Guards against a right-looking value filed under the wrong code. Governance tables prefix
 * provinces with "Provinsi ", so that spelling is accepted too.
 */
export function checkRegionName(
  code: string,
  name: string,
  regions: ReadonlyMap<string, KnownRegion>,
): string | undefined {
  const known = regions.get(code);
  if (!known || name === known.name || name === `Provinsi ${known.name}`) return undefined;
  return `region name "${name}" does not match "${known.name}", the idn-area-data name of ${code}`;
}

export function checkRange(
  indicator: Pick<Indicator, 'id' | 'range'>,
  region: string,
  year: number,
  value: number | null,
): string | undefined {
  if (value === null || !indicator.range) return undefined;
  const { min, max } = indicator.range;
  if ((min === null || value >= min) && (max === null || value <= max)) return undefined;
  return `${indicator.id} value ${value} for ${region} in ${year} is outside the range ${min ?? '-∞'}…${max ?? '∞'}`;
}

export interface Keyed {
  indicator: string;
  region: string;
  year: number;
  origin: Origin;
}

/** Every (indicator, region, year) after its first occurrence, pointing back at the first one. */
export function findDuplicates(items: readonly Keyed[]): BuildIssue[] {
  const first = new Map<string, Origin>();
  const issues: BuildIssue[] = [];
  for (const item of items) {
    const key = `${item.indicator}|${item.region}|${item.year}`;
    const earlier = first.get(key);
    if (earlier) {
      issues.push({
        ...item.origin,
        message: `duplicate ${item.indicator} value for ${item.region} in ${item.year} (first at ${earlier.file}:${earlier.line})`,
      });
    } else {
      first.set(key, item.origin);
    }
  }
  return issues;
}
