// `npm run lint`: the house rules no compiler checks, then `web-ext lint` on the Firefox build.
// - no raw HTML (innerHTML, outerHTML, insertAdjacentHTML, dangerouslySetInnerHTML, document.write)
// - no eval or Function constructor, no network API, in product code
// - no literal user-facing text in components and pages: every string goes through t()
// - both UI catalogs have the same keys, none empty
// - imports run one way: rules/ imports only rules/ and zod; components/ and utils/ never import entrypoints/
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintFirefox } from './e2e/lint-firefox.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const PRODUCT = ['entrypoints', 'components', 'utils', 'rules'];
const UI = ['entrypoints', 'components'];

function files(dirs, pattern) {
  const walk = (dir) =>
    readdirSync(dir).flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? walk(full) : pattern.test(name) ? [full] : [];
    });
  return dirs.map((d) => join(root, d)).filter(existsSync).flatMap(walk);
}

/** Source without comments, so a comment may name what the code must not do. */
function code(file) {
  return readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

const problems = [];
const report = (file, line, what) => problems.push(`${relative(root, file)}:${line}: ${what}`);
const lineOf = (text, index) => text.slice(0, index).split('\n').length;

const FORBIDDEN = [
  [/\b(innerHTML|outerHTML)\s*=(?!=)/g, 'raw HTML assignment'],
  [/\binsertAdjacentHTML\s*\(/g, 'insertAdjacentHTML'],
  [/dangerouslySetInnerHTML/g, 'dangerouslySetInnerHTML'],
  [/\bdocument\.write(ln)?\s*\(/g, 'document.write'],
  [/(^|[^.\w])eval\s*\(/g, 'eval'],
  [/\bnew\s+Function\s*\(/g, 'Function constructor'],
  [/(^|[^.\w])fetch\s*\(/g, 'network request (fetch)'],
  [/\bXMLHttpRequest\b/g, 'network request (XMLHttpRequest)'],
  [/\bWebSocket\b/g, 'network request (WebSocket)'],
  [/\bsendBeacon\b/g, 'network request (sendBeacon)'],
  [/\bEventSource\b/g, 'network request (EventSource)'],
];

for (const file of files(PRODUCT, /\.(ts|tsx|mjs|js)$/)) {
  const text = code(file);
  for (const [pattern, what] of FORBIDDEN) {
    for (const match of text.matchAll(pattern)) report(file, lineOf(text, match.index), what);
  }
}

// User-facing literals in JSX: text between tags and the attributes people read.
const JSX_TEXT = /(?<![=-])>\s*([^<>{}\n]*[\p{Script=Han}A-Za-z][^<>{}\n]*?)\s*</gu;
const READ_ATTRIBUTES = /\b(aria-label|title|placeholder|alt|label)=["']([^"']*[\p{Script=Han}A-Za-z][^"']*)["']/gu;
const HAN_STRING = /(['"`])((?:(?!\1)[^\\\n]|\\.)*\p{Script=Han}(?:(?!\1)[^\\\n]|\\.)*)\1/gu;
for (const file of files(UI, /\.tsx$/)) {
  const text = code(file);
  for (const match of text.matchAll(JSX_TEXT)) {
    // Generic type arguments and arrow functions look like text between angle brackets.
    if (/=>|[;()=&|]/.test(match[1])) continue;
    report(file, lineOf(text, match.index), `literal text in JSX: "${match[1].trim()}" (use t())`);
  }
  for (const match of text.matchAll(READ_ATTRIBUTES)) report(file, lineOf(text, match.index), `literal ${match[1]}="${match[2]}" (use t())`);
  for (const match of text.matchAll(HAN_STRING)) report(file, lineOf(text, match.index), `Chinese string literal in a component: ${match[0]} (use t())`);
}

// Imports run one way. rules/ is the same code in Node, the content script and the pages, so it
// imports only itself and zod; the command line (rules/cli.ts) may also read files (node:) and
// the roster files (utils/roster/). The shared UI and the store never reach into an entry point.
const IMPORT = /(?:^|[;\s])(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
const inside = (file, dir) => file === join(root, dir) || file.startsWith(join(root, dir) + sep);
const resolved = (file, specifier) => (specifier.startsWith('.') ? resolve(dirname(file), specifier) : null);
const IMPORT_RULES = [
  {
    from: 'rules',
    allows: (file, specifier, target) =>
      (target !== null && inside(target, 'rules')) ||
      specifier === 'zod' ||
      specifier.startsWith('zod/') ||
      (relative(root, file) === join('rules', 'cli.ts') &&
        (specifier.startsWith('node:') || (target !== null && inside(target, join('utils', 'roster'))))),
    why: 'rules/ imports only rules/ and zod (rules/cli.ts also node: and utils/roster/)',
  },
  ...['components', 'utils'].map((from) => ({
    from,
    allows: (_file, _specifier, target) => target === null || !inside(target, 'entrypoints'),
    why: `${from}/ does not import entrypoints/`,
  })),
];
/**
 * Imports that break a rule today, each to go: lint fails on one not listed here, and on a listed
 * one that is gone, so the list only shrinks. Empty: keep it so.
 */
const KNOWN_IMPORT_EXCEPTIONS = new Set();
const seenExceptions = new Set();
for (const rule of IMPORT_RULES) {
  for (const file of files([rule.from], /\.(ts|tsx|mts|mjs|js)$/)) {
    const text = code(file);
    for (const match of text.matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2];
      if (rule.allows(file, specifier, resolved(file, specifier))) continue;
      const key = `${relative(root, file)} -> ${specifier}`;
      if (KNOWN_IMPORT_EXCEPTIONS.has(key)) seenExceptions.add(key);
      else report(file, lineOf(text, match.index), `import of '${specifier}': ${rule.why}`);
    }
  }
}
for (const key of KNOWN_IMPORT_EXCEPTIONS) {
  if (!seenExceptions.has(key)) problems.push(`test/lint.mjs: the import exception "${key}" is gone; remove it from KNOWN_IMPORT_EXCEPTIONS`);
}

// Both languages complete, in the pages' catalog and in the overlay's.
for (const dir of ['utils/locales', 'utils/locales/overlay']) {
  const zh = JSON.parse(readFileSync(join(root, dir, 'zh_CN.json'), 'utf8'));
  const en = JSON.parse(readFileSync(join(root, dir, 'en.json'), 'utf8'));
  for (const key of Object.keys(zh)) if (!(key in en)) problems.push(`${dir}/en.json: missing key ${key}`);
  for (const key of Object.keys(en)) if (!(key in zh)) problems.push(`${dir}/zh_CN.json: missing key ${key}`);
  for (const [name, catalog] of [['zh_CN', zh], ['en', en]]) {
    for (const [key, value] of Object.entries(catalog)) if (!String(value).trim()) problems.push(`${dir}/${name}.json: empty ${key}`);
  }
}

if (problems.length > 0) {
  console.error(`lint: ${problems.length} problem(s)\n${problems.join('\n')}`);
  process.exit(1);
}
console.log('lint: source rules ok');

const firefox = lintFirefox();
if (!firefox.ok) process.exit(1);
