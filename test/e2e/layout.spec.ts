// The dashboard's case list fits the window from 1024 px wide in both languages: no control or
// cell is cut off by the window or overlaps another, text cut short in a narrow column keeps the
// whole in its title, and the row's actions open from a menu. Screenshots go under the system's
// temporary directory (gongju-shots/), not into the repository.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { loadExample } from '../support/cases';
import { expect, test } from './fixtures';
import { clockAt, extensionUrl, Store } from './pages';

const SHOTS = join(tmpdir(), 'gongju-shots');
const WIDTHS = [1024, 1280, 1366];

interface Box {
  what: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Every visible control and table cell, with the row it is in. */
async function layoutOf(page: Page) {
  return page.evaluate(() => {
    const boxOf = (el: Element, what: string) => {
      const r = el.getBoundingClientRect();
      return { what, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.getAttribute('data-col') ? `[${el.getAttribute('data-col')}]` : ''} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30)}"`;
    const visible = (el: Element) => (el as HTMLElement).checkVisibility?.() !== false && el.getClientRects().length > 0;
    const controls = [...document.querySelectorAll('main button, main a[href], main input, main select, .page-header a, .page-header button')]
      .filter(visible)
      .map((el) => boxOf(el, describe(el)));
    const rows = [...document.querySelectorAll('.case-row')].map((row) =>
      [...row.children].filter(visible).map((cell) => boxOf(cell, describe(cell))),
    );
    // Text cut short (its box narrower than its content) must say the whole in a title.
    const cutWithoutTitle = [...document.querySelectorAll('.case-row [data-col] , .case-row [data-col] a, .case-row .status-badge, .sort-button')]
      .filter((el) => visible(el) && (el as HTMLElement).scrollWidth > (el as HTMLElement).clientWidth + 1)
      .filter((el) => !el.getAttribute('title') && !el.querySelector('[title]') && !el.closest('[title]'))
      .map(describe);
    const wrap = document.querySelector('.table-wrap') as HTMLElement;
    return {
      width: document.documentElement.clientWidth,
      pageScroll: document.documentElement.scrollWidth,
      tableScroll: wrap.scrollWidth - wrap.clientWidth,
      controls,
      rows,
      cutWithoutTitle,
    };
  });
}

const overlaps = (a: Box, b: Box) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

for (const lang of ['zh', 'en'] as const) {
  test(`layout: the case list fits at ${WIDTHS.join(', ')} px in ${lang}`, async ({ context, extensionId }) => {
    mkdirSync(SHOTS, { recursive: true });
    const store = await Store.open(context, extensionId);
    await store.send({ type: 'settings/set', patch: { lang } });
    for (const [name, status] of [
      ['new-complete', 'ready'],
      ['renewal-complete', 'submitted'],
      ['employer-change-late', 'returned'],
      ['info-change-complete', 'approved'],
      ['employer-registration-problems', 'draft'],
      ['department-change-complete', 'ready'],
    ] as const) {
      await store.save(loadExample(name), status);
    }
    const page = await context.newPage();
    await page.clock.setFixedTime(clockAt('2026-11-27'));
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(extensionUrl(extensionId, 'dashboard.html#/'));
      await expect(page.locator('.case-body .case-row')).toHaveCount(6);
      const layout = await layoutOf(page);
      const at = `${lang} at ${width} px`;
      expect(layout.pageScroll, `${at}: the page scrolls sideways`).toBeLessThanOrEqual(layout.width);
      expect(layout.tableScroll, `${at}: the table scrolls sideways`).toBeLessThanOrEqual(0);
      const clipped = layout.controls.filter((b) => b.left < 0 || b.right > layout.width + 0.5).map((b) => b.what);
      expect(clipped, `${at}: controls cut off by the window`).toEqual([]);
      const overlapping = layout.controls.flatMap((a, i) => layout.controls.slice(i + 1).filter((b) => overlaps(a, b)).map((b) => `${a.what} × ${b.what}`));
      expect(overlapping, `${at}: controls over each other`).toEqual([]);
      for (const cells of layout.rows) {
        const touching = cells.flatMap((a, i) => cells.slice(i + 1).filter((b) => overlaps(a, b)).map((b) => `${a.what} × ${b.what}`));
        expect(touching, `${at}: cells over each other`).toEqual([]);
      }
      expect(layout.cutWithoutTitle, `${at}: text cut short without a title`).toEqual([]);
      await page.screenshot({ path: join(SHOTS, `dashboard-${lang}-${width}.png`) });
    }

    // Narrow: the actions open from a menu inside the window and run from there.
    await page.setViewportSize({ width: 1024, height: 800 });
    const first = page.locator('.case-body .case-row').first();
    await first.locator('button[data-menu]').click();
    const menu = first.locator('.row-menu');
    await expect(menu).toBeVisible();
    const box = (await menu.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(1024);
    await page.screenshot({ path: join(SHOTS, `dashboard-${lang}-1024-menu.png`) });
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
  });
}
