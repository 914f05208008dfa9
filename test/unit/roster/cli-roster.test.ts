// @vitest-environment node
// `check --roster` as the contract gives it: rows with their case and check, or an error naming
// the column and the value; exit 2 with one line when the file is not a roster.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dateCell, xlsxBytes } from './helpers';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'gongju-roster-'));
const gb18030 = fileURLToPath(new URL('./fixtures/roster-gb18030.csv', import.meta.url));

function check(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'rules/cli.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('check --roster', { timeout: 30_000 }, () => {
  it('prints every row with its case and check, errors by row, and the ignored columns', () => {
    const { status, stdout, stderr } = check(['--roster', gb18030, '--as-of', '2026-11-27', '--lang', 'en']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const output = JSON.parse(stdout);
    expect(Object.keys(output)).toEqual(['ruleset', 'rows', 'ignoredColumns']);
    expect(output.ruleset).toMatch(/^\d{4}\.\d{1,2}\.\d+$/);
    expect(output.ignoredColumns).toEqual(['备注']);
    expect(output.rows).toHaveLength(2);
    const [first, second] = output.rows;
    expect(first.row).toBe(2);
    expect(first.case).toMatchObject({ type: 'renewal', permit: { validUntil: '2027-01-15' } });
    expect(first.result).toMatchObject({ type: 'renewal', asOf: '2026-11-27', dates: { lastSafeSubmission: '2026-12-24' } });
    expect(first.result.ruleset).toBe(output.ruleset);
    expect(second).toEqual({ row: 4, error: '工作居住证有效期至: 2027.02.30 is not a date' });
  });

  it('takes the type of rows without a type column from --type', () => {
    const path = file('new.xlsx', xlsxBytes({ rows: [['姓名', '身份证号', '入职日期'], ['陈静', '110105199301010022', dateCell(45292)]] }));
    const { status, stdout } = check(['--roster', path, '--type', 'new', '--as-of', '2026-11-27']);
    expect(status).toBe(0);
    const [row] = JSON.parse(stdout).rows;
    expect(row.case).toEqual({ schema: 'gongju-case/1', type: 'new', applicant: { name: '陈静', idNumber: '110105199301010022', employment: { startDate: '2024-01-01' } } });
  });

  it.each([
    ['no recognised column', () => file('notes.csv', '编号,备注\n1,x\n'), /no recognised column/],
    ['an unreadable spreadsheet', () => file('broken.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9, 9])), /not a roster/],
    ['an empty file', () => file('empty.csv', ''), /not a roster/],
    ['a missing file', () => join(dir, 'absent.xlsx'), /cannot read the file/],
  ])('exits 2 with one line for %s', (_what, make, message) => {
    const { status, stdout, stderr } = check(['--roster', make()]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
  });

  it.each([
    [['--roster', gb18030, '--type', 'department-change'], /--type: expected one of/],
    [['--type', 'new', 'x.json'], /--type applies to --roster only/],
  ])('refuses bad options: %j', (args, message) => {
    const { status, stderr } = check(args);
    expect(status).toBe(2);
    expect(stderr).toMatch(message);
  });
});
