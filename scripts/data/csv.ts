import Papa from 'papaparse';

/** One data row of a CSV file, keyed by header, with the 1-based line it starts on. */
export interface CsvRow {
  line: number;
  values: Record<string, string>;
}

export interface CsvTable {
  file: string;
  header: string[];
  rows: CsvRow[];
}

/**
 * Parses a CSV with a header line. Multi-line fields are refused so that every row maps to exactly
 * one line of the file and error messages can point at it.
 */
export function parseCsv(file: string, text: string): CsvTable {
  const parsed = Papa.parse<string[]>(text, { header: false, delimiter: ',', skipEmptyLines: 'greedy' });
  const firstError = parsed.errors[0];
  if (firstError) {
    throw new Error(`${file}:${(firstError.row ?? 0) + 1}: CSV error: ${firstError.message}`);
  }
  const [header, ...records] = parsed.data;
  if (!header) throw new Error(`${file}: empty file, expected a header line`);

  const rows = records.map((record, index): CsvRow => {
    const line = index + 2;
    if (record.length !== header.length) {
      throw new Error(`${file}:${line}: ${record.length} fields, the header has ${header.length}`);
    }
    const values: Record<string, string> = {};
    header.forEach((name, column) => {
      const value = record[column] ?? '';
      if (value.includes('\n')) throw new Error(`${file}:${line}: multi-line field in "${name}"`);
      values[name] = value;
    });
    return { line, values };
  });
  return { file, header, rows };
}

/** The value of a column that the header promised; a missing column is a programming error. */
export function field(row: CsvRow, column: string): string {
  const value = row.values[column];
  if (value === undefined) throw new Error(`line ${row.line}: no column "${column}"`);
  return value;
}
