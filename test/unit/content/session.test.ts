// The session reads a page and checks it; a value the schema refuses is dropped, never a crash.
import { describe, expect, it } from 'vitest';
import { checkRead, Session } from '../../../entrypoints/portal.content/session';
import type { ReadResult } from '../../../entrypoints/portal.content/reader';

const read = (caseData: Record<string, unknown>): ReadResult => ({ type: 'new', caseData, fields: [], problems: [], unrecognised: [] });

describe('checkRead', () => {
  it('drops the path the schema refuses and checks the rest', () => {
    const output = checkRead(
      read({ applicant: { gender: 'male', birthDate: '1950-02-30', idNumber: '110105199003071239' } }),
      'new',
      'zh',
      '2026-11-27',
    );
    expect(output).not.toBeNull();
    expect(output!.findings.some((f) => f.rule === 'applicant.id-number')).toBe(false);
    expect(output!.findings.find((f) => f.rule === 'applicant.id-birthdate')?.incomplete).toBe(true);
  });

  it('drops what holds a required value the reader did not find, and still checks the page', () => {
    // An upload row read without its material: the schema requires one, so the row goes, not the check.
    const output = checkRead(read({ attachments: [{ fileName: '身份证.pdf' }], employer: { registeredCapital: 10 } }), 'new', 'zh', '2026-11-27');
    expect(output).not.toBeNull();
    expect(output!.findings.find((f) => f.rule === 'employer.registered-capital')?.severity).toBe('error');
    expect(output!.materials.every((m) => !m.present)).toBe(true);
  });

  it('names the page\'s own values in messages', () => {
    // The reader gives amounts in 元; the page asked for 50 万元, and the message says so.
    const output = checkRead(read({ employer: { registeredCapital: 500_000 } }), 'employer-registration', 'zh', '2026-11-27');
    const capital = output!.findings.find((f) => f.rule === 'employer.registered-capital');
    expect(capital?.severity).toBe('error');
    expect(capital?.message).toContain('50万元');
  });
});

describe('Session', () => {
  it('reads the document, checks it, and tells its listeners', () => {
    document.body.innerHTML = `<main><h2 class="page-title">工作居住证新办</h2>
      <div class="el-form-item"><label class="el-form-item__label">注册资本</label>
      <div class="el-form-item__content"><div class="el-input el-input-group"><input class="el-input__inner" value="50"><div class="el-input-group__append">万元</div></div></div></div></main>`;
    const session = new Session({
      lang: 'en',
      doc: document,
      today: () => '2026-11-27',
      mappings: {},
      chosenType: 'employer-registration',
      location: () => ({ hash: '#/unit', pathname: '/unit-platform/', host: 'fw.bjrcgz.gov.cn' }),
    });
    const seen: number[] = [];
    session.subscribe((s) => seen.push(s.counts.errors));
    const snapshot = session.runNow();
    expect(snapshot.type).toBe('employer-registration');
    expect(snapshot.markers.find((m) => m.field === 'employer.registeredCapital')?.rules).toContain('employer.registered-capital');
    expect(seen).toEqual([snapshot.counts.errors]);
  });

  it('reports a failure instead of throwing when the page breaks the reader', () => {
    const broken = { querySelectorAll: () => { throw new Error('hostile'); } } as unknown as Document;
    const session = new Session({ lang: 'zh', doc: broken, today: () => '2026-11-27', mappings: {}, chosenType: null, location: () => ({ hash: '', pathname: '/', host: 'x' }) });
    const snapshot = session.runNow();
    expect(snapshot.markers).toEqual([]);
  });
});

describe('checkRead with the options\' wage figure', () => {
  it('judges the income on the page by the figure set in the options, as the other views do', () => {
    const months = ['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10'];
    const page = read({ applicant: { monthlyIncome: months.map((month) => ({ month, amount: 25000 })) } });
    const threshold = (output: ReturnType<typeof checkRead>) => output!.findings.find((f) => f.rule === 'applicant.income-threshold');
    // Built-in 2024 figure 11937: 1.5 × = 17905.5, passed.
    expect(threshold(checkRead(page, 'new', 'zh', '2026-11-27'))).toBeUndefined();
    // The options' 20000: 1.5 × = 30000, not reached.
    expect(threshold(checkRead(page, 'new', 'zh', '2026-11-27', { wageOverride: { monthly: 20000, dataYear: 2025 } }))).toMatchObject({ severity: 'error' });
  });
});
