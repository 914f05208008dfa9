// Store figures in Chromium with the built extension:
// store.save.p95 — ms for an extension page to save a full case through the background (message,
// schema check, engine, IndexedDB write) and get the reply;
// dashboard.render.1000 — ms from opening the dashboard with 1,000 stored cases to all 1,000 rows
// on screen (navigation start → the last row in the table).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { EXTENSION_DIR, extensionIdOf, launchWithExtension } from '../e2e/browser';
import { loadExample } from '../support/cases';
import { percentile, report, wants } from './figures';

const root = fileURLToPath(new URL('../../', import.meta.url));
if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'ignore' });

const example = loadExample('new-complete');
const profile = mkdtempSync(join(tmpdir(), 'gongju-store-bench-'));
// No portal is visited: the host mapping points nowhere.
const context = await launchWithExtension({ userDataDir: profile, replicaPort: 9 });
try {
  const extensionId = await extensionIdOf(context);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);

  const SAVES = 200;
  const saveTimes: number[] = await page.evaluate(async ({ base, saves }) => {
    const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<{ ok: boolean }> } } }).chrome.runtime;
    const times: number[] = [];
    for (let i = 0; i < saves; i++) {
      // A distinct applicant per case, so every save is a new record.
      const c = { ...base, applicant: { ...base.applicant, name: `申请人${i}`, idNumber: `CASE${String(i).padStart(14, '0')}` } };
      const start = performance.now();
      const reply = await runtime.sendMessage({ type: 'case/save', input: { case: c } });
      times.push(performance.now() - start);
      if (!reply.ok) throw new Error('save refused');
    }
    return times;
  }, { base: example, saves: SAVES });
  // The first saves warm up the service worker and the database.
  if (wants('store.save.p95')) report('store.save.p95', 'ms', percentile(saveTimes.slice(20), 95));

  if (wants('dashboard.render.1000')) {
    // Up to 1,000 cases in one import: copies of the saved ones under new ids and applicants.
    const imported = await page.evaluate(async (total) => {
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<{ ok: boolean; value: { cases: Array<{ id: string; case: { applicant: { name: string; idNumber: string } } }> } }> } } }).chrome.runtime;
      const exported = await runtime.sendMessage({ type: 'cases/export' });
      const file = exported.value;
      const copies = [];
      for (let i = file.cases.length; i < total; i++) {
        const copy = structuredClone(file.cases[i % file.cases.length]!);
        copy.id = `bench-${i}`;
        copy.case.applicant.name = `申请人${i}`;
        copy.case.applicant.idNumber = `CASE${String(i).padStart(14, '0')}`;
        copies.push(copy);
      }
      const reply = await runtime.sendMessage({ type: 'cases/import', data: JSON.stringify({ ...file, cases: copies }) });
      return reply.ok;
    }, 1000);
    if (!imported) throw new Error('import refused');
    const renders: number[] = [];
    for (let i = 0; i < 3; i++) {
      await page.goto(`chrome-extension://${extensionId}/dashboard.html?run=${i}`);
      await page.waitForFunction(() => document.querySelectorAll('[role="row"][data-id], tr[data-id]').length >= 1000, null, { timeout: 60_000, polling: 'raf' });
      renders.push(await page.evaluate(() => performance.now()));
    }
    report('dashboard.render.1000', 'ms', percentile(renders, 50));
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
