// `node test/bench/composition.mjs [rows]`: what the content script's production bundle is made of,
// per source file: bytes in the bundle and those bytes gzipped alone (a source's share of
// content.bundle.gzip, roughly; gzip over the whole file shares repeats between sources). Builds
// with GONGJU_SOURCEMAP=1 and removes the maps again, leaving the production build as it ships.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = join(root, '.output/chrome-mv3/content-scripts');
const rows = Number(process.argv[2] ?? 40);
const built = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'ignore', env: { ...process.env, GONGJU_SOURCEMAP: '1' } });
if (built.status !== 0) throw new Error('composition: `GONGJU_SOURCEMAP=1 wxt build` failed');

const gz = (text) => gzipSync(text, { level: 9 }).length;
try {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    const code = readFileSync(join(dir, file), 'utf8');
    const lines = code.split('\n');
    const mappings = [];
    new SourceMapConsumer(JSON.parse(readFileSync(join(dir, `${file}.map`), 'utf8'))).eachMapping((m) => mappings.push(m));
    mappings.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
    // Each generated range belongs to the source of the mapping that starts it.
    const bySource = new Map();
    mappings.forEach((m, i) => {
      const next = mappings[i + 1];
      const line = lines[m.generatedLine - 1] ?? '';
      const end = next && next.generatedLine === m.generatedLine ? next.generatedColumn : line.length;
      const source = (m.source ?? '(bundler)').replace(/^(\.\.\/)+/, '').replace(/.*node_modules\//, 'node_modules/');
      bySource.set(source, (bySource.get(source) ?? '') + line.slice(m.generatedColumn, end));
    });
    const table = [...bySource].map(([source, text]) => ({ source, raw: Buffer.byteLength(text), gzip: gz(text) })).sort((a, b) => b.gzip - a.gzip);
    console.log(`${file}: ${Buffer.byteLength(code)} bytes, ${gz(code)} gzipped`);
    for (const row of table.slice(0, rows)) console.log(`${String(row.raw).padStart(8)} ${String(row.gzip).padStart(7)}  ${row.source}`);
  }
} finally {
  // Every entrypoint got maps: none stays in the build.
  const build = join(root, '.output/chrome-mv3');
  for (const file of readdirSync(build, { recursive: true })) if (String(file).endsWith('.map')) rmSync(join(build, String(file)));
}
