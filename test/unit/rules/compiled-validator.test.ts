// @vitest-environment node
// The compiled validator and zod agree on which values are cases; parseCase answers as zod did.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { compileValidator } from '../../../rules/compiled-validator';
import { caseSchema, parseCase } from '../../../rules/schema';
import { setAt } from '../../../rules/paths';
import { loadExample } from '../../support/cases';

const isValidCase = compileValidator(caseSchema);

// Candidates for the leaves with checks (dates, months, amounts, counts, ranks, percentages, year
// keys): each leaf takes those its schema accepts, and now and then one it rejects.
const STRINGS = ['2026-11-27', '2024-02-29', '2026-02-29', '2026-13-01', '2026-00-10', '1800-01-01', '1799-12-31', '2199-12-31', '2026/01/05', '2026-11', '2026-13', '2024', '1900', '2199', '1899', '2200', '20245', 'last', '', 'x'];
const NUMBERS = [0, -0, 1, 2, 5, 99.5, 100, 100.5, 1e7, -1, 0.5, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, NaN, Infinity, -Infinity];
const UNKNOWN_KEYS = ['extra', '__proto__', 'toString'];
const WRONG = fc.oneof(fc.constantFrom(null, undefined, true, 0, -1, '', 'x', [], {}), fc.jsonValue({ maxDepth: 2 }));

/** Mostly what the schema describes, now and then something else. */
function mostly(described: fc.Arbitrary<unknown>, other: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 30, arbitrary: described }, { weight: 1, arbitrary: other });
}

/** The candidates a leaf schema accepts, mostly, and those it rejects. */
function leaf(schema: z.core.$ZodType, candidates: readonly unknown[]): fc.Arbitrary<unknown> {
  const accepted = candidates.filter((value) => z.safeParse(schema, value).success);
  const rejected = candidates.filter((value) => !z.safeParse(schema, value).success);
  return mostly(fc.constantFrom(...accepted), fc.oneof(fc.constantFrom(...rejected), WRONG));
}

/**
 * Values shaped by the schema's own definition, with something else at any node now and then:
 * a wrong type, null, a value outside a check, an unknown key, a key present as undefined.
 */
function nearly(schema: z.core.$ZodType): fc.Arbitrary<unknown> {
  const def = (schema as z.core.$ZodTypes)._zod.def;
  switch (def.type) {
    case 'string':
      if (def.checks?.length) return leaf(schema, STRINGS);
      return mostly(fc.oneof(fc.string(), fc.constantFrom('某公司', ' 北京（石景）有限公司 ')), WRONG);
    case 'number':
      return fc.oneof({ weight: 3, arbitrary: leaf(schema, NUMBERS) }, fc.double(), fc.nat());
    case 'boolean':
      return mostly(fc.boolean(), WRONG);
    case 'literal':
    case 'enum':
      return mostly(fc.constantFrom(...schema._zod.values!), fc.oneof(fc.constantFrom('other', 'New'), WRONG));
    case 'optional':
      return fc.oneof({ weight: 5, arbitrary: nearly(def.innerType) }, fc.constant(undefined));
    case 'nullable':
      return fc.oneof({ weight: 5, arbitrary: nearly(def.innerType) }, fc.constant(null));
    case 'array':
      return mostly(fc.array(nearly(def.element), { maxLength: 3 }), WRONG);
    case 'record':
      return mostly(fc.dictionary(leaf(def.keyType, [...STRINGS, '__proto__', 'constructor']) as fc.Arbitrary<string>, nearly(def.valueType), { maxKeys: 3 }), WRONG);
    case 'object': {
      const fields = Object.fromEntries(Object.entries(def.shape).map(([key, field]) => [key, nearly(field)]));
      const required = Object.keys(def.shape).filter((key) => def.shape[key]!._zod.optin === undefined);
      const object = fc
        .tuple(fc.record(fields, { requiredKeys: required }), mostly(fc.constant(null), fc.constantFrom(...UNKNOWN_KEYS)))
        .map(([value, extra]) => (extra === null ? value : { ...value, [extra as string]: 1 }));
      return mostly(object, WRONG);
    }
    default:
      throw new Error(`no generator for ${def.type}`);
  }
}

/** JSON.parse(JSON.stringify(v)) keeps a key named __proto__ as an own key, as data from outside has it. */
const asJson = (value: unknown) => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));

