// @vitest-environment node
// The `check` command as the contract gives it: JSON on stdout, exit 2 with one line for non-cases.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'gongju-cli-'));

function check(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'rules/cli.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function caseFile(name: string, content: string): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

describe('check command', { timeout: 30_000 }, () => {
  it('prints the output for a case, with --as-of and --lang', () => {
    const file = caseFile('renewal.json', JSON.stringify({ schema: 'gongju-case/1', type: 'renewal', permit: { validUntil: '2027-01-15' }, acceptedOn: '2026-11-20' }));
    const { status, stdout, stderr } = check([file, '--as-of', '2026-11-27', '--lang', 'en']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const output = JSON.parse(stdout);
    expect(output).toMatchObject({ type: 'renewal', asOf: '2026-11-27', dates: { lastSafeSubmission: '2026-12-24', approvalBy: '2026-12-11' } });
    expect(output.ruleset).toMatch(/^\d{4}\.\d{1,2}\.\d+$/);
    expect(output.findings.some((f: { rule: string }) => f.rule === 'calendar.provisional')).toBe(true);
    expect(output.dates.calendars).toEqual({ 2026: 'published', 2027: 'provisional' });
    for (const f of output.findings) expect(Object.keys(f).every((k) => ['rule', 'severity', 'fields', 'message', 'basis', 'incomplete', 'material'].includes(k))).toBe(true);
  });

  it('prints the planner\'s dates and passesOn, and nothing of the engine\'s own (version 2)', () => {
    const { status, stdout } = check(['test/cases/new-problems.json']);
    expect(status).toBe(0);
    const output = JSON.parse(stdout);
    expect(output.dates).toMatchObject({ earliestEligible: null, eligibleUntil: '2027-03-31' });
    expect(output.findings.find((f: { rule: string }) => f.rule === 'applicant.income-months').passesOn).toBe('2027-03-01');
    expect(Object.keys(output).sort()).toEqual(['asOf', 'dates', 'findings', 'materials', 'ruleset', 'type']);
    for (const f of output.findings) expect(f).not.toHaveProperty('subject');
  });

  it.each([
    ['bad JSON', '{"schema": "gongju-case/1",', '(root)'],
    ['an unknown key', '{"schema":"gongju-case/1","type":"new","applicant":{"age":30}}', 'applicant.age'],
    ['an unknown enum value', '{"schema":"gongju-case/1","type":"new","applicant":{"gender":"m"}}', 'applicant.gender'],
    ['an impossible date', '{"schema":"gongju-case/1","type":"new","employer":{"registrationDate":"2026-02-30"}}', 'employer.registrationDate'],
    ['a wrong type', '{"schema":"gongju-case/1","type":"new","employer":{"registeredCapital":"1000000"}}', 'employer.registeredCapital'],
    ['not an object', '42', '(root)'],
  ])('exits 2 with one line naming the path for %s', (_name, content, path) => {
    const { status, stdout, stderr } = check([caseFile('bad.json', content)]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(path);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  // A made-up 2027 schedule in holiday-cn's format (no 2027 notice is published).
  const days2027 = [
    { name: '元旦', date: '2027-01-01', isOffDay: true },
    ...['05', '06', '07', '08', '09', '10', '11'].map((d) => ({ name: '春节', date: `2027-02-${d}`, isOffDay: true })),
    { name: '春节', date: '2027-02-20', isOffDay: false },
    ...['01', '02', '03', '04', '05', '06', '07'].map((d) => ({ name: '国庆节', date: `2027-10-${d}`, isOffDay: true })),
  ];
  const calendar2027 = () => caseFile('2027.json', JSON.stringify({ year: 2027, papers: [], days: days2027 }));
  const renewalUntil = (validUntil: string) =>
    caseFile('renewal-2027.json', JSON.stringify({ schema: 'gongju-case/1', type: 'renewal', asOf: '2026-11-27', permit: { validUntil } }));

  it('counts an imported year from --calendar instead of the provisional one (version 2)', () => {
    const file = renewalUntil('2027-02-26');
    const provisional = JSON.parse(check([file]).stdout);
    expect(provisional.dates).toMatchObject({ lastSafeSubmission: '2027-01-27', calendars: { 2026: 'published', 2027: 'provisional' } });
    const { status, stdout, stderr } = check([file, '--calendar', calendar2027()]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const output = JSON.parse(stdout);
    expect(output.dates).toMatchObject({ lastSafeSubmission: '2027-02-01', calendars: { 2026: 'published', 2027: 'imported' } });
    expect(output.findings.map((f: { rule: string }) => f.rule)).not.toContain('calendar.provisional');
  });

  it('takes --calendar more than once, and with --roster', () => {
    const days2028 = [{ name: '春节', date: '2028-01-26', isOffDay: true }, { name: '国庆节', date: '2028-10-02', isOffDay: true }];
    const file2028 = caseFile('2028.json', JSON.stringify({ year: 2028, papers: [], days: days2028 }));
    const output = JSON.parse(check([renewalUntil('2028-01-10'), '--calendar', calendar2027(), '--calendar', file2028]).stdout);
    expect(output.dates.calendars).toEqual({ 2026: 'published', 2027: 'imported', 2028: 'imported' });
    const roster = caseFile('roster.csv', '姓名,工作居住证有效期至\n李四,2027-02-26\n');
    const rows = JSON.parse(check(['--roster', roster, '--as-of', '2026-11-27', '--calendar', calendar2027()]).stdout).rows;
    expect(rows[0].result.dates).toMatchObject({ lastSafeSubmission: '2027-02-01', calendars: { 2027: 'imported' } });
  });

  it.each([
    ['bad JSON', '{"year": 2027,', 'not valid JSON'],
    ['an unknown top-level key', JSON.stringify({ year: 2027, days: days2027, notes: '' }), 'unknown key "notes" at the top level'],
    ['a date outside its year', JSON.stringify({ year: 2027, days: [...days2027, { name: '清明节', date: '2028-04-05', isOffDay: true }] }), '2028-04-05 is not in 2027'],
    ['a day listed twice', JSON.stringify({ year: 2027, days: [...days2027, days2027[0]] }), '2027-01-01 is listed twice'],
  ])('refuses a --calendar file with %s: exit 2, one line, nothing on stdout', (_name, content, expected) => {
    const bad = caseFile('bad-calendar.json', content);
    const { status, stdout, stderr } = check([renewalUntil('2027-02-26'), '--calendar', bad]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(bad);
    expect(stderr).toContain(expected);
  });

  it('refuses two --calendar files of one year', () => {
    const { status, stderr } = check([renewalUntil('2027-02-26'), '--calendar', calendar2027(), '--calendar', calendar2027()]);
    expect(status).toBe(2);
    expect(stderr).toContain('a calendar of 2027 is given twice');
  });

  it('uses --wage N as the monthly average wage of the year before asOf', () => {
    // new-complete earns 25000 a month: below 1.5 × 20000.
    const { status, stdout } = check(['test/cases/new-complete.json', '--wage', '20000']);
    expect(status).toBe(0);
    const findings = JSON.parse(stdout).findings as { rule: string; message: string }[];
    expect(findings.find((f) => f.rule === 'applicant.income-threshold')!.message).toContain('30,000元');
    // The figure counts as 2025's on 2026-11-27: no note of an older figure.
    expect(findings.map((f) => f.rule)).not.toContain('wage.figure-year');
    for (const bad of ['0', '-5', 'abc', '1e4']) {
      const refused = check(['test/cases/new-complete.json', '--wage', bad]);
      expect(refused.status, bad).toBe(2);
      expect(refused.stderr, bad).toContain('--wage');
    }
  });

  it('refuses a bad --as-of and a missing file without a stack trace', () => {
    const file = caseFile('ok.json', '{"schema":"gongju-case/1","type":"new"}');
    for (const args of [[file, '--as-of', '2026-02-30'], [file, '--lang', 'fr'], [join(dir, 'missing.json')], []]) {
      const { status, stderr } = check(args);
      expect(status).toBe(2);
      expect(stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
