import type { ImportContent } from './files/import-file';

/** One imported file as kept in the browser: what it holds, and how the user wants conflicts settled. */
export type ImportedSet = ImportContent & {
  id: string;
  fileName: string;
  /** ISO date-time. */
  importedAt: string;
  rowCount: number;
  /**
   * Region-years (`indicator|region|year`) where this file and the bundled data disagree and the user
   * chose the bundled value. Everywhere else the imported value is used.
   */
  preferBundled: string[];
};

export const conflictKey = (indicator: string, region: string, year: number) =>
  `${indicator}|${region}|${year}`;

export function newSetId(now: Date, random: () => number = Math.random): string {
  return `import-${now.getTime().toString(36)}-${Math.floor(random() * 1e9).toString(36)}`;
}
