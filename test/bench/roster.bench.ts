// Roster figures in Chromium with the built extension, on a 50,000-row .xlsx of a clerk's layout
// (title row, date cells, text dates):
// roster.preview.50000 — ms from choosing the file to every row mapped and the preview shown
// (read and mapped in the worker);
// roster.import.50000 — ms from choosing the file to the import confirmed by the background
// (preview, then one transaction of 50,000 cases);
// roster.longtask.max — the longest task on the dashboard's main thread meanwhile, in ms: how
// long the page could not answer a click.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PRODUCTION_EXTENSION_DIR, extensionIdOf, launchWithExtension } from '../e2e/browser';
import { dateCell, xlsxBytes, type FixtureCell } from '../unit/roster/helpers';
import { buildExtension } from './builds';
import { report, wants } from './figures';

const ROWS = 50_000;
// The build that ships (no portal page is visited), built afresh so that it measures the code as it is.
buildExtension('roster bench', PRODUCTION_EXTENSION_DIR);

const profile = mkdtempSync(join(tmpdir(), 'gongju-roster-bench-'));
const file = join(profile, 'roster-50000.xlsx');
const rows: FixtureCell[][] = [['2026年工作居住证到期名册'], ['序号', '姓名', '身份证号', '性别', '工作居住证有效期至', '聘用单位', '劳动合同到期日']];
for (let i = 0; i < ROWS; i++) {
  rows.push([i + 1, `员工${i}`, `ROSTER${String(i).padStart(12, '0')}`, i % 2 ? '女' : '男', dateCell(46402 + (i % 700)), '北京石景智联科技有限公司', `${2028 + (i % 3)}年6月30日`]);
}
writeFileSync(file, xlsxBytes({ rows, merges: ['A1:G1'] }));

// No portal is visited: the host mapping points nowhere.
const context = await launchWithExtension({ userDataDir: profile, replicaPort: 9, extensionDir: PRODUCTION_EXTENSION_DIR });
try {
  const extensionId = await extensionIdOf(context);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await page.evaluate(() => {
    const w = window as unknown as { longest: number };
    w.longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longest = Math.max(w.longest, entry.duration);
    }).observe({ type: 'longtask' });
  });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '导入名册（Excel/CSV）' }).click()]);
  const start = Date.now();
  await chooser.setFiles(file);
  await page.locator(`section.roster [data-cases="${ROWS}"]`).waitFor({ timeout: 300_000 });
  const preview = Date.now() - start;
  await page.getByRole('button', { name: `导入 ${ROWS} 个案例` }).click();
  await page.locator(`section.roster [data-created="${ROWS}"]`).waitFor({ timeout: 300_000 });
  const imported = Date.now() - start;
  const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
  if (wants('roster.preview.50000')) report('roster.preview.50000', 'ms', preview);
  if (wants('roster.import.50000')) report('roster.import.50000', 'ms', imported);
  if (wants('roster.longtask.max')) report('roster.longtask.max', 'ms', longest);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
