/** Kemendagri region code: "ID" for Indonesia, "61" for a province, "61.11" for a regency/city. */
export type RegionCode = string & { readonly __brand: 'RegionCode' };

export type RegionLevel = 'country' | 'province' | 'regency';
export type RegionKind = 'negara' | 'provinsi' | 'kabupaten' | 'kota';

export interface Region {
  code: RegionCode;
  name: string;
  level: RegionLevel;
  parent: RegionCode | null;
  kind: RegionKind;
}

export const COUNTRY_CODE = 'ID' as RegionCode;
const REGION_CODE_PATTERN = /^(ID|\d{2}|\d{2}\.\d{2})$/;

export function isRegionCode(value: string): value is RegionCode {
  return REGION_CODE_PATTERN.test(value);
}

export function provinceCodeOf(code: RegionCode): RegionCode | null {
  if (code === COUNTRY_CODE) return null;
  return code.slice(0, 2) as RegionCode;
}
