// `npm start`: builds the extension, serves the replica portal, and opens it in Chromium with the
// extension loaded. With a display the browser stays open for you; without one (CI, SSH) it runs
// headless, fills the 新办 page from an example case, prints the findings and saves screenshots.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startReplica } from '../replica/server.mjs';
import { CHROMIUM as chromiumPath, chromiumArgs } from '../support/chromium.mjs';
import { overlay } from './overlay.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
// The test build: the replica is served over http, which only the test build runs on.
const extensionDir = join(root, '.output/test/chrome-mv3');
const shotsDir = join(root, 'test/e2e/.artifacts/start');
const headed = !!process.env.DISPLAY && process.env.CI !== 'true';

function say(line) {
  process.stdout.write(`${line}\n`);
}

if (!chromiumPath) {
  say('Chromium is not installed: run `sudo apt-get install -y chromium` (Debian/Ubuntu) and try again.');
  process.exit(1);
}

say('Building the test build of the extension (GONGJU_TEST_HTTP=1 wxt build)…');
const build = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, GONGJU_TEST_HTTP: '1' } });
if (build.status !== 0) process.exit(build.status ?? 1);
say(`Built extension: ${extensionDir}`);
say('  To load it by hand: chrome://extensions → Developer mode → Load unpacked → choose that folder.');
say('  It also runs on http, for the replica; `npm run build` makes the https-only build that ships.');

const replica = await startReplica({ port: 0 });
const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'gongju-start-')), {
  executablePath: chromiumPath,
  headless: !headed,
  viewport: headed ? null : { width: 1366, height: 900 },
  locale: 'zh-CN',
  args: chromiumArgs(extensionDir, replica.port),
});
const page = context.pages()[0] ?? (await context.newPage());
const portalUrl = 'http://fw.bjrcgz.gov.cn/person-platform/#/business/new';
await page.goto(portalUrl);
say(`Replica portal: ${portalUrl} (served on 127.0.0.1:${replica.port}, mapped to the real host name)`);

if (headed) {
  say('Chromium is open with the extension. Fill the form and press 提交. Close the browser to stop.');
  context.on('close', () => void replica.close().then(() => process.exit(0)));
} else {
  await page.waitForFunction(() => window.__replica);
  await page.evaluate(() => window.__replica.route('#/business/new'));
  const example = JSON.parse(readFileSync(join(root, 'test/cases/new-problems.json'), 'utf8'));
  await page.evaluate((c) => window.__replica.fill(c), example);
  // The overlay's root is closed: it is read through the debugger protocol (test/e2e/overlay.ts).
  const ov = overlay(page);
  await ov.waitForVisible('[data-gongju-chip]');
  await page.locator('.el-tabs__item', { hasText: '附件' }).first().click();
  await page.waitForTimeout(500);
  mkdirSync(shotsDir, { recursive: true });
  await page.screenshot({ path: join(shotsDir, 'markers.png') });
  await page.locator('button', { hasText: /^\s*提交\s*$/ }).first().click();
  const dialog = '[data-gongju-dialog="submit"]';
  await ov.waitForVisible(dialog);
  await page.screenshot({ path: join(shotsDir, 'submit-dialog.png') });
  const groups = [];
  for (const section of await ov.all(`${dialog} section[data-group]`)) {
    const group = `${dialog} section[data-group="${section.attributes['data-group']}"]`;
    const rules = (await ov.all(`${group} .finding`)).map((f) => f.attributes['data-rule']);
    const messages = (await ov.all(`${group} .finding .message`)).map((m) => m.text);
    groups.push({ title: await ov.text(`${group} h3`), findings: rules.map((rule, i) => `${rule}: ${messages[i] ?? ''}`) });
  }
  say('\nFindings on the 新办 page filled from test/cases/new-problems.json (as shown at 提交):');
  for (const group of groups) {
    say(`\n${group.title}`);
    for (const line of group.findings) say(`  - ${line}`);
  }
  say(`\nScreenshots: ${join(shotsDir, 'markers.png')}, ${join(shotsDir, 'submit-dialog.png')}`);
  await context.close();
  await replica.close();
}
