// `npm run bench [-- name…]`: runs the benchmarks whose figure names start with a given name and
// prints one JSON line per figure: {"name":…,"unit":…,"value":…}.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const BENCHES = [
  { figures: ['engine.check', 'engine.bundle.gzip'], script: 'test/bench/engine.bench.ts' },
  { figures: ['content.recheck.p95', 'content.initial', 'content.bundle.gzip', 'peer.axe.run'], script: 'test/bench/content.bench.ts' },
  { figures: ['store.save.p95', 'dashboard.render.1000', 'dashboard.static.1000'], script: 'test/bench/store.bench.ts' },
  { figures: ['reader.recognised'], script: 'test/bench/reader.bench.ts' },
  { figures: ['roster.preview.50000', 'roster.import.50000', 'roster.longtask.max'], script: 'test/bench/roster.bench.ts' },
];

const wanted = process.argv.slice(2);
const selected = BENCHES.map((bench) => ({
  ...bench,
  figures: bench.figures.filter((f) => wanted.length === 0 || wanted.some((w) => f === w || f.startsWith(`${w}.`))),
})).filter((bench) => bench.figures.length > 0);

if (selected.length === 0) {
  console.error(`bench: no figure matches ${wanted.join(' ')}; figures: ${BENCHES.flatMap((b) => b.figures).join(', ')}`);
  process.exit(2);
}

let failed = false;
for (const bench of selected) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', bench.script, ...bench.figures], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
