// The builds the benchmarks measure, made afresh so that they measure the code as it is, and the
// source maps two of them need for a while (composition.ts, initial-profile.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Builds the extension into `dir` (where that build writes) or throws, naming who asked.
 * `bench`: the bench build (`NODE_ENV=production GONGJU_TEST_HTTP=1 wxt build --mode bench`), the
 * only one that writes user-timing measures, on the replica's http; otherwise the build that ships.
 * NODE_ENV=production: a mode other than production would otherwise build for development
 * (Preact's devtools hooks on every render). `sourcemap`: maps beside the scripts (GONGJU_SOURCEMAP=1).
 */
export function buildExtension(who: string, dir: string, { bench = false, sourcemap = false } = {}): void {
  const env = { ...process.env, ...(bench ? { GONGJU_TEST_HTTP: '1', NODE_ENV: 'production' } : {}), ...(sourcemap ? { GONGJU_SOURCEMAP: '1' } : {}) };
  const args = bench ? ['wxt', 'build', '--mode', 'bench'] : ['wxt', 'build'];
  const built = spawnSync('npx', args, { cwd: root, stdio: 'ignore', env });
  if (built.status !== 0 || !existsSync(join(dir, 'manifest.json'))) throw new Error(`${who}: \`${args.join(' ')}\` failed`);
}

/** Removes the source maps of a build, leaving it as it ships. */
export function removeMaps(dir: string): void {
  for (const file of readdirSync(dir, { recursive: true })) if (String(file).endsWith('.map')) rmSync(join(dir, String(file)));
}

/** A source map's source as the project names it (rules/…, node_modules/preact/…). */
export function sourceName(source: string | null | undefined): string {
  return (source ?? '(bundler)').replace(/^(\.\.\/)+/, '').replace(/.*node_modules\//, 'node_modules/');
}
