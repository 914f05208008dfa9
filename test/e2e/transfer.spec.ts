// Passing cases to a colleague in Chromium with the built extension: exported encrypted under a
// passphrase, the file holds no ID number; imported into another browser profile, a wrong
// passphrase and a damaged file are refused with nothing changed, the right one brings the cases.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { loadExample } from '../support/cases';
import { expect, test } from './fixtures';
import { extensionUrl, seriousViolations, Store } from './pages';

const PASSPHRASE = '交接口令-2026-冬';

async function chooseImport(page: Page, file: string) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: '导入案例（JSON 或加密文件）' }).click()]);
  await chooser.setFiles(file);
}

test('transfer: an encrypted export opens only with its passphrase and a damaged one changes nothing', async ({ context, extensionId, watch }, testInfo) => {
  const store = await Store.open(context, extensionId);
  const example = loadExample('renewal-complete');
  const saved = await store.save(example, 'ready');
  const idNumber = (example.applicant as { idNumber: string }).idNumber;
  const page = await context.newPage();
  await page.goto(extensionUrl(extensionId, 'dashboard.html#/'));

  await page.getByRole('button', { name: '导出全部…' }).click();
  const panel = page.locator('.export-panel');
  await expect(panel.locator('.export-plain')).toContainText('身份证号');
  expect(await seriousViolations(page)).toEqual([]);
  // A short passphrase, then two that differ: refused, the field named and focused.
  await panel.getByLabel('口令', { exact: true }).fill('短');
  await panel.getByRole('button', { name: '加密并导出' }).click();
  await expect(panel.locator('.field-error')).toHaveText('口令：至少 8 个字符。');
  await expect(panel.getByLabel('口令', { exact: true })).toBeFocused();
  await panel.getByLabel('口令', { exact: true }).fill(PASSPHRASE);
  await panel.getByLabel('再输入一次口令').fill(`${PASSPHRASE}x`);
  await panel.getByRole('button', { name: '加密并导出' }).click();
  await expect(panel.locator('.field-error')).toContainText('不一致');
  await panel.getByLabel('再输入一次口令').fill(PASSPHRASE);
  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: '加密并导出' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.gongju$/);
  const sealed = testInfo.outputPath('cases.gongju');
  await download.saveAs(sealed);
  const bytes = readFileSync(sealed);
  expect(bytes.toString('latin1')).not.toContain(idNumber);
  await expect(panel).toHaveCount(0);

  // The colleague's browser: the case is not there yet.
  await store.send({ type: 'case/delete', id: saved.id });
  await page.reload();
  await expect(page.locator('.case-body .case-row')).toHaveCount(0);

  const damaged = testInfo.outputPath('damaged.gongju');
  const flipped = Buffer.from(bytes);
  flipped[flipped.length - 20]! ^= 0x01;
  writeFileSync(damaged, flipped);
  await chooseImport(page, damaged);
  await page.getByLabel('口令', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: '解密并导入' }).click();
  await expect(page.locator('[data-import="damaged"]')).toContainText('未导入任何内容');
  await page.locator('[data-import="damaged"]').getByRole('button', { name: '关闭' }).click();

  await chooseImport(page, sealed);
  await page.getByLabel('口令', { exact: true }).fill('不是这个口令');
  await page.getByRole('button', { name: '解密并导入' }).click();
  await expect(page.locator('#import-passphrase-error')).toContainText('口令不对');
  await expect(page.getByLabel('口令', { exact: true })).toBeFocused();
  expect(await store.list()).toEqual([]);

  await page.getByLabel('口令', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: '解密并导入' }).click();
  await expect(page.locator('[data-import="ok"]')).toBeVisible();
  const imported = await store.list();
  expect(imported.map((r) => [r.id, r.status, r.case])).toEqual([[saved.id, 'ready', saved.case]]);
  expect(watch.errors).toEqual([]);
});
