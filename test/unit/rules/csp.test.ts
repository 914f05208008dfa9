// @vitest-environment node
// Extension pages forbid eval (script-src 'self'): the engine, zod included, must not compile code
// at run time. zod/mini parses with closures today; this notices a version that would not.
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('engine bundle', () => {
  it('has no eval and no Function constructor', async () => {
    const result = await build({
      entryPoints: [new URL('../../../rules/engine.ts', import.meta.url).pathname],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]!.text;
    expect(code).toContain('gongju-case/1');
    // Any mention of Function, as zod's own probe `const F = Function; new F("")` would be.
    expect(code).not.toMatch(/\bFunction\b|\beval\s*\(/);
  });
});
