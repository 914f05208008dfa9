// engine.check: full checks per second of a complete `new` case, schema parse included, one core.
// engine.bundle.gzip: KB (gzip -9) of the engine and ruleset bundled and minified as for the content script.
// Both measure rules/engine.ts as esbuild bundles it, since that is the code the content script
// runs: timed through tsx, every function would carry tsx's __name wrapper and run slower.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { checkCase as CheckCase } from '../../rules/engine';
import { loadExample } from '../support/cases';
import { report, wants } from './figures';

const bundled = await build({
  entryPoints: [new URL('../../rules/engine.ts', import.meta.url).pathname],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  // As the extension's build (WXT) writes its scripts: Chinese text in UTF-8, not as \u escapes.
  charset: 'utf8',
  write: false,
  logLevel: 'silent',
});
const code = bundled.outputFiles[0]!.contents;

if (wants('engine.check')) {
  const dir = mkdtempSync(join(tmpdir(), 'engine-bench-'));
  const file = join(dir, 'engine.mjs');
  writeFileSync(file, code);
  const { checkCase } = (await import(pathToFileURL(file).href)) as { checkCase: typeof CheckCase };
  rmSync(dir, { recursive: true });

  const input = loadExample('new-complete');
  const run = () => {
    if (!checkCase(input).ok) throw new Error('example case does not parse');
  };
  for (let i = 0; i < 2000; i++) run(); // warm-up: let the JIT settle
  const rates: number[] = [];
  for (let round = 0; round < 5; round++) {
    const start = performance.now();
    let n = 0;
    while (performance.now() - start < 400) {
      for (let i = 0; i < 100; i++) run();
      n += 100;
    }
    rates.push(n / ((performance.now() - start) / 1000));
  }
  rates.sort((a, b) => a - b);
  report('engine.check', 'checks/s', rates[2]!); // median of five rounds
}

if (wants('engine.bundle.gzip')) {
  report('engine.bundle.gzip', 'KB', gzipSync(code, { level: 9 }).length / 1024);
}
