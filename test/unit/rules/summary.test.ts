import { describe, expect, it } from 'vitest';
import { countsOf, groupByKind, kindOf } from '../../../rules/summary';
import type { Finding } from '../../../rules/types';

const finding = (rule: string, severity: Finding['severity'], extra: Partial<Finding> = {}): Finding => ({ rule, severity, fields: [], message: '', ...extra });

describe('countsOf', () => {
  it('counts each finding once: a missing material as a material, a rule waiting for input as to fill, else by severity', () => {
    const findings = [
      finding('a', 'error'),
      finding('b', 'warning'),
      // Waiting for two fields: one thing still to fill, whatever its severity.
      finding('c', 'error', { fields: ['x', 'y'], incomplete: true }),
      finding('d', 'warning', { fields: ['z'], incomplete: true }),
      // Refused as an error, but counted (and listed) as the material it is.
      finding('material.missing', 'error', { material: 'id-card', fields: ['attachments'] }),
      finding('e', 'info'),
    ];
    expect(countsOf(findings)).toEqual({ errors: 1, warnings: 1, missingMaterials: 1, toFill: 2 });
    expect(findings.map(kindOf)).toEqual(['error', 'warning', 'incomplete', 'incomplete', 'material', 'info']);
    const groups = groupByKind(findings);
    expect(Object.values(groups).flat()).toHaveLength(findings.length);
    expect(groups.material.map((f) => f.material)).toEqual(['id-card']);
  });
});
