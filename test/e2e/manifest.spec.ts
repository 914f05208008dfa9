// The built manifests and bundles against what the store listing and privacy statement promise:
// host access to the portal's hosts over https only (http only in the test build), the four declared permissions and each one used, names in
// both languages, Firefox's data-collection declaration, and no code that reaches the network or
// evaluates strings. Runs after `wxt build` and `wxt build -b firefox`, on .output/.
import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const OUTPUT = fileURLToPath(new URL('../../.output/', import.meta.url));
/** The production build: https on the hosts that serve the forms, nothing else. */
const PORTAL_PATTERNS = ['https://fw.bjrcgz.gov.cn/*', 'https://www.bjrcgz.gov.cn/*', 'https://bjrcgz.gov.cn/*'];
/** Chrome Web Store's limit for the manifest description. */
const DESCRIPTION_MAX = 132;

interface Manifest {
  manifest_version: number;
  name: string;
  description: string;
  default_locale?: string;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: Array<{ matches: string[] }>;
  content_security_policy?: unknown;
  web_accessible_resources?: unknown;
  externally_connectable?: unknown;
  side_panel?: { default_path?: string };
  icons?: Record<string, string>;
  browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[]; optional?: string[] } } };
}

interface Build {
  dir: string;
  browser: 'chrome' | 'firefox';
  apiPermissions: string[];
}

const BUILDS: Build[] = [
  { dir: 'chrome-mv3', browser: 'chrome', apiPermissions: ['alarms', 'notifications', 'sidePanel', 'storage'] },
  { dir: 'firefox-mv2', browser: 'firefox', apiPermissions: ['alarms', 'notifications', 'storage'] },
];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

const isMatchPattern = (permission: string) => permission.includes('://') || permission === '<all_urls>';

for (const build of BUILDS) {
  test.describe(`${build.dir} build`, () => {
    const dir = path.join(OUTPUT, build.dir);
    let manifest: Manifest;
    let scripts: Array<{ file: string; code: string }>;

    test.beforeAll(() => {
      if (!existsSync(path.join(dir, 'manifest.json'))) throw new Error(`build first (npx wxt build${build.browser === 'firefox' ? ' -b firefox' : ''}): ${dir} is missing`);
      manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
      scripts = filesUnder(dir)
        .filter((file) => file.endsWith('.js'))
        .map((file) => ({ file: path.relative(dir, file), code: readFileSync(file, 'utf8') }));
    });

    test('asks for host access to the portal only, and for no more APIs than it lists', () => {
      const all = [...(manifest.permissions ?? []), ...(manifest.host_permissions ?? []), ...(manifest.optional_permissions ?? []), ...(manifest.optional_host_permissions ?? [])];
      expect(all.filter(isMatchPattern).sort()).toEqual([...PORTAL_PATTERNS].sort());
      expect(all.filter((p) => !isMatchPattern(p)).sort()).toEqual(build.apiPermissions);
      for (const script of manifest.content_scripts ?? []) expect([...script.matches].sort()).toEqual([...PORTAL_PATTERNS].sort());
      expect(JSON.stringify(manifest)).not.toContain('http://');
      // Nothing that lets web pages or other extensions in.
      expect(manifest.externally_connectable).toBeUndefined();
      expect(manifest.web_accessible_resources).toBeUndefined();
    });

    test('uses every API permission it asks for', () => {
      const code = scripts.map((s) => s.code).join('\n');
      for (const permission of build.apiPermissions) {
        const used = new RegExp(`\\.${permission}\\b`).test(code) || (permission === 'sidePanel' && !!manifest.side_panel?.default_path);
        expect(used, `${permission} is declared but nothing uses it`).toBe(true);
      }
    });

    test('runs no remote or string-built code and makes no network requests', () => {
      // The explicit policy of extension pages: own scripts and styles, no network, no frames, no forms.
      const csp = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
      expect(manifest.content_security_policy).toEqual(manifest.manifest_version === 2 ? csp : { extension_pages: csp });
      const forbidden = /\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|\beval\(|new Function\(|importScripts\(/;
      const offenders = scripts.filter((s) => forbidden.test(s.code)).map((s) => `${s.file}: ${s.code.match(forbidden)![0]}`);
      expect(offenders).toEqual([]);
      for (const html of filesUnder(dir).filter((f) => f.endsWith('.html'))) {
        expect(readFileSync(html, 'utf8'), path.relative(dir, html)).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//i);
      }
    });

    test('has its name and description in Chinese and English, within the store limit and as the listing quotes it', () => {
      expect(manifest.default_locale).toBe('zh_CN');
      const keys = [manifest.name, manifest.description].map((value) => /^__MSG_(\w+)__$/.exec(value)?.[1]);
      expect(keys.every(Boolean), 'name and description come from _locales').toBe(true);
      const listing = readFileSync(new URL('../../docs/store-listing.md', import.meta.url), 'utf8');
      for (const locale of ['zh_CN', 'en']) {
        const messages = JSON.parse(readFileSync(path.join(dir, '_locales', locale, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
        const [name = '', description = ''] = keys.map((key) => messages[key!]?.message ?? '');
        expect(name.length, `${locale} name`).toBeGreaterThan(0);
        expect(description.length, `${locale} description`).toBeGreaterThan(0);
        expect(description.length, `${locale} description`).toBeLessThanOrEqual(DESCRIPTION_MAX);
        expect(listing, `docs/store-listing.md quotes the ${locale} description`).toContain(`> ${description}\n`);
      }
      for (const icon of Object.values(manifest.icons ?? {})) expect(existsSync(path.join(dir, icon)), icon).toBe(true);
    });

    if (build.browser === 'firefox') {
      test('declares to Firefox that it collects no data', () => {
        const gecko = manifest.browser_specific_settings?.gecko;
        expect(gecko?.id).toMatch(/^[^@\s]+@[^@\s]+$/);
        expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
        // data_collection_permissions needs Firefox 140 or later.
        expect(Number.parseInt(gecko?.strict_min_version ?? '0', 10)).toBeGreaterThanOrEqual(140);
      });
    }
  });
}
