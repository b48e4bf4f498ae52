import type { BenchRow } from './bench-table';
import { LIGHTHOUSE_PAGES } from './lighthouse-rows';
import { profilePageLoad } from './page-load-profile';

const MAX_PROFILE_DATA_FILES = 8;
const LONG_TASK_MS = 50;

/** Per page, at 4× CPU: the data files it reads and its long tasks (the source of Lighthouse's TBT). */
export async function pageLoadRows(baseUrl: string): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const path of LIGHTHOUSE_PAGES) {
    const load = await profilePageLoad(`${baseUrl}${path}`);
    const short = path.replace(/\?.*/, '?…');
    if (!load) {
      rows.push({
        figure: `${short} load at 4× CPU`,
        unit: '',
        budget: null,
        measured: null,
        note: 'no Chromium',
      });
      continue;
    }
    const tasks = [...load.longTasksMs].sort((a, b) => b - a);
    rows.push(
      {
        figure: `${short} data files fetched`,
        unit: '',
        budget: path.startsWith('/region/') ? MAX_PROFILE_DATA_FILES : null,
        measured: load.dataFiles,
        note: `${(load.dataBytes / 1024).toFixed(1)} KB on the wire`,
      },
      {
        figure: `${short} longest task at 4× CPU`,
        unit: 'ms',
        budget: LONG_TASK_MS,
        measured: tasks[0] ?? 0,
        note: `${tasks.length} tasks > 50 ms: ${tasks.map((t) => Math.round(t)).join(', ') || 'none'}`,
      },
    );
  }
  return rows;
}
