// The security review's info findings that are guarded in code: I4 (id length), I5 (a malformed
// dashboard route), I8 (unknown keys inside draftRaw and history are refused, not dropped).
import { describe, expect, it } from 'vitest';
import { parseRoute } from '../../../entrypoints/dashboard/route';
import { MAX_ID_LENGTH, validateCaseRecord } from '../../../utils/store/records';
import { newCase } from '../store/helpers';

const AT = '2026-11-27T04:00:00.000Z';
const record = (extra: object) => ({ id: 'case-1', case: newCase(), status: 'draft', ...extra });

describe('validateCaseRecord', () => {
  it('refuses an id longer than requests may name (I4)', () => {
    expect(validateCaseRecord(record({ id: 'x'.repeat(MAX_ID_LENGTH) }), AT)).toMatchObject({ ok: true });
    expect(validateCaseRecord(record({ id: 'x'.repeat(MAX_ID_LENGTH + 1) }), AT)).toMatchObject({ ok: false, error: { path: 'id' } });
  });

  it('refuses unknown keys inside history points and draftRaw, naming them (I8)', () => {
    const point = { at: AT, errors: 1, warnings: 0 };
    expect(validateCaseRecord(record({ history: [point] }), AT)).toMatchObject({ ok: true });
    expect(validateCaseRecord(record({ history: [{ ...point, name: '张三' }] }), AT)).toEqual({
      ok: false,
      error: { path: 'history[0].name', expected: 'no such key (at, errors, warnings)' },
    });
    const draftRaw = { data: { anything: 1 }, error: { path: 'applicant.birthDate', expected: 'a date' }, at: AT };
    expect(validateCaseRecord(record({ draftRaw }), AT)).toMatchObject({ ok: true });
    expect(validateCaseRecord(record({ draftRaw: { ...draftRaw, extra: 1 } }), AT)).toMatchObject({ ok: false, error: { path: 'draftRaw.extra' } });
    expect(validateCaseRecord(record({ draftRaw: { ...draftRaw, error: { ...draftRaw.error, hint: 'x' } } }), AT)).toMatchObject({ ok: false, error: { path: 'draftRaw.error' } });
  });
});

describe('parseRoute', () => {
  it('keeps a malformed % sequence as typed instead of throwing (I5)', () => {
    expect(parseRoute('#/case/%E0%A4%A')).toEqual({ view: 'case', id: '%E0%A4%A' });
    expect(parseRoute('#/case/a%2Fb')).toEqual({ view: 'case', id: 'a/b' });
  });
});
