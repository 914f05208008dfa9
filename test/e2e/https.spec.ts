// The production build (https only) on the replica served over https with a throwaway certificate,
// the browser told to accept it: the content script runs and autosaves there, and what keeps one
// applicant's data away from another's holds on the build that ships.
import type { BrowserContext, Page } from '@playwright/test';
import { test as base, expect } from '@playwright/test';
import { throwawayCertificate } from '../support/certificate';
import { loadExample } from '../support/cases';
import { tempDirFixture, type Replica } from '../support/replica';
import { extensionIdOf, launchWithExtension, PRODUCTION_EXTENSION_DIR } from './browser';
// @ts-expect-error plain ESM module without types
import { startReplica } from '../replica/server.mjs';

const PORTAL = 'https://fw.bjrcgz.gov.cn';
const NEW = `${PORTAL}/person-platform/#/business/new`;

type Json = Record<string, any>;

interface ReplicaHooks {
  route(hash: string): Promise<void>;
  fill(c: unknown): Promise<void>;
}

const test = base.extend<{ userDataDir: string; context: BrowserContext; extensionId: string; portal: Page }, { replica: Replica }>({
  replica: [
    async ({}, use) => {
      const replica: Replica = await startReplica({ port: 0, tls: throwawayCertificate() });
      await use(replica);
      await replica.close();
    },
    { scope: 'worker' },
  ],
  userDataDir: tempDirFixture('gongju-https-profile-'),
  context: async ({ replica, userDataDir }, use) => {
    const context = await launchWithExtension({ userDataDir, replicaPort: replica.port, extensionDir: PRODUCTION_EXTENSION_DIR, https: true });
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => use(await extensionIdOf(context)),
  portal: async ({ context }, use) => use(context.pages()[0] ?? (await context.newPage())),
});

async function openRoute(page: Page, url: string) {
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __replica?: unknown }).__replica);
  await page.evaluate((hash) => (window as unknown as { __replica: ReplicaHooks }).__replica.route(hash), new URL(url).hash);
}

async function fill(page: Page, c: Json) {
  await page.evaluate((data) => (window as unknown as { __replica: ReplicaHooks }).__replica.fill(data), c);
}

/** The side panel, opened as a tab; it follows the active tab, so the portal is brought to the front. */
async function sidePanel(context: BrowserContext, extensionId: string, portal: Page): Promise<Page> {
  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await portal.bringToFront();
  return panel;
}

test('the production build checks and autosaves the portal over https', async ({ context, portal, extensionId }) => {
  await openRoute(portal, NEW);
  await fill(portal, loadExample('new-complete'));
  const panel = await sidePanel(context, extensionId, portal);
  await expect(panel.locator('.tab-case .case-name')).toHaveText('张三');
  expect(new URL(portal.url()).protocol).toBe('https:');
});

test('extension pages reach no network: their policy blocks fetch, and using them violates nothing', async ({ context, extensionId, portal }) => {
  await openRoute(portal, NEW);
  await fill(portal, loadExample('new-problems'));
  const dashboard = await context.newPage();
  const violations: string[] = [];
  dashboard.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#/`);
  await expect(dashboard.locator('.case-row').first()).toBeVisible();
  await dashboard.locator('.case-row a').first().click();
  await expect(dashboard.locator('.live-check .checklist')).toBeVisible();
  expect(violations).toEqual([]);
  const outcome = await dashboard.evaluate(() =>
    fetch('https://fw.bjrcgz.gov.cn/').then(
      () => 'reached',
      (error: unknown) => `blocked: ${String(error)}`,
    ),
  );
  expect(outcome).toMatch(/^blocked/);
  expect(violations.some((text) => text.includes('connect-src'))).toBe(true);
});

