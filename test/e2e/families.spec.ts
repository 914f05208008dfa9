// The e2e contract on every replica page that states one (its expected-fields file's `contract`,
// test/replica/README.md): the chip names the page's business, markers with data-field /
// data-material / data-rules / data-severity lie over the right element, and the 提交 review holds
// the portal's own submit until 仍然提交. One browser with the extension for all pages, in turn.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { expectedOf, openReplicaPage, PAGES } from '../recognition/open';
import { replicaFixture, type Replica } from '../support/replica';
import { launchWithExtension, PORTAL_HOSTS } from './browser';
import { PORTAL } from './fixtures';
import { overlay as overlayOf, type Box } from './overlay';

interface Contract {
  /** Markers expected: over the element a selector names (a field), or near a text (an attachment row). */
  markers: Array<{ field?: string; material?: string; rule: string; over?: string; near?: string }>;
  /** The portal's submit button and its own confirm button, by their text. */
  submit: string;
  confirm: string;
}

interface Shared {
  replica: Replica;
  extension: BrowserContext;
  portal: Page;
  /** Console errors and uncaught errors of the portal page, and requests to anywhere but the replica. */
  problems: string[];
}

const test = base.extend<object, Shared>({
  replica: replicaFixture,
  extension: [
    async ({ replica }, use) => {
      const profile = mkdtempSync(join(tmpdir(), 'gongju-families-'));
      const context = await launchWithExtension({ userDataDir: profile, replicaPort: replica.port });
      await use(context);
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],
  problems: [[], { scope: 'worker' }],
  portal: [
    async ({ extension: context, problems }, use) => {
      const page = context.pages()[0] ?? (await context.newPage());
      page.on('console', (message) => void (message.type() === 'error' && problems.push(message.text())));
      page.on('pageerror', (error) => problems.push(String(error)));
      context.on('request', (request) => {
        const url = new URL(request.url());
        if (!['chrome-extension:', 'data:', 'blob:'].includes(url.protocol) && !PORTAL_HOSTS.includes(url.hostname)) problems.push(`request to ${request.url()}`);
      });
      await use(page);
    },
    { scope: 'worker' },
  ],
});

test.describe.configure({ mode: 'serial' });

const exactly = (text: string) => new RegExp(`^\\s*${text.replace(/\s+/g, '\\s*')}\\s*$`);

/** How much a marker and an element overlap: the smaller of the overlaps along x and y (negative: apart). */
async function overlapOf(marker: () => Promise<Box | null>, target: Locator): Promise<number> {
  const [a, b] = [await marker(), await target.boundingBox()];
  if (!a || !b) return -Infinity;
  const x = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const y = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return Math.min(x, y);
}

/** The marker lies over the element (markers follow a scroll in the next frame, hence the poll). */
async function expectOver(marker: () => Promise<Box | null>, target: Locator) {
  await expect.poll(() => overlapOf(marker, target), { message: 'marker over its element' }).toBeGreaterThan(0);
}

function submitted(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __replica: { submitted: number } }).__replica.submitted);
}

const WITH_CONTRACT = PAGES.map((entry) => ({ entry, expected: expectedOf(entry) })).filter(({ expected }) => expected.contract !== undefined);

test('every family but Element states a contract (portal.spec.ts holds the Element pages to it, one per business)', () => {
  const families = new Set(PAGES.map((entry) => entry.family).filter((family) => family !== 'element'));
  expect(new Set(WITH_CONTRACT.map(({ entry }) => entry.family))).toEqual(families);
});

for (const { entry, expected } of WITH_CONTRACT) {
  const contract = expected.contract as Contract;
  test(`${entry.id}: markers over the right elements, 提交 held until 仍然提交`, async ({ portal: page, problems }) => {
    problems.length = 0;
    await openReplicaPage(page, PORTAL, entry);
    const overlay = overlayOf(page);
    await overlay.waitForVisible(`[data-gongju-type="${expected.type}"]`);

    for (const want of contract.markers) {
      const marker = want.material ? `.marker[data-field="attachments"][data-material="${want.material}"]` : `.marker[data-field="${want.field}"]`;
      await expect.poll(() => overlay.attribute(marker, 'data-rules')).toMatch(new RegExp(`(^| )${want.rule.replace(/\./g, '\\.')}( |$)`));
      expect(await overlay.attribute(marker, 'data-severity')).toMatch(/^(error|warning|info)$/);
      const target = want.over ? page.locator(want.over) : page.getByText(want.near!, { exact: false }).first();
      await target.scrollIntoViewIfNeeded();
      await expectOver(async () => (await overlay.all(marker))[0]?.box ?? null, target);
    }

    const submit = page.locator('button:visible, input[type="button"]:visible, a:visible', { hasText: exactly(contract.submit) })
      .or(page.locator(`input[type="button"][value="${contract.submit}"]:visible`))
      .first();
    const review = '[data-gongju-dialog="submit"]';
    // The portal's confirm button: a button, or a link styled as one (layer, jQuery dialogs).
    const confirm = page.locator('button:visible, a:visible, [role="button"]:visible', { hasText: exactly(contract.confirm) });
    await submit.scrollIntoViewIfNeeded();
    await submit.click();
    await overlay.waitForVisible(review);
    expect(await overlay.visibleCount(`${review} [data-group="error"] .finding`)).toBeGreaterThan(0);
    // 返回修改: the portal's own handler never ran.
    await overlay.click(`${review} [data-action="back"]`);
    await expect.poll(() => overlay.count(review)).toBe(0);
    await expect(confirm).toHaveCount(0);
    // 仍然提交: the portal's own confirm opens, and its 确定 posts the application.
    await submit.click();
    await overlay.click(`${review} [data-action="anyway"]`);
    await confirm.first().click();
    await expect.poll(() => submitted(page)).toBe(1);

    expect(problems).toEqual([]);
  });
}
