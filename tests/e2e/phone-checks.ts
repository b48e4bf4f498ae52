import type { Page } from 'playwright-core';

/** Pixels of an element inside the first screen (0,0 – viewport) while the page is at its top. */
export async function visibleHeightAtTop(page: Page, selector: string): Promise<number> {
  return page.evaluate((sel) => {
    window.scrollTo(0, 0);
    const box = document.querySelector(sel)?.getBoundingClientRect();
    if (!box) return 0;
    return Math.max(0, Math.min(window.innerHeight, box.bottom) - Math.max(0, box.top));
  }, selector);
}

/**
 * WCAG 2.5.8: every control is at least 24×24 px, or no other control comes within a 24 px circle around
 * its centre (the spacing exception). Links inside running text are exempt, as the criterion says.
 */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const controls = [
      ...document.querySelectorAll<HTMLElement>(
        'a[href], button, select, input:not([type="hidden"]), textarea, [role="option"], summary',
      ),
    ].filter((el) => {
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') return false;
      if (el.closest('.leaflet-attribution-flag, .leaflet-control-attribution')) return false;
      const inline = el.tagName === 'A' && style.display === 'inline';
      const text = el.parentElement?.textContent?.trim() ?? '';
      return !(inline && text.length > (el.textContent?.trim().length ?? 0) + 2);
    });
    // A visually hidden input (radio in a segmented control) is sized by its label: measure the label.
    const rectOf = (el: HTMLElement) =>
      (el.matches('input') && getComputedStyle(el).opacity === '0' && el.closest('label')
        ? el.closest('label')!
        : el
      ).getBoundingClientRect();
    const rects = controls.map(rectOf);
    const describe = (el: HTMLElement, r: DOMRect) =>
      `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} "${(
        el.getAttribute('aria-label') ??
        el.textContent ??
        ''
      )
        .trim()
        .slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`;
    return controls.flatMap((el, i) => {
      const r = rects[i]!;
      if (r.width >= 23.5 && r.height >= 23.5) return [];
      const cx = r.left + r.width / 2;
      const cy = r.top + r.height / 2;
      const crowded = rects.some((o, j) => {
        if (j === i || controls[j]!.contains(el) || el.contains(controls[j]!)) return false;
        const dx = Math.max(o.left - cx, 0, cx - o.right);
        const dy = Math.max(o.top - cy, 0, cy - o.bottom);
        return Math.hypot(dx, dy) < 12;
      });
      return crowded ? [describe(el, r)] : [];
    });
  });
}
