import { describe, expect, it } from 'vitest';
import { FIELDS, RANGES, mappablePaths, type FieldSpec } from '../../../entrypoints/portal.content/reader/synonyms';
import { classifyMapped } from '../../../entrypoints/portal.content/reader/classify';
import { setAt } from '../../../rules/paths';
import { CASE_SCHEMA_ID, parseCase } from '../../../rules/schema';

/** Every value a field of this kind can produce (the normalisers give nothing else). */
function samples(spec: FieldSpec): unknown[] {
  const value = spec.value;
  switch (value.kind) {
    case 'text':
    case 'id-number':
    case 'code':
      return ['X'];
    case 'date':
      return value.open || value.rangeTake ? ['2026-01-05', ...(value.open ? [null] : [])] : ['2026-01-05'];
    case 'month':
      return ['2026-01'];
    case 'money':
      return [0, 125000.5];
    case 'count':
      return [value.min ?? 0, 7];
    case 'percent':
      return [0, 5.5, 100];
    case 'boolean':
      return [true, false];
    case 'enum':
      return [...value.values.map((entry) => entry.value), ...(value.fallback ? [value.fallback] : [])];
    case 'enum-list':
      return [value.values.map((entry) => entry.value)];
    case 'district':
      return ['shijingshan', 'yizhuang'];
    case 'year':
      return [];
  }
}

/** A case with only `value`, at the concrete path of a dictionary template (first row, year 2025). */
function caseWith(path: string, value: unknown): Record<string, unknown> {
  const root: Record<string, unknown> = { schema: CASE_SCHEMA_ID, type: 'new' };
  setAt(root, path.replace('{year}', '2025').replace('[]', '[0]'), value);
  return root;
}

describe('the dictionary against the case contract', () => {
  it('places every value a field can produce where the case schema accepts it', () => {
    const rejected: string[] = [];
    for (const spec of FIELDS) {
      for (const sample of samples(spec)) {
        const parsed = parseCase(caseWith(spec.path, sample));
        if (!parsed.ok) rejected.push(`${spec.path} = ${JSON.stringify(sample)}: ${parsed.error.expected}`);
      }
    }
    expect(rejected).toEqual([]);
  });

  it('names real fields in its periods', () => {
    for (const range of RANGES) {
      for (const path of [range.start, range.end]) if (path) expect(mappablePaths()).toContain(path);
    }
  });

  it('offers every path for a hand mapping, and a mapping can name an entry or a year', () => {
    for (const path of mappablePaths()) {
      const concrete = path.replace('[]', '[1]').replace('{year}', '2024');
      const classification = classifyMapped(concrete, { element: document.body, inputs: [], kind: 'text', labels: [], sections: [] });
      expect(classification.kind, path).toBe('field');
      if (classification.kind !== 'field') continue;
      expect(classification.template).toBe(path);
      if (path.includes('[]')) expect(classification.index).toBe(1);
      if (path.includes('{year}')) expect(classification.year).toBe('2024');
    }
    // The rules' field list names year maps without a year; such a mapping takes the year from the page.
    expect(classifyMapped('employer.taxPaid', { element: document.body, inputs: [], kind: 'text', labels: [{ source: 'left-cell', text: '2024年' }], sections: [] })).toMatchObject({ template: 'employer.taxPaid.{year}', year: '2024' });
    expect(classifyMapped('applicant.unknownThing', { element: document.body, inputs: [], kind: 'text', labels: [], sections: [] }).kind).toBe('unknown');
  });
});
