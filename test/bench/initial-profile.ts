// `node --import tsx test/bench/initial-profile.ts [rows]`: where content.initial goes. Loads the
// replica's large page as the content bench does, with V8's sampling profiler on, and prints the
// content script's own time per source file and per function (mapped through the build's source
// map), averaged over five loads after a first one. Builds the bench build with GONGJU_SOURCEMAP=1
// and removes its maps again. Time in DOM calls counts to the function that made them.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
// @ts-expect-error plain ESM module without types
import { startReplica } from '../replica/server.mjs';
import { BENCH_EXTENSION_DIR, launchWithExtension } from '../e2e/browser';
import { buildExtension, removeMaps, sourceName } from './builds';

const LOADS = 5;
const rows = Number(process.argv[2] ?? 25);
buildExtension('initial profile', BENCH_EXTENSION_DIR, { bench: true, sourcemap: true });
const map = new SourceMapConsumer(JSON.parse(readFileSync(join(BENCH_EXTENSION_DIR, 'content-scripts/portal.js.map'), 'utf8')));

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

const byFile = new Map<string, number>();
const byFunction = new Map<string, number>();
const add = (table: Map<string, number>, key: string, ms: number) => table.set(key, (table.get(key) ?? 0) + ms / LOADS);
const initial: number[] = [];

const replica = await startReplica({ port: 0 });
const profile = mkdtempSync(join(tmpdir(), 'gongju-profile-'));
const context = await launchWithExtension({ userDataDir: profile, replicaPort: replica.port, extensionDir: BENCH_EXTENSION_DIR });
try {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  // The first load warms the browser's caches, as the bench's first round does; it is not counted.
  for (let load = 0; load <= LOADS; load++) {
    await cdp.send('Profiler.start');
    await page.goto(`http://fw.bjrcgz.gov.cn/person-platform/?profile=${load}#/business/new-large`);
    await page.waitForFunction(() => performance.getEntriesByName('gongju:initial').length > 0, null, { timeout: 20_000 });
    const { profile: samples } = await cdp.send('Profiler.stop');
    if (load === 0) continue;
    initial.push(await page.evaluate(() => performance.getEntriesByName('gongju:initial')[0]!.duration));
    const nodes = new Map((samples.nodes as ProfileNode[]).map((node) => [node.id, node]));
    (samples.samples ?? []).forEach((id, i) => {
      const frame = nodes.get(id)!.callFrame;
      if (!frame.url.endsWith('/content-scripts/portal.js') || frame.lineNumber < 0) return;
      const ms = (samples.timeDeltas?.[i + 1] ?? 0) / 1000;
      const at = map.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
      const file = sourceName(at.source);
      add(byFile, file, ms);
      // Minified names say little: a function is known by the line it starts on.
      add(byFunction, `${file}:${at.line ?? 0}`, ms);
    });
  }
} finally {
  await context.close();
  await replica.close();
  rmSync(profile, { recursive: true, force: true });
  removeMaps(BENCH_EXTENSION_DIR);
}

const own = [...byFile.values()].reduce((sum, ms) => sum + ms, 0);
console.log(`content.initial per load: ${initial.map((ms) => ms.toFixed(1)).join(', ')} ms; the content script's own time: ${own.toFixed(1)} ms a load`);
const print = (title: string, table: Map<string, number>) => {
  console.log(title);
  for (const [key, ms] of [...table].sort((a, b) => b[1] - a[1]).slice(0, rows)) console.log(`${ms.toFixed(1).padStart(7)}  ${key}`);
};
print('ms a load, by source file:', byFile);
print('ms a load, by function (the line it starts on):', byFunction);
