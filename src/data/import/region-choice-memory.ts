import type { RegionCode } from '../../domain/region';
import { readSetting, writeSetting, type StoredSetting } from '../../lib/safe-storage';
import type { AmbiguousName, RegionChoices } from './files/draft-rows';

const CODE = /^(ID|\d{2}(\.\d{2})?)$/;

/** The region each name was taken for in earlier files ("Kota Makasarr" → 73.71), so it is not asked again. */
const REGION_CHOICES: StoredSetting<Record<string, RegionCode>> = {
  key: 'kinerja.import.region-choices',
  version: 1,
  parse: (data) => {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
    const entries = Object.entries(data as Record<string, unknown>).filter(
      (e): e is [string, string] => typeof e[1] === 'string' && CODE.test(e[1]),
    );
    return Object.fromEntries(entries) as Record<string, RegionCode>;
  },
};

/** The starting choices for a file: remembered answers over the defaults, where a candidate allows it. */
export function withRememberedChoices(
  names: readonly AmbiguousName[],
  defaults: RegionChoices,
  storage?: Storage | null,
): Record<string, RegionCode | null> {
  const remembered = readSetting(REGION_CHOICES, storage).value ?? {};
  const choices: Record<string, RegionCode | null> = { ...defaults };
  for (const name of names) {
    const code = remembered[name.text];
    if (code && name.candidates.some((c) => c.code === code)) choices[name.text] = code;
  }
  return choices;
}

/** Keeps the regions the user chose for this file's names, for the next file. */
export function rememberChoices(choices: RegionChoices, storage?: Storage | null): void {
  const remembered = readSetting(REGION_CHOICES, storage).value ?? {};
  for (const [text, code] of Object.entries(choices)) if (code) remembered[text] = code;
  writeSetting(REGION_CHOICES, remembered, storage);
}
