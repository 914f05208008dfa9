import { describe, expect, it } from 'vitest';
import { applyPageData, parsePath, salvageCase } from '../../../utils/store/merge';
import { newCase } from './helpers';

describe('salvageCase', () => {
  it('adds the schema marker the reader leaves out', () => {
    expect(salvageCase({ type: 'new' })).toEqual({ ok: true, case: { schema: 'gongju-case/1', type: 'new' } });
  });

  it('leaves out each rejected value, and what holds a required value it had to remove', () => {
    const data = {
      type: 'new',
      applicant: {
        name: '张三',
        education: [{ level: 'phd' }, { level: 'master' }],
        workHistory: [{ from: '2020-01-01', to: 'soon' }],
      },
      attachments: [{ material: 'no-such-material' }],
    };
    const result = salvageCase(data, new Set(['id-card']));
    expect(result).toMatchObject({ ok: true, error: { path: expect.stringMatching(/^(applicant|attachments)/) } });
    if (!result.ok) return;
    expect(result.case.applicant).toEqual({ name: '张三', education: [{}, { level: 'master' }], workHistory: [{ from: '2020-01-01' }] });
    expect(result.case.attachments).toEqual([]);
    // The caller's data is left as it was: the store keeps it whole.
    expect(data.applicant.education[0]).toEqual({ level: 'phd' });
  });

  it('fails when the type or the schema marker is wrong, or the data is no object', () => {
    expect(salvageCase({ applicant: {} })).toMatchObject({ ok: false, error: { path: 'type' } });
    expect(salvageCase({ schema: 'gongju-case/9', type: 'new' })).toMatchObject({ ok: false, error: { path: 'schema' } });
    expect(salvageCase('text')).toMatchObject({ ok: false });
  });
});

describe('parsePath', () => {
  it('reads the paths of formatPath', () => {
    expect(parsePath('applicant.workHistory[1].from')).toEqual(['applicant', 'workHistory', 1, 'from']);
    expect(parsePath('employer.taxPaid.2025')).toEqual(['employer', 'taxPaid', '2025']);
    expect(parsePath('(root)')).toEqual([]);
  });
});

describe('applyPageData', () => {
  it('replaces the page\'s previous values, keeps the rest, and replaces arrays whole', () => {
    const base = newCase({ applicant: { name: '张三', hukouLocation: '河北', titles: [{ name: 'a' }, { name: 'b' }] }, district: 'haidian' });
    const previous = { schema: 'gongju-case/1', type: 'new', applicant: { hukouLocation: '河北', titles: [{ name: 'a' }, { name: 'b' }] } };
    const next = newCase({ applicant: { titles: [{ name: 'c' }] } });
    delete (next as { applicant?: { idNumber?: string } }).applicant!.idNumber;
    expect(applyPageData(base, previous, next)).toEqual({
      schema: 'gongju-case/1',
      type: 'new',
      district: 'haidian',
      applicant: { name: '张三', titles: [{ name: 'c' }] },
    });
  });

  it('removes an object the page emptied', () => {
    const base = newCase({ permit: { number: 'X1' } });
    const result = applyPageData(base, { schema: 'gongju-case/1', type: 'new', permit: { number: 'X1' } }, { schema: 'gongju-case/1', type: 'new' });
    expect(result).not.toHaveProperty('permit');
    expect(result).toHaveProperty('applicant');
  });
});