test("the same tab moving from applicant A's page to B's blank form offers no fill-back of A", async ({ context, portal, extensionId }) => {
  await openRoute(portal, NEW);
  await fill(portal, loadExample('new-complete'));
  const panel = await sidePanel(context, extensionId, portal);
  await expect(panel.locator('.tab-case .case-name')).toHaveText('张三');
  const caseOfA = (await panel.locator('.tab-case').getAttribute('data-case-id'))!;
  const offersA = panel.locator(`.tab-case[data-case-id="${caseOfA}"]`);
  // A preview for A, left open while the app moves on.
  await panel.locator('[data-fill="start"]').click();
  await expect(panel.locator('[data-fill="preview"], [data-fill="done"]')).toBeVisible();

  // The single-page app moves to another form: A's case and A's preview are gone from the panel
  // (the page's own profile may make a case of its own there, never A's).
  await portal.evaluate(() => (window as unknown as { __replica: ReplicaHooks }).__replica.route('#/business/renewal'));
  await expect(panel.locator(`[data-fill-choose], .tab-case:not([data-case-id="${caseOfA}"])`).first()).toBeVisible();
  await expect(offersA).toHaveCount(0);
  await expect(panel.locator('[data-fill="preview"]')).toHaveCount(0);

  // A new document in the same tab: another applicant's blank 新办 form, on another of the portal's pages.
  await openRoute(portal, NEW);
  await fill(portal, loadExample('new-complete'));
  await expect(offersA).toBeVisible();
  await portal.goto(`${PORTAL}/antdv/xbsq.html`);
  await expect(panel.locator('[data-fill-choose]')).toBeVisible();
  await expect(offersA).toHaveCount(0);
  // Filling A in is still possible, but only by choosing A explicitly.
  await expect(panel.locator(`[data-fill-choose] option[value="${caseOfA}"]`)).toHaveCount(1);
});

/** Every stored case, asked from an extension page as the dashboard asks. */
async function storedCases(extensionPage: Page): Promise<Json[]> {
  const reply = (await extensionPage.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'case/list' }))) as { value: Json[] };
  return reply.value;
}

test('a typed wrong ID number does not merge into another case without asking; the merge is undone by restoring a version', async ({ context, portal, extensionId }) => {
  const a: Json = loadExample('new-complete');
  await openRoute(portal, NEW);
  await fill(portal, a);
  const panel = await sidePanel(context, extensionId, portal);
  await expect(panel.locator('.tab-case .case-name')).toHaveText('张三');
  const caseOfA = (await panel.locator('.tab-case').getAttribute('data-case-id'))!;

  // The next applicant's form, in a new document (goto to the same address would only scroll to its hash), with A's ID number typed by mistake.
  await portal.reload();
  await openRoute(portal, NEW);
  await fill(portal, { ...a, applicant: { ...a.applicant, name: '李四', hukouLocation: '上海市' } });
  const question = panel.locator(`[data-pending-merge="${caseOfA}"]`);
  await expect(question).toBeVisible();
  await expect(question).toContainText('张三');
  // Nothing went into A's case; the page is kept as a draft of its own.
  const before = await storedCases(panel);
  expect(before.find((r) => r.id === caseOfA)?.case.applicant.name).toBe('张三');
  expect(before.filter((r) => r.pendingMerge === caseOfA)).toHaveLength(1);

  // The user merges after all: A's case takes the page; then the dashboard restores the version before.
  await question.locator('[data-pending="merge"]').click();
  await expect.poll(async () => (await storedCases(panel)).find((r) => r.id === caseOfA)?.case.applicant.name).toBe('李四');
  expect((await storedCases(panel)).filter((r) => r.pendingMerge !== undefined)).toHaveLength(0);
  const dashboard = await context.newPage();
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html#/case/${caseOfA}`);
  await dashboard.locator('[data-versions] summary').click();
  const versions = dashboard.locator('[data-versions] [data-restore-version]');
  await expect(versions.first()).toBeVisible();
  // The newest restorable one is the version before the merge.
  await versions.first().click();
  await expect.poll(async () => (await storedCases(panel)).find((r) => r.id === caseOfA)?.case.applicant.name).toBe('张三');
});
