import type { Source } from '../../../src/domain/provenance';
import type { SectorValue } from '../../../src/domain/sectors/sector-value';
import { sourceOf } from './sector-sources';

/** Regencies that old clients (one `sectors/pdrb.json`) already had: Bangka Belitung, Kepri, Kalbar. */
const LEGACY_PROVINCES = new Set(['19', '21', '61']);

export const SECTOR_INDEX_FILE = 'sectors/index.json';

interface DraftRow {
  row: SectorValue;
  sourceUrl: string;
}

/**
 * One file per province's kabupaten/kota plus one for the provinces and Indonesia, listed by
 * `sectors/index.json`, so a page loads only what it needs; `sectors/pdrb.json` keeps what it held before
 * for clients that know only it. Each file carries its own `sources`.
 */
export function splitSectorFiles(drafts: readonly DraftRow[]): Map<string, string> {
  const groups = new Map<string, DraftRow[]>();
  const add = (path: string, draft: DraftRow) => {
    const list = groups.get(path);
    if (list) list.push(draft);
    else groups.set(path, [draft]);
  };
  for (const draft of drafts) {
    const code = draft.row.region;
    const regency = code.includes('.');
    add(regency ? `sectors/regencies/${code.slice(0, 2)}.json` : 'sectors/provinces.json', draft);
    if (!regency || LEGACY_PROVINCES.has(code.slice(0, 2))) add('sectors/pdrb.json', draft);
  }
  const files = new Map<string, string>();
  for (const [path, list] of groups) files.set(path, renderSectorFile(list));
  const parts = [...groups.keys()].filter((p) => p !== 'sectors/pdrb.json').sort();
  const entries = parts.map((path) => {
    const province = /regencies\/(\d\d)\.json$/.exec(path)?.[1];
    return province ? { path, level: 'regency', province } : { path, level: 'province' };
  });
  files.set(
    SECTOR_INDEX_FILE,
    `{"version":1,"files":[\n${entries.map((e) => JSON.stringify(e)).join(',\n')}\n]}\n`,
  );
  return files;
}

function renderSectorFile(drafts: readonly DraftRow[]): string {
  const sourceIds = new Map<string, string>();
  const sourceList: (Source & { id: string })[] = [];
  for (const draft of drafts) {
    if (sourceIds.has(draft.sourceUrl)) continue;
    const id = `s${sourceList.length + 1}`;
    sourceIds.set(draft.sourceUrl, id);
    sourceList.push({ id, ...sourceOf(draft.sourceUrl) });
  }
  const lines = drafts.map((d) => JSON.stringify({ ...d.row, source: sourceIds.get(d.sourceUrl) }));
  return (
    `{"unit":"miliar rupiah",\n"sources":${JSON.stringify(sourceList, null, 1)},\n` +
    `"rows":[\n${lines.join(',\n')}\n]}\n`
  );
}
