// Content-script figures in Chromium with the built extension on the replica's largest page:
// content.recheck.p95 (ms from an input event's re-check to markers on screen, the debounce excluded),
// content.initial (ms to the markers of the first check that found the page's form: from the
// script's start, or from that check's start when the portal drew its form after our first check),
// content.bundle.gzip (KB of all
// content-script JS and CSS), peer.axe.run (ms of one axe-core run on the same page, for reference).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
// @ts-expect-error plain ESM module without types
import { startReplica } from '../replica/server.mjs';
import { launchWithExtension, BENCH_EXTENSION_DIR, PRODUCTION_EXTENSION_DIR } from '../e2e/browser';
import { buildExtension } from './builds';
import { percentile, report, reportRounds, wants } from './figures';

if (wants('content.bundle.gzip')) {
  // What users get: the production build, built afresh (a build left in .output may be older, or
  // carry the bench tools' source maps).
  buildExtension('content bench', PRODUCTION_EXTENSION_DIR);
  const dir = join(PRODUCTION_EXTENSION_DIR, 'content-scripts');
  const files = readdirSync(dir).filter((f) => f.endsWith('.js') || f.endsWith('.css'));
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dir, f)), { level: 9 }).length, 0);
  report('content.bundle.gzip', 'KB', bytes / 1024);
}

const browserFigures = ['content.recheck.p95', 'content.initial', 'peer.axe.run'].filter(wants);
if (browserFigures.length > 0) {
  // Only a bench build writes the measures read below.
  buildExtension('content bench', BENCH_EXTENSION_DIR, { bench: true });
  const replica = await startReplica({ port: 0 });
  const profile = mkdtempSync(join(tmpdir(), 'gongju-bench-'));
  const context = await launchWithExtension({ userDataDir: profile, replicaPort: replica.port, extensionDir: BENCH_EXTENSION_DIR });
  const page = context.pages()[0] ?? (await context.newPage());
  const measure = (name: string) =>
    page.evaluate((n) => performance.getEntriesByName(n).map((e) => ({ start: e.startTime, duration: e.duration })), name);
  try {
    const initial: number[] = [];
    for (let i = 0; i < 5; i++) {
      await page.goto(`http://fw.bjrcgz.gov.cn/person-platform/?run=${i}#/business/new-large`);
      await page.waitForFunction(() => performance.getEntriesByName('gongju:initial').length > 0, null, { timeout: 20_000 });
      initial.push((await measure('gongju:initial'))[0]!.duration);
    }
    const controls = await page.locator('input, select, textarea').count();
    if (wants('content.initial')) reportRounds('content.initial', 'ms', initial);

    if (wants('content.recheck.p95')) {
      const input = page.locator('input.el-input__inner:visible:not([readonly]):not([disabled])').first();
      const samples: number[] = [];
      for (let i = 0; i < 40; i++) {
        const before = (await measure('gongju:recheck'))[0]?.start ?? -1;
        await input.focus();
        await page.keyboard.type(String(i % 10));
        await page.waitForFunction((b) => (performance.getEntriesByName('gongju:recheck')[0]?.startTime ?? -1) > b, before, { timeout: 5000 });
        samples.push((await measure('gongju:recheck'))[0]!.duration);
      }
      report('content.recheck.p95', 'ms', percentile(samples, 95));
    }

    if (wants('peer.axe.run')) {
      const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
      await page.addScriptTag({ content: axeSource });
      const runs: number[] = [];
      for (let i = 0; i < 3; i++) {
        runs.push(await page.evaluate(async () => {
          const start = performance.now();
          await (window as unknown as { axe: { run: () => Promise<unknown> } }).axe.run();
          return performance.now() - start;
        }));
      }
      report('peer.axe.run', 'ms', percentile(runs, 50));
    }
    if (controls < 300) console.error(`content bench: the large page has only ${controls} controls`);
  } finally {
    await context.close();
    await replica.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
