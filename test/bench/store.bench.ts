// Store figures in Chromium with the built extension, each the median of five rounds:
// store.save.p95 — ms for an extension page to save a full case through the background (message,
// schema check, engine, IndexedDB write) and get the reply;
// dashboard.render.1000 — ms, inside the dashboard page, from the start of its first script to
// its 1,000 case rows painted (the background's reply with the cases included);
// dashboard.static.1000 — the same 1,000 rows, as the dashboard drew them, in a static HTML page
// with the same styles, measured the same way: the floor the dashboard can come close to.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PRODUCTION_EXTENSION_DIR, extensionIdOf, launchWithExtension } from '../e2e/browser';
import { loadExample } from '../support/cases';
import { buildExtension } from './builds';
import { percentile, reportRounds, wants } from './figures';

// The build that ships (no portal page is visited), built afresh so that it measures the code as it is.
buildExtension('store bench', PRODUCTION_EXTENSION_DIR);

const ROUNDS = 5;
const ROWS = 1000;
/** Where the static copy of the list is served from (by the test's own route, not a network). */
const STATIC_URL = 'http://static.bench.invalid/list.html';

/**
 * Runs in every page before any of the page's own scripts: notes when scripts start, and when
 * `rows` case rows with their cells are in the document and the frame showing them has been
 * painted (a task posted from the frame's animation callback runs after its paint).
 */
function measureRowsPainted(rows: number): void {
  const start = performance.now();
  const selector = '[role="row"][data-id]';
  // Counted from the added nodes, so that watching costs the page little while it is parsed.
  let seen = 0;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element) seen += (node.matches(selector) ? 1 : 0) + node.querySelectorAll(selector).length;
      }
    }
    if (seen < rows) return;
    const found = document.querySelectorAll(selector);
    if (found.length < rows || !found[found.length - 1]!.firstElementChild) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        (globalThis as unknown as { rowsPainted: number }).rowsPainted = performance.now() - start;
      };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

const example = loadExample('new-complete');
const profile = mkdtempSync(join(tmpdir(), 'gongju-store-bench-'));
// No portal is visited: the host mapping points nowhere.
const context = await launchWithExtension({ userDataDir: profile, replicaPort: 9, extensionDir: PRODUCTION_EXTENSION_DIR });
try {
  const extensionId = await extensionIdOf(context);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);

  const WARM_UP = 20;
  const SAVES = 60;
  const saveRounds: number[] = [];
  for (let round = 0; round <= ROUNDS; round++) {
    const times: number[] = await page.evaluate(async ({ base, saves, first }) => {
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<{ ok: boolean }> } } }).chrome.runtime;
      const times: number[] = [];
      for (let i = first; i < first + saves; i++) {
        // A distinct applicant per case, so every save is a new record.
        const c = { ...base, applicant: { ...base.applicant, name: `申请人${i}`, idNumber: `CASE${String(i).padStart(14, '0')}` } };
        const start = performance.now();
        const reply = await runtime.sendMessage({ type: 'case/save', input: { case: c } });
        times.push(performance.now() - start);
        if (!reply.ok) throw new Error('save refused');
      }
      return times;
    }, { base: example, saves: round === 0 ? WARM_UP : SAVES, first: round * SAVES });
    // Round 0 warms up the service worker and the database.
    if (round > 0) saveRounds.push(percentile(times, 95));
  }
  if (wants('store.save.p95')) reportRounds('store.save.p95', 'ms', saveRounds);

  if (wants('dashboard.render.1000') || wants('dashboard.static.1000')) {
    // Up to 1,000 cases in one import: copies of the saved ones under new ids and applicants
    // (named apart from the saved ones, so that none is taken for a duplicate).
    const imported = await page.evaluate(async (total) => {
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<{ ok: boolean; value: { cases: Array<{ id: string; case: { applicant: { name: string; idNumber: string } } }> } }> } } }).chrome.runtime;
      const exported = await runtime.sendMessage({ type: 'cases/export' });
      const file = exported.value;
      const copies = [];
      for (let i = file.cases.length; i < total; i++) {
        const copy = structuredClone(file.cases[i % file.cases.length]!);
        copy.id = `bench-${i}`;
        copy.case.applicant.name = `复本${i}`;
        copy.case.applicant.idNumber = `COPY${String(i).padStart(14, '0')}`;
        copies.push(copy);
      }
      const reply = await runtime.sendMessage({ type: 'cases/import', data: JSON.stringify({ ...file, cases: copies }) });
      return reply.ok;
    }, ROWS);
    if (!imported) throw new Error('import refused');

    await context.addInitScript(measureRowsPainted, ROWS);
    const painted = async (target: Page, url: string): Promise<number> => {
      await target.goto(url);
      return (await target.waitForFunction(() => (globalThis as unknown as { rowsPainted?: number }).rowsPainted, null, { timeout: 60_000 })).jsonValue() as Promise<number>;
    };

    // The static copy: the list as the dashboard drew it, its styles inline, no script.
    await painted(page, `chrome-extension://${extensionId}/dashboard.html?copy`);
    const staticHtml = await page.evaluate(() => {
      const styles = [...document.styleSheets].map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n')).join('\n');
      const body = document.body.cloneNode(true) as HTMLElement;
      for (const script of body.querySelectorAll('script')) script.remove();
      return `<!doctype html><html lang="${document.documentElement.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>static</title><style>${styles}</style></head>${body.outerHTML}</html>`;
    });
    await context.route(`${STATIC_URL}?*`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: staticHtml }));

    // Taken in turns, so that both see the same load on the machine.
    const renders: number[] = [];
    const statics: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      renders.push(await painted(page, `chrome-extension://${extensionId}/dashboard.html?run=${i}`));
      statics.push(await painted(page, `${STATIC_URL}?run=${i}`));
    }
    if (wants('dashboard.render.1000')) reportRounds('dashboard.render.1000', 'ms', renders);
    if (wants('dashboard.static.1000')) reportRounds('dashboard.static.1000', 'ms', statics);
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
