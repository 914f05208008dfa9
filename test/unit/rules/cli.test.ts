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

  it('refuses a bad --as-of and a missing file without a stack trace', () => {
    const file = caseFile('ok.json', '{"schema":"gongju-case/1","type":"new"}');
    for (const args of [[file, '--as-of', '2026-02-30'], [file, '--lang', 'fr'], [join(dir, 'missing.json')], []]) {
      const { status, stderr } = check(args);
      expect(status).toBe(2);
      expect(stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
