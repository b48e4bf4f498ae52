import type { Region } from '../../../src/domain/region';
import { checkSectorValues } from '../../../src/domain/sectors/check-sector-values';
import { isSectorCode, TOTAL_CODE, type SectorOrTotal } from '../../../src/domain/sectors/sector-codes';
import type { SectorValue } from '../../../src/domain/sectors/sector-value';
import { sectorRowSchema } from '../../../src/data/schemas/sector-schema';
import type { BuildIssue } from '../checks';
import { parseDecimal, parseYear } from '../checks';
import { field, parseCsv } from '../csv';
import {
  compareSectorValues,
  completeQuarters,
  isPreliminary,
  SCIENTIFIC_NOTATION,
} from './sector-row-rules';
import { CROSSWALK_FILE, readCrosswalk } from './region-crosswalk';
import { splitSectorFiles } from './split-sector-files';
import { REGENCY_FILES, SECTOR_SOURCE_FILES, sourceOf } from './sector-sources';

export interface SkippedSectorRows {
  file: string;
  count: number;
  reason: string;
}

export interface SectorBundle {
  /** `sectors/pdrb.json` as old clients know it: provinces, Indonesia and the regencies of 19, 21, 61. */
  text: string;
  /** Every file to write under the bundle: the legacy file, `sectors/index.json` and its parts. */
  files: Map<string, string>;
  rows: SectorValue[];
  /** Problems that stop the build: unknown code, bad number, a row the schema refuses. */
  issues: BuildIssue[];
  /** Cross-row findings kept as published (a sum off its total, a suspicious jump), printed as warnings. */
  warnings: string[];
  skipped: SkippedSectorRows[];
}

export interface Draft {
  row: SectorValue;
  sourceUrl: string;
  file: string;
  line: number;
}

/** Builds `sectors/pdrb.json` from the PDRB CSVs (raw texts keyed by path inside data/sources). */
export function buildSectors(
  sources: Readonly<Record<string, string>>,
  regionsByCode: ReadonlyMap<string, Region>,
): SectorBundle {
  const issues: BuildIssue[] = [];
  const warnings: string[] = [];
  const skipped: SkippedSectorRows[] = [];
  const drafts: Draft[] = [];
  const skip = (file: string, reason: string) => {
    const entry = skipped.find((s) => s.file === file && s.reason === reason);
    if (entry) entry.count += 1;
    else skipped.push({ file, count: 1, reason });
  };

  const crosswalkText = sources[CROSSWALK_FILE];
  if (crosswalkText === undefined) throw new Error(`data/sources/${CROSSWALK_FILE} is missing`);
  const crosswalk = readCrosswalk(crosswalkText);

  for (const file of SECTOR_SOURCE_FILES) {
    const text = sources[file];
    if (text === undefined) throw new Error(`data/sources/${file} is missing`);
    const table = parseCsv(`data/sources/${file}`, text);
    const quarterlyComplete = completeQuarters(table.rows);
    for (const csvRow of table.rows) {
      const at = { file: `data/sources/${file}`, line: csvRow.line };
      const rawRegion = field(csvRow, 'region_code');
      // Regency tables may number regions the BPS way; every row leaves with its Kemendagri code.
      const region = (REGENCY_FILES as readonly string[]).includes(file)
        ? (crosswalk.toKemendagri(rawRegion, field(csvRow, 'region_name')) ?? `?${rawRegion}`)
        : rawRegion;
      const sector = field(csvRow, 'sector_code') as SectorOrTotal;
      const basis = field(csvRow, 'price_basis').toLowerCase();
      if (file === 'pdrb/pdrb_national.csv') {
        if (basis === 'adhk') {
          skip(file, 'ADHK here has 10 of 17 sectors; the 17-sector ADHK series is pdb_national_adhk.csv');
          continue;
        }
        if (sector === TOTAL_CODE) {
          skip(
            file,
            'TOTAL is PDB at market prices (sectors + net product taxes), not the sum of the sectors',
          );
          continue;
        }
      }
      const quarterText = csvRow.values.quarter;
      if (
        quarterText !== undefined &&
        !quarterlyComplete.has(`${rawRegion}|${field(csvRow, 'year')}|${quarterText}`)
      ) {
        skip(file, `${quarterText} has fewer than 17 sectors; a quarter is bundled only when complete`);
        continue;
      }
      const known = regionsByCode.get(region);
      if (!known) {
        const name = field(csvRow, 'region_name');
        issues.push({
          ...at,
          message: region.startsWith('?')
            ? `region code "${rawRegion}" (${name}) is neither a BPS code nor a Kemendagri code of that name in ${CROSSWALK_FILE}`
            : `unknown region code "${region}"`,
        });
        continue;
      }
      if (sector !== TOTAL_CODE && !isSectorCode(sector)) {
        issues.push({ ...at, message: `unknown sector code "${sector}"` });
        continue;
      }
      const year = parseYear(field(csvRow, 'year'), 'year');
      const rawValue = field(csvRow, 'value_billion_idr');
      // Two national cells were saved by a spreadsheet as "3.5066E+5": kept, at the precision they carry.
      const scientific = SCIENTIFIC_NOTATION.test(rawValue.trim());
      const value = scientific
        ? { ok: true as const, value: Number(rawValue.trim()) }
        : parseDecimal(rawValue, 'value_billion_idr');
      if (scientific) {
        warnings.push(
          `${at.file}:${at.line}: value "${rawValue}" is in scientific notation, rounded to 5 significant digits in the source`,
        );
      }
      if (!year.ok || !value.ok) {
        issues.push({ ...at, message: !year.ok ? year.reason : (value as { reason: string }).reason });
        continue;
      }
      const row: SectorValue = {
        region: known.code,
        year: year.value,
        basis: basis as SectorValue['basis'],
        sector,
        value: value.value,
      };
      if (quarterText !== undefined) row.quarter = Number(quarterText.replace(/^Q/, ''));
      if (/sebelum pemekaran/i.test(field(csvRow, 'region_name'))) row.flags = ['old-boundary'];
      if (isPreliminary(file, known, year.value, quarterText)) row.preliminary = true;
      const parsed = sectorRowSchema.safeParse({ ...row, source: 'x' });
      if (!parsed.success) {
        issues.push({ ...at, message: parsed.error.issues[0]?.message ?? 'invalid row' });
        continue;
      }
      drafts.push({ row, sourceUrl: field(csvRow, 'source_url'), file, line: csvRow.line });
    }
  }

  drafts.sort((a, b) => compareSectorValues(a.row, b.row));
  const rows = drafts.map((d) => ({ ...d.row, source: sourceOf(d.sourceUrl) }));
  const checked = checkSectorValues(rows);
  for (const issue of [...checked.issues, ...checked.warnings]) {
    const draft = issue.row === null ? undefined : drafts[issue.row];
    warnings.push(`${draft ? `data/sources/${draft.file}:${draft.line}: ` : ''}${issue.reason}`);
  }
  const files = splitSectorFiles(drafts);
  const text = files.get('sectors/pdrb.json')!;
  return { text, files, rows, issues, warnings, skipped };
}
