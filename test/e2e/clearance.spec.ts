// The overlay never stands in the way of the portal: on every replica page, with the chip folded,
// opened (the business, or the question which one when the page names none) and in map-by-hand,
// at the top of the page and scrolled, every visible button, input and link of the page is what
// the browser hit-tests at its centre. The chip moves off what the user points at, can be dragged,
// lands clear of the page's controls, and is found where it was put after a reload.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { openReplicaPage, PAGES, type ReplicaPage } from '../recognition/open';
import { replicaFixture, type Replica } from '../support/replica';
import { launchWithExtension } from './browser';
import { PORTAL } from './fixtures';
import { overlay, type OverlayView } from './overlay';

const test = base.extend<object, { replica: Replica; extension: BrowserContext; portal: Page }>({
  replica: replicaFixture,
  extension: [
    async ({ replica }, use) => {
      const profile = mkdtempSync(join(tmpdir(), 'gongju-clearance-'));
      const context = await launchWithExtension({ userDataDir: profile, replicaPort: replica.port });
      await use(context);
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  portal: [async ({ extension }, use) => use(extension.pages()[0] ?? (await extension.newPage())), { scope: 'worker' }],
});

/** The page's visible buttons, inputs and links whose centre the browser hit-tests as one of ours. */
function coveredControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const covered: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('button, input:not([type="hidden"]), a[href], select, textarea')) {
      const box = element.getBoundingClientRect();
      if (box.width < 1 || box.height < 1 || !element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
      const hit = document.elementFromPoint(x, y);
      if (hit?.localName.startsWith('gongju-overlay')) {
        covered.push(`${element.localName}${element.id ? `#${element.id}` : ''} "${(element.textContent || (element as HTMLInputElement).placeholder || '').trim().slice(0, 20)}"`);
      }
    }
    return covered;
  });
}

/** Nothing covered, once the chip has been placed for what the page shows now. */
async function expectNothingCovered(page: Page, state: string): Promise<void> {
  await expect.poll(() => coveredControls(page), { message: `controls covered with the chip ${state}` }).toEqual([]);
}

/** At the top, half-way and at the end of the page, whichever element scrolls it. */
async function expectClearWhileScrolling(page: Page, ov: OverlayView, state: string): Promise<void> {
  await ov.waitForVisible('[data-gongju-chip]');
  await expectNothingCovered(page, `${state}, at the top`);
  const viewport = page.viewportSize()!;
  await page.mouse.move(viewport.width / 2, viewport.height / 2);
  for (const where of ['half-way', 'at the end']) {
    await page.mouse.wheel(0, where === 'half-way' ? viewport.height / 2 : 10_000);
    await expectNothingCovered(page, `${state}, ${where}`);
  }
  await page.mouse.wheel(0, -20_000);
}

const ODD: ReplicaPage = { id: 'element/odd', family: 'element', url: '/person-platform/#/odd', expected: '' };

for (const entry of [...PAGES, ODD]) {
  test(`${entry.id}: no button, input or link of the page is under the chip, folded, opened or mapping by hand`, async ({ portal: page }) => {
    // A document of its own, not a route of the last test's single-page app.
    await page.goto('about:blank');
    await openReplicaPage(page, PORTAL, entry);
    const ov = overlay(page);
    await ov.waitForVisible('[data-gongju-chip][data-state="collapsed"]');
    await expectClearWhileScrolling(page, ov, 'folded');

    await ov.expand();
    const typeUnknown = (await ov.count('[data-gongju-chip] [data-gongju-type-unknown]')) > 0;
    await expectClearWhileScrolling(page, ov, typeUnknown ? 'opened, asking for the business' : 'opened');

    await ov.click('[data-gongju-map]');
    await ov.waitForVisible('[data-gongju-mapping]');
    await expectClearWhileScrolling(page, ov, 'mapping by hand');
    if (await ov.count('[data-gongju-unrecognised] button')) {
      await ov.click('[data-gongju-unrecognised] button');
      await ov.waitForVisible('[data-gongju-picker]');
      await expectClearWhileScrolling(page, ov, 'mapping by hand, a field picked');
    }
  });
}

test('the chip moves off what the user points at, and a drag puts it where it is found after a reload, clear of the controls there', async ({ portal: page }) => {
  const entry = PAGES.find((p) => p.id === 'element/new')!;
  await page.goto('about:blank');
  await openReplicaPage(page, PORTAL, entry);
  const ov = overlay(page);
  const chip = '[data-gongju-chip]';
  const before = await ov.box(chip);

  // The page shows a notice of its own where the chip is (not a control: the chip may stay over it) …
  await page.evaluate((box) => {
    const notice = document.createElement('div');
    notice.id = 'page-notice';
    notice.textContent = '系统将于今晚维护';
    Object.assign(notice.style, { position: 'fixed', left: `${box.x - 40}px`, top: `${box.y}px`, width: `${box.width + 80}px`, height: `${box.height}px`, background: '#fffbe6' });
    document.body.append(notice);
  }, before);
  // … and the user points at the part of it the chip leaves free: the chip gets out of its way.
  await page.mouse.move(before.x - 20, before.y + before.height / 2);
  await expect
    .poll(() => page.evaluate(() => {
      const notice = document.getElementById('page-notice')!.getBoundingClientRect();
      return document.elementFromPoint(notice.left + notice.width / 2, notice.top + notice.height / 2)?.id;
    }))
    .toBe('page-notice');
  await page.evaluate(() => document.getElementById('page-notice')!.remove());

  // Dragged to the top left of the content, then dropped onto the tabs: it lands clear of them.
  await page.locator('.el-tabs__item', { hasText: '附件' }).first().click();
  const grip = await ov.centre(chip);
  const tab = (await page.locator('.el-tabs__item', { hasText: '申请人信息' }).first().boundingBox())!;
  await page.mouse.move(grip.x, grip.y);
  await page.mouse.down();
  await page.mouse.move(tab.x + tab.width / 2, tab.y + tab.height / 2, { steps: 8 });
  // The portal changes while the chip is held (a timer's banner, a re-check's counts): the chip
  // stays under the pointer, as a held thing does, rather than going back to its old place.
  // The watch looks at the change in idle time and the chip is placed in the next frame: waited
  // for by an idle callback queued after the watch's, then two frames.
  await page.evaluate(() => {
    document.body.append(Object.assign(document.createElement('div'), { id: 'late-change' }));
    return new Promise<void>((done) => requestIdleCallback(() => requestAnimationFrame(() => requestAnimationFrame(() => done())), { timeout: 1000 }));
  });
  await page.mouse.up();
  await expectNothingCovered(page, 'dropped onto the tabs');
  const dropped = await ov.box(chip);
  expect(Math.hypot(dropped.x - tab.x, dropped.y - tab.y), 'dropped near where the user let go').toBeLessThan(200);
  // Still folded: the drag was no click.
  expect(await ov.attribute(chip, 'data-state')).toBe('collapsed');

  await openReplicaPage(page, PORTAL, entry);
  await ov.waitForVisible(chip);
  await expect.poll(async () => {
    const again = await ov.box(chip);
    return Math.round(Math.hypot(again.x - dropped.x, again.y - dropped.y));
  }, { message: 'found where it was put' }).toBeLessThan(40);
});
