import type { Region, RegionCode } from '../../region';
import {
  referenceCodeOf,
  referenceKindsFor,
  referenceTable,
  type ReferenceKind,
  type RegionContext,
} from '../measures/reference-economy';
import type { SectorTable, SectorTableIndex } from '../sector-tables';
import type { PriceBasis } from '../sector-value';

export interface ReferenceChoice {
  kind: ReferenceKind;
  code: RegionCode;
  find: (year: number, quarter: number | null, basis: PriceBasis) => SectorTable | undefined;
}

export function referenceChoices(
  region: Pick<Region, 'code' | 'level' | 'parent'>,
  tables: SectorTableIndex,
  context: RegionContext,
): ReferenceChoice[] {
  const code = referenceCodeOf(region);
  return referenceKindsFor(region).map((kind) => ({
    kind,
    code,
    find: (year, quarter, basis) => referenceTable(kind, code, tables, context, year, quarter, basis),
  }));
}
