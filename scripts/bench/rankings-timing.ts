import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/chromium';

// A type, not an interface, so it reads as the Record<string, number[]> the bench table takes.
export type RankingsTimings = {
  /** Click on a column header → the 514 rows re-sorted and painted (alternating value ↑ / ↓). */
  sortMs: number[];
  /** Province filter chosen → 14 rows of Kalimantan Barat painted (and back to all 514). */
  filterMs: number[];
  /** "barat" typed into the search box → its 22 matches painted (and cleared back to 514). */
  searchMs: number[];
};

const RANKINGS = '/rankings?indicator=poverty-rate&year=2024&level=regency';
const ROWS = '.rankings-table tbody tr';

// Strings, not functions: the TypeScript loader would wrap a function's inner names in helpers that do
// not exist in the page. Each resolves once the change is in the DOM and a frame has been painted.
const painted = `new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))`;
/** Resolves once the table holds `count` rows (or, with `fewer`, fewer than that) and has been painted. */
const untilRows = (count: number, fewer = false) => `
  new Promise((done) => {
    const check = () => {
      const n = document.querySelectorAll(${JSON.stringify(ROWS)}).length;
      return (${fewer} ? n < ${count} : n === ${count}) ? ${painted}.then(done) : requestAnimationFrame(check);
    };
    check();
  })`;

async function timeSort(page: Page, direction: 'ascending' | 'descending'): Promise<number> {
  return page.evaluate(`(async () => {
    const header = [...document.querySelectorAll('.rankings-table th')].find((th) =>
      th.querySelector('button[aria-label="Urutkan menurut Nilai"]'));
    const start = performance.now();
    header.querySelector('button').click();
    await new Promise((done) => {
      const check = () => header.getAttribute('aria-sort') === ${JSON.stringify(direction)}
        ? ${painted}.then(done) : requestAnimationFrame(check);
      check();
    });
    return performance.now() - start;
  })()`);
}

async function timeFilter(page: Page, province: string, rows: number): Promise<number> {
  return page.evaluate(`(async () => {
    const select = [...document.querySelectorAll('.rankings-controls select')].find((s) =>
      s.querySelector('option[value="61"]'));
    const start = performance.now();
    select.value = ${JSON.stringify(province)};
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await ${untilRows(rows)};
    return performance.now() - start;
  })()`);
}

async function timeSearch(page: Page, text: string): Promise<number> {
  return page.evaluate(`(async () => {
    const input = document.querySelector('.rankings-controls input[type="search"]');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    const start = performance.now();
    setValue.call(input, ${JSON.stringify(text)});
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await ${text === '' ? untilRows(514) : untilRows(514, true)};
    return performance.now() - start;
  })()`);
}

/**
 * Sorting, filtering and searching the 514-row rankings table in system Chromium, against a served
 * production build at `baseUrl`. Null when there is no Chromium.
 */
export async function measureRankingsTable(baseUrl: string, runs = 5): Promise<RankingsTimings | null> {
  const executablePath = findChromium();
  if (!executablePath) return null;
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'id-ID' });
    const page = await context.newPage();
    await page.goto(`${baseUrl}${RANKINGS}`);
    await page.locator(ROWS).nth(513).waitFor({ timeout: 30_000 });
    const timings: RankingsTimings = { sortMs: [], filterMs: [], searchMs: [] };
    for (let i = 0; i < runs; i++) {
      timings.sortMs.push(await timeSort(page, 'ascending'));
      timings.sortMs.push(await timeSort(page, 'descending'));
      timings.filterMs.push(await timeFilter(page, '61', 14));
      timings.filterMs.push(await timeFilter(page, '', 514));
      timings.searchMs.push(await timeSearch(page, 'barat'));
      timings.searchMs.push(await timeSearch(page, ''));
    }
    return timings;
  } finally {
    await browser.close();
  }
}
