import { describe, expect, it } from 'vitest';
import { applyPageData } from '../../../utils/store/merge';
import { newCase } from './helpers';

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
