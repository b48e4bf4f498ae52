import Papa from 'papaparse';

/** Kemendagri codes and names as published by npm idn-area-data. */
export interface Province {
  code: string;
  name: string;
}
export interface Regency {
  code: string;
  provinceCode: string;
  name: string;
}
export interface District {
  code: string;
  regencyCode: string;
  name: string;
}
export interface AreaData {
  provinces: Province[];
  regencies: Regency[];
  districts: District[];
}

function parseRecords(file: string, text: string, columns: string[]): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy' });
  const error = parsed.errors[0];
  if (error) throw new Error(`${file}: row ${error.row}: ${error.message}`);
  const missing = columns.filter((column) => !parsed.meta.fields?.includes(column));
  if (missing.length > 0) throw new Error(`${file}: missing column(s) ${missing.join(', ')}`);
  return parsed.data;
}

const field = (record: Record<string, string>, name: string) => (record[name] ?? '').trim();

export function parseAreaData(texts: { provinces: string; regencies: string; districts: string }): AreaData {
  return {
    provinces: parseRecords('provinces.csv', texts.provinces, ['code', 'name']).map((r) => ({
      code: field(r, 'code'),
      name: field(r, 'name'),
    })),
    regencies: parseRecords('regencies.csv', texts.regencies, ['code', 'province_code', 'name']).map((r) => ({
      code: field(r, 'code'),
      provinceCode: field(r, 'province_code'),
      name: field(r, 'name'),
    })),
    districts: parseRecords('districts.csv', texts.districts, ['code', 'regency_code', 'name']).map((r) => ({
      code: field(r, 'code'),
      regencyCode: field(r, 'regency_code'),
      name: field(r, 'name'),
    })),
  };
}
