// Findings onto page elements: one marker per element, worst severity wins, unplaced findings dropped.
import { describe, expect, it } from 'vitest';
import { buildMarkers, LocationIndex } from '../../../entrypoints/portal.content/markers';
import type { Finding } from '../../../rules/types';

function el(id: string): Element {
  const e = document.createElement('input');
  e.id = id;
  return e;
}

const birth = el('birth');
const row0From = el('row0from');
const row1From = el('row1from');
const idCardRow = el('idcard');
const index = new LocationIndex([
  { path: 'applicant.birthDate', element: birth },
  { path: 'applicant.workHistory[0].from', element: row0From },
  { path: 'applicant.workHistory[1].from', element: row1From },
  { path: 'attachments', element: idCardRow, material: 'id-card' },
]);

const finding = (rule: string, severity: Finding['severity'], fields: string[], extra: Partial<Finding> = {}): Finding => ({
  rule,
  severity,
  fields,
  message: rule,
  ...extra,
});

describe('LocationIndex', () => {
  it('finds exact paths, then the first element below a path', () => {
    expect(index.locate('applicant.birthDate')?.element).toBe(birth);
    expect(index.locate('applicant.workHistory')?.element).toBe(row0From);
    expect(index.locate('applicant.workHistory[1]')?.element).toBe(row1From);
    expect(index.locate('applicant.work')).toBeUndefined();
    expect(index.locateMaterial('id-card')?.element).toBe(idCardRow);
  });
});

describe('buildMarkers', () => {
  it('puts every rule on the element it points at, with the worst severity', () => {
    const markers = buildMarkers(
      [
        finding('applicant.age-limit', 'warning', ['applicant.birthDate']),
        finding('applicant.id-birthdate', 'error', ['applicant.birthDate', 'applicant.idNumber']),
        finding('material.missing', 'error', ['attachments'], { material: 'id-card' }),
        finding('material.missing', 'error', ['attachments'], { material: 'diploma' }),
        finding('employer.tax-paid', 'info', ['employer.taxPaid.2025'], { incomplete: true }),
      ],
      index,
    );
    expect(markers.map((m) => [m.field, m.rules.join(' '), m.severity, m.material])).toEqual([
      ['applicant.birthDate', 'applicant.age-limit applicant.id-birthdate', 'error', undefined],
      ['attachments', 'material.missing', 'error', 'id-card'],
    ]);
  });
});
