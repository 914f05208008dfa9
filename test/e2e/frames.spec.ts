// Forms inside frames: an older unit-side system's shell (top bar, left menu, the business form in
// a same-origin content frame). The content script in the frame reads and marks its form and holds
// its 提交 for the review; the tab's one chip is in the top frame and speaks for the frame; it
// covers none of the frame's controls.
import type { Frame, Page } from '@playwright/test';
import { expect, overlay, PORTAL, test } from './fixtures';

const SHELL = `${PORTAL}/frameset/index.html`;

async function openShell(page: Page): Promise<Frame> {
  await page.goto(SHELL);
  const frame = page.frame({ name: 'main' })!;
  await frame.waitForFunction(() => '__replica' in window);
  return frame;
}

/** The frame's visible controls whose centre the top frame hit-tests as something else than the frame. */
async function frameControlsCovered(page: Page, frame: Frame): Promise<string[]> {
  const frameBox = (await page.locator('iframe[name="main"]').boundingBox())!;
  const centres = await frame.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, input:not([type="hidden"]), a[href], select, textarea')]
      .filter((e) => e.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
      .map((e) => {
        const r = e.getBoundingClientRect();
        return { name: `${e.localName}[${(e as HTMLInputElement).name ?? ''}]`, x: r.left + r.width / 2, y: r.top + r.height / 2, inView: r.width > 0 && r.top >= 0 && r.bottom <= innerHeight };
      })
      .filter((c) => c.inView),
  );
  return page.evaluate(
    ({ centres, at }) => centres.filter((c) => document.elementFromPoint(at.x + c.x, at.y + c.y)?.localName !== 'iframe').map((c) => c.name),
    { centres, at: { x: frameBox.x, y: frameBox.y } },
  );
}

test('a form inside a frame of the shell gets its markers, its 提交 review, and the tab\'s one chip in the top frame', async ({ portal: page, watch }) => {
  const frame = await openShell(page);
  const ov = overlay(page);

  // Markers over the frame's field: the residence permit's end date the legacy page contracts for.
  const marker = '.marker[data-field="applicant.housing.residencePermitValidUntil"]';
  await expect.poll(() => ov.attribute(marker, 'data-rules')).toMatch(/(^| )applicant\.housing( |$)/);
  const field = (await frame.locator('#jzzyxq').boundingBox())!;
  const box = await ov.box(marker);
  expect(Math.min(box.x + box.width, field.x + field.width) - Math.max(box.x, field.x)).toBeGreaterThan(0);
  expect(Math.min(box.y + box.height, field.y + field.height) - Math.max(box.y, field.y)).toBeGreaterThan(0);

  // One chip for the tab, drawn in the top document, naming the frame's business and counts.
  // (The shell's own chip may show until the frame's chip is there; then it gives way.)
  await ov.waitForVisible('[data-gongju-chip][data-gongju-type="new"]');
  await expect.poll(() => ov.visibleCount('[data-gongju-chip]')).toBe(1);
  expect(await ov.attribute('[data-gongju-chip]', 'data-gongju-type')).toBe('new');
  expect(Number(await ov.attribute('[data-count="errors"]', 'data-value'))).toBeGreaterThan(0);
  const chip = await ov.box('[data-gongju-chip]');
  const frameBox = (await page.locator('iframe[name="main"]').boundingBox())!;
  // Drawn by the top frame (it may sit over the frame's area, never over its controls).
  expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, { x: chip.x + chip.width / 2, y: chip.y + chip.height / 2 })).toMatch(/^gongju-overlay/);
  expect(chip.x >= 0 && chip.y >= 0 && frameBox.width > 0).toBe(true);
  await expect.poll(() => frameControlsCovered(page, frame)).toEqual([]);
  await ov.expand();
  await expect.poll(() => frameControlsCovered(page, frame)).toEqual([]);

  // 提交 in the frame: held for the review, 返回修改 keeps the portal's own handler from running,
  // 仍然提交 lets it run.
  const submit = frame.locator('input[type="button"][value="提交"]');
  const dialog = '[data-gongju-dialog="submit"]';
  await submit.click();
  await ov.waitForVisible(dialog);
  await ov.click(`${dialog} [data-action="back"]`);
  await expect.poll(() => ov.count(dialog)).toBe(0);
  expect(await frame.evaluate(() => (window as unknown as { __replica: { submitted: number } }).__replica.submitted)).toBe(0);
  await submit.click();
  await ov.click(`${dialog} [data-action="anyway"]`);
  await frame.locator('button:visible, a:visible, [role="button"]:visible', { hasText: /^\s*确定\s*$/ }).first().click();
  await expect.poll(() => frame.evaluate(() => (window as unknown as { __replica: { submitted: number } }).__replica.submitted)).toBe(1);

  expect(watch.errors).toEqual([]);
  expect(watch.foreignRequests).toEqual([]);
});
