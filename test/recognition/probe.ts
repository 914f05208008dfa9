// Reads a replica page in a real browser with the reader itself (bundled on the fly, injected into
// the page): the type it detects, the case paths it recognises, the materials of the attachment rows.
// Used by the recognition e2e spec and by `npm run bench -- reader`; the extension is not needed.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import type { Observed } from './score';

const ENTRY = fileURLToPath(new URL('./in-page.ts', import.meta.url));

let bundle: Promise<string> | null = null;

/** The reader as one script that sets `window.__gongjuProbe` (built once per process). */
export function probeScript(): Promise<string> {
  bundle ??= build({ entryPoints: [ENTRY], bundle: true, write: false, format: 'iife', target: 'chrome120', logLevel: 'silent' }).then(
    (result) => result.outputFiles[0]!.text,
  );
  return bundle;
}

/** What the reader sees on the page as it is now. */
export async function observe(page: Page): Promise<Observed> {
  const loaded = await page.evaluate(() => '__gongjuProbe' in window);
  if (!loaded) await page.addScriptTag({ content: await probeScript() });
  return page.evaluate(() => (window as unknown as { __gongjuProbe: () => Observed }).__gongjuProbe());
}
