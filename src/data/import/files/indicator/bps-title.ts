import type { Indicator } from '../../../../domain/indicator';
import { slugify, type IndicatorMeta } from './indicator-meta';

const UNIT = /\(([^()]+)\)\s*$/;
// "… Menurut Provinsi dan Kabupaten/Kota", "… by Regency/Municipality": where the table is cut, not what.
const BREAKDOWN = /\s+(menurut|by)\s+.*$/i;

/**
 * A BPS table's name and unit from the lines above its header: "[Metode Baru] Indeks Pembangunan
 * Manusia Menurut Provinsi dan Kabupaten/Kota (Indeks)" and a repeated "[Metode Baru] Indeks
 * Pembangunan Manusia" give one name without the breakdown, and the unit in parentheses.
 */
export function readBpsTitle(cells: readonly string[]): { name?: string; unit?: string } {
  let unit: string | undefined;
  const names: string[] = [];
  for (const cell of cells) {
    const found = UNIT.exec(cell)?.[1]?.trim();
    if (found && !unit) unit = found;
    const name = cell.replace(UNIT, '').replace(BREAKDOWN, '').trim();
    if (name && !names.some((n) => n.toLowerCase() === name.toLowerCase())) names.push(name);
  }
  return { ...(names[0] ? { name: names[0] } : {}), ...(unit ? { unit } : {}) };
}

/** "Indeks Pembangunan Manusia (IPM)", "[Metode Baru] Indeks Pembangunan Manusia" → one key. */
const nameKey = (text: string) =>
  text
    .toLowerCase()
    .replace(/\[[^\]]*\]|\([^)]*\)/g, '')
    .replace(BREAKDOWN, '')
    .replace(/[^a-z0-9]+/g, '');

const unitKey = (text: string) => {
  const key = text
    .toLowerCase()
    .replace(/\([^)]*\)/g, '')
    .trim()
    .split(/\s+/)[0];
  return key === '%' ? 'persen' : (key ?? '');
};

/** The catalogue indicator a title and unit name, if one does: the values then add to it. */
export function findCatalogueIndicator(
  title: { name?: string; unit?: string },
  catalogue: readonly Indicator[],
): Indicator | undefined {
  if (!title.name) return undefined;
  const key = nameKey(title.name);
  return catalogue.find(
    (i) =>
      (nameKey(i.name.id) === key || nameKey(i.name.en) === key) &&
      (!title.unit || !i.unit.id || unitKey(title.unit) === unitKey(i.unit.id)),
  );
}

/** The form's starting point: the catalogue indicator the title names, else a new one named after it. */
export function suggestFromTitle(
  title: { name?: string; unit?: string },
  catalogue: readonly Indicator[],
): Partial<IndicatorMeta> {
  const known = findCatalogueIndicator(title, catalogue);
  if (known) return { id: known.id, name: known.name.id, unit: known.unit.id };
  return {
    ...(title.name ? { name: title.name, id: slugify(title.name) } : {}),
    ...(title.unit ? { unit: title.unit } : {}),
  };
}
