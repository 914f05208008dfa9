// `node --import tsx test/bench/composition.ts [rows]`: what the content script's production bundle is made of,
// per source file: bytes in the bundle and those bytes gzipped alone (a source's share of
// content.bundle.gzip, roughly; gzip over the whole file shares repeats between sources). Builds
// with GONGJU_SOURCEMAP=1 and removes the maps again, leaving the production build as it ships.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer, type MappingItem } from 'source-map-js';
import { PRODUCTION_EXTENSION_DIR as build } from '../e2e/browser';
import { buildExtension, removeMaps, sourceName } from './builds';

const dir = join(build, 'content-scripts');
const rows = Number(process.argv[2] ?? 40);
buildExtension('composition', build, { sourcemap: true });

const gz = (text: string) => gzipSync(text, { level: 9 }).length;
try {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    const code = readFileSync(join(dir, file), 'utf8');
    const lines = code.split('\n');
    const mappings: MappingItem[] = [];
    new SourceMapConsumer(JSON.parse(readFileSync(join(dir, `${file}.map`), 'utf8'))).eachMapping((m) => mappings.push(m));
    mappings.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
    // Each generated range belongs to the source of the mapping that starts it.
    const bySource = new Map<string, string>();
    mappings.forEach((m, i) => {
      const next = mappings[i + 1];
      const line = lines[m.generatedLine - 1] ?? '';
      const end = next && next.generatedLine === m.generatedLine ? next.generatedColumn : line.length;
      const source = sourceName(m.source);
      bySource.set(source, (bySource.get(source) ?? '') + line.slice(m.generatedColumn, end));
    });
    const table = [...bySource].map(([source, text]) => ({ source, raw: Buffer.byteLength(text), gzip: gz(text) })).sort((a, b) => b.gzip - a.gzip);
    console.log(`${file}: ${Buffer.byteLength(code)} bytes, ${gz(code)} gzipped`);
    for (const row of table.slice(0, rows)) console.log(`${String(row.raw).padStart(8)} ${String(row.gzip).padStart(7)}  ${row.source}`);
  }
} finally {
  // Every entrypoint got maps: none stays in the build.
  removeMaps(build);
}
