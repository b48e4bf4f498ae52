import type { Region } from '../../region';
import type { RegionContext } from '../measures/reference-economy';
import { SECTOR_CODES } from '../sector-codes';
import type { SectorTable, SectorTableIndex } from '../sector-tables';
import type { AnalysisSettings } from './analysis-settings';
import { referenceChoices } from './reference-choice';
import type { AnalysisNote, SectorAnalysis } from './sector-analysis';
import { sectorResult, slqOf } from './sector-result';

export function analyseQuarter(
  region: Pick<Region, 'code' | 'level' | 'parent'>,
  own: SectorTable[],
  tables: SectorTableIndex,
  context: RegionContext,
  settings: AnalysisSettings,
): SectorAnalysis | null {
  const notes: AnalysisNote[] = [];
  const choices = referenceChoices(region, tables, context);
  // Newest quarter first; the first reference that exists for it wins, the requested one if possible.
  const wanted = settings.quarter;
  const ordered = [...own]
    .filter((t) => t.quarter !== null)
    .reverse()
    .sort((a, b) => Number(isWanted(b)) - Number(isWanted(a)));
  function isWanted(t: SectorTable) {
    return wanted !== undefined && t.year === wanted.year && t.quarter === wanted.quarter;
  }
  for (const table of ordered) {
    const withRef = choices.filter((c) => c.find(table.year, table.quarter, table.basis));
    const choice = withRef.find((c) => c.kind === settings.ref) ?? withRef[0];
    if (!choice) continue;
    const sameQuarter = own.filter((t) => t.year === table.year && t.quarter === table.quarter);
    const bases = (['adhk', 'adhb'] as const).filter((b) =>
      sameQuarter.some((t) => t.basis === b && choice.find(t.year, t.quarter, b)),
    );
    let basis = settings.basis;
    if (!bases.includes(basis)) {
      notes.push({ kind: 'basis-unavailable', requested: basis, used: bases[0]! });
      basis = bases[0]!;
    }
    if (settings.ref && settings.ref !== choice.kind && choices.some((c) => c.kind === settings.ref)) {
      notes.push({ kind: 'ref-unavailable', requested: settings.ref, used: choice.kind });
    }
    const regionTable = tables.get(region.code, table.year, table.quarter, basis)!;
    const refTable = choice.find(table.year, table.quarter, basis)!;
    return {
      mode: 'quarterly',
      region: region.code,
      reference: { kind: choice.kind, code: choice.code, parts: refTable.parts?.length },
      referenceKinds: withRef.map((c) => c.kind),
      basis,
      bases,
      year: table.year,
      quarter: table.quarter,
      years: [table.year],
      growthYears: [],
      growth: null,
      preliminary: true,
      sectors: SECTOR_CODES.map((sector) =>
        sectorResult(sector, regionTable, refTable, null, region.code, tables, choice, settings),
      ),
      slqByYear: [{ year: table.year, slq: slqOf(regionTable, refTable) }],
      regionTable,
      referenceTable: refTable,
      notes,
    };
  }
  return null;
}
