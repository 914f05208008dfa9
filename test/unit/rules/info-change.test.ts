// @vitest-environment node
// Personal-information change rules (rules.md, Type rules; guide 七(五)). Each test changes one
// thing of the complete information change (permit valid until 2028-06-30).
import { describe, expect, it } from 'vitest';
import { caseWith, type CasePatch } from '../../support/cases';
import { findingOf, run } from '../../support/check';
import type { CheckOptions } from '../../../rules/engine';

const checkOf = (rule: string, options: CheckOptions, ...patches: CasePatch[]) =>
  findingOf(run(caseWith('info-change-complete', ...patches), options), rule);

describe('info-change.items', () => {
  it('passes with items', () => {
    expect(checkOf('info-change.items', {})).toBeUndefined();
  });

  it('fails with none', () => {
    const f = checkOf('info-change.items', {}, { infoChange: { items: [] } });
    expect(f).toMatchObject({ severity: 'error', fields: ['infoChange.items'] });
    expect(f!.message).toContain('变更事项');
  });

  it('is incomplete when not given', () => {
    expect(checkOf('info-change.items', {}, { infoChange: undefined })).toMatchObject({ incomplete: true, fields: ['infoChange.items'] });
  });
});

describe('info-change.permit-valid (permit valid until 2028-06-30)', () => {
  it('passes on the last day of validity', () => {
    expect(checkOf('info-change.permit-valid', { asOf: '2028-06-30' })).toBeUndefined();
  });

  it('fails the day after', () => {
    const f = checkOf('info-change.permit-valid', { asOf: '2028-07-01' });
    expect(f).toMatchObject({ severity: 'error', fields: ['permit.validUntil'] });
    expect(f!.message).toContain('2028年6月30日');
  });

  it('fails for a suspended permit, naming the status', () => {
    const f = checkOf('info-change.permit-valid', {}, { permit: { status: 'suspended' } });
    expect(f).toMatchObject({ severity: 'error', fields: ['permit.status'] });
    expect(f!.message).toContain('挂起');
  });

  it('fails on a known failing part even when the other is unknown', () => {
    expect(checkOf('info-change.permit-valid', { asOf: '2028-07-01' }, { permit: { status: undefined } })).toMatchObject({ severity: 'error' });
  });

  it('is incomplete when a part is unknown and none fails', () => {
    expect(checkOf('info-change.permit-valid', {}, { permit: { status: undefined } })).toMatchObject({
      incomplete: true,
      fields: ['permit.status'],
    });
    expect(checkOf('info-change.permit-valid', {}, { permit: { status: undefined, validUntil: undefined } })).toMatchObject({
      fields: ['permit.status', 'permit.validUntil'],
    });
  });
});