/**
 * The validator says true exactly when zod accepts the value and returns its very data (zod copies;
 * structuredClone leaves aside prototypes, which fast-check sometimes leaves out).
 */
function agrees(value: unknown) {
  const zod = caseSchema.safeParse(value);
  const same = zod.success && isDeepStrictEqual(structuredClone(value), structuredClone(zod.data));
  expect(isValidCase(value), zod.success ? 'zod accepts' : JSON.stringify(zod.error.issues[0])).toBe(same);
}

describe('compiled validator', { timeout: 60_000 }, () => {
  it('agrees with zod on values shaped by the schema', () => {
    const arbitrary = nearly(caseSchema);
    fc.assert(fc.property(arbitrary, agrees), { numRuns: 3000 });
    fc.assert(fc.property(arbitrary, (value) => agrees(asJson(value))), { numRuns: 1000 });
  });

  it('accepts some and rejects some of those values, so the agreement says something', () => {
    const samples = fc.sample(nearly(caseSchema), { numRuns: 2000, seed: 1 });
    const valid = samples.filter((value) => caseSchema.safeParse(value).success).length;
    expect(valid).toBeGreaterThan(100);
    expect(valid).toBeLessThan(1900);
  });

  it('agrees with zod on any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), agrees), { numRuns: 2000 });
  });

  it('agrees with zod on the example cases with one value replaced anywhere', () => {
    const base = loadExample('new-complete');
    const replacements: unknown[] = [null, undefined, '', 'x', -1, 0.5, NaN, [], {}, true, '2026-02-30'];
    const visit = (value: unknown, path: (string | number)[]) => {
      if (!value || typeof value !== 'object') return;
      for (const key of Object.keys(value)) {
        const at = [...path, Array.isArray(value) ? Number(key) : key];
        for (const replacement of replacements) {
          const copy = structuredClone(base);
          setAt(copy, at, replacement);
          agrees(copy);
        }
        visit((value as Record<string, unknown>)[key], at);
      }
    };
    agrees(base);
    visit(base, []);
  });

  it('leaves objects that are not plain data to zod, and never accepts what zod rejects', () => {
    const smallest = { schema: 'gongju-case/1', type: 'new' };
    const inherited = Object.assign(Object.create({ asOf: 'not a date' }), smallest);
    const nullPrototype = Object.assign(Object.create(null), smallest);
    const dated = { ...smallest, employer: new Date(0) };
    expect(caseSchema.safeParse(inherited).success).toBe(false);
    expect(isValidCase(inherited)).toBe(false);
    expect(isValidCase(nullPrototype)).toBe(caseSchema.safeParse(nullPrototype).success);
    // zod takes a Date as an object without keys; it is left to zod.
    expect(caseSchema.safeParse(dated).success).toBe(true);
    expect(isValidCase(dated)).toBe(false);
    expect(parseCase(dated).ok).toBe(true);
  });

  it('refuses a schema it cannot judge exactly when compiled', () => {
    expect(() => compileValidator(z.union([z.string(), z.number()]))).toThrow(/union/);
    expect(() => compileValidator(z.object({ a: z.string() }))).toThrow(/strict/);
    expect(() => compileValidator(z.array(z.string()).check(z.minLength(1)))).toThrow(/checks/);
    expect(() => compileValidator(z.string().check(z.minLength(1)))).toThrow(/min_length/);
  });
});

describe('parseCase', () => {
  it('returns the data zod returns', () => {
    fc.assert(
      fc.property(nearly(caseSchema), (value) => {
        const zod = caseSchema.safeParse(value);
        const parsed = parseCase(value);
        expect(parsed.ok).toBe(zod.success);
        // The case is the input itself; structuredClone leaves aside prototypes (fast-check makes some objects without one).
        if (parsed.ok && zod.success) expect(structuredClone(parsed.case)).toStrictEqual(structuredClone(zod.data));
      }),
      { numRuns: 1000 },
    );
  });

  it('drops a year key __proto__ as zod does', () => {
    const input = JSON.parse('{"schema":"gongju-case/1","type":"new","employer":{"taxPaid":{"__proto__":1,"2024":5}}}');
    const parsed = parseCase(input);
    expect(parsed.ok && Object.keys(parsed.case.employer!.taxPaid!)).toEqual(['2024']);
  });
});
