// @vitest-environment node
// Salvage (rules/salvage.ts): the usable part of data the schema rejects in places, as the store's
// autosave, the editor's live check and the portal page's check take it.
import { describe, expect, it } from 'vitest';
import { salvageCase } from '../../../rules/salvage';

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
