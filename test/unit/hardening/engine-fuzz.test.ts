// @vitest-environment node
// Hardening run of the engine: 10,000 values through checkCase, none of which may make it throw.
// A bare random JSON value rarely gets past `schema`, so most runs start from a real example case
// and put a random value somewhere inside it: the schema and the rules behind it both get hit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCase } from '../../../rules/engine';
import { APPLICATION_TYPES } from '../../../rules/schema';
import { EXAMPLE_NAMES, loadExample } from '../../support/cases';

const EXAMPLES: unknown[] = EXAMPLE_NAMES.map(loadExample);

/** Every path to a value inside an example case, so a run can replace or delete any of them. */
function pathsOf(value: unknown, path: Array<string | number> = [], out: Array<Array<string | number>> = []) {
  out.push(path);
  if (Array.isArray(value)) value.forEach((child, i) => pathsOf(child, [...path, i], out));
  else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) pathsOf(child, [...path, key], out);
  return out;
}
const PATHS = EXAMPLES.map((example) => pathsOf(example));

/** Values that sit on the edges the engine works with: dates, money, ids, enum-like words. */
const edgy = fc.oneof(
  fc.constantFrom(
    '', ' ', '2026-02-29', '2024-02-29', '1900-01-01', '9999-12-31', '0000-00-00', '2026-13-01', '2026-1-1', '2026/01/01',
    '２０２６－０１－０１', '2026-01', '2026', 'NaN', 'Infinity', '-0', '1e400', 'null', 'undefined', '__proto__', 'constructor',
    '110105199003071239', '11010519491231002X', '11010519491231002x', '91110108MA01ABCD1X', '北京石景智联科技有限公司',
    'new', 'renewal', 'valid', 'other', 'male', 'x'.repeat(10_000),
  ),
  fc.constantFrom(0, -0, -1, 1, 0.5, 1e21, -1e21, Number.MAX_SAFE_INTEGER, Number.MIN_VALUE, 2026, 10_000, 1_000_000),
  fc.constantFrom(null, true, false, [], {}, [null], { '': '' }),
);
const anyJson = fc.oneof({ weight: 3, arbitrary: fc.jsonValue({ maxDepth: 4 }) }, { weight: 2, arbitrary: edgy });

/** Values of the same kind as the one replaced, so the case usually still passes the schema and reaches the rules. */
const isoDate = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const sameKind = fc.record({
  date: isoDate,
  month: isoDate.map((d) => d.slice(0, 7)),
  number: fc.oneof(fc.constantFrom(0, 1, 5, 12, 2026, 1e9), fc.double({ min: 0, max: 1e12, noNaN: true }), fc.integer({ min: 0, max: 100 })),
  text: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('', ' ', '北京石景智联科技有限公司', 'x'.repeat(5000))),
  bool: fc.boolean(),
  duplicate: fc.boolean(),
});

type SameKind = { date: string; month: string; number: number; text: string; bool: boolean; duplicate: boolean };
type Edit = { kind: 'set'; value: unknown } | { kind: 'same'; values: SameKind } | { kind: 'delete' } | { kind: 'add'; key: string; value: unknown };

function sameKindAs(current: unknown, values: SameKind): unknown {
  if (typeof current === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(current) ? values.date : /^\d{4}-\d{2}$/.test(current) ? values.month : values.text;
  if (typeof current === 'number') return values.number;
  if (typeof current === 'boolean') return values.bool;
  if (Array.isArray(current)) return values.duplicate ? [...current, ...current] : [];
  return current;
}

const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 4, arbitrary: sameKind.map((values) => ({ kind: 'same' as const, values })) },
  anyJson.map((value) => ({ kind: 'set' as const, value })),
  fc.constant({ kind: 'delete' as const }),
  fc.tuple(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'toString', 'length', '0')), anyJson).map(([key, value]) => ({ kind: 'add' as const, key, value })),
);

/** Applies edits at random paths of an example case (a fresh copy each time). */
function mutate(exampleIndex: number, edits: Array<[number, Edit]>): unknown {
  let root: unknown = structuredClone(EXAMPLES[exampleIndex]);
  const paths = PATHS[exampleIndex]!;
  for (const [pick, change] of edits) {
    const path = paths[pick % paths.length]!;
    if (path.length === 0) {
      if (change.kind === 'set') root = change.value;
      continue;
    }
    let parent: unknown = root;
    for (const key of path.slice(0, -1)) parent = parent && typeof parent === 'object' ? (parent as Record<string | number, unknown>)[key] : undefined;
    if (!parent || typeof parent !== 'object') continue;
    const target = parent as Record<string | number, unknown>;
    const last = path.at(-1)!;
    if (change.kind === 'set') target[last] = change.value;
    else if (change.kind === 'same') target[last] = sameKindAs(target[last], change.values);
    else if (change.kind === 'delete') {
      if (Array.isArray(target)) target.splice(Number(last), 1);
      else delete target[last];
    } else if (!Array.isArray(target)) {
      // defineProperty: `__proto__` becomes an own key as JSON.parse would make it, not a prototype change.
      Object.defineProperty(target, change.key, { value: change.value, enumerable: true, writable: true, configurable: true });
    }
  }
  return root;
}

const mutatedExample = fc
  .tuple(fc.nat(EXAMPLES.length - 1), fc.array(fc.tuple(fc.nat(), edit), { minLength: 1, maxLength: 4 }))
  .map(([index, edits]) => mutate(index, edits));

/** A case head with random parts: passes `schema` and `type`, then meets anything. */
const randomParts = fc
  .record(
    {
      type: fc.oneof(fc.constantFrom(...APPLICATION_TYPES), anyJson),
      asOf: anyJson,
      applicant: anyJson,
      employer: anyJson,
      permit: anyJson,
      attachments: anyJson,
      employerChange: anyJson,
      infoChange: anyJson,
      acceptedOn: anyJson,
    },
    { requiredKeys: ['type'] },
  )
  .map((parts) => ({ schema: 'gongju-case/1', ...parts }));

const anyInput = fc.oneof(
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 3, arbitrary: randomParts },
  { weight: 5, arbitrary: mutatedExample },
);

const RUNS = 10_000;

describe('engine hardening', () => {
  it(`${RUNS} random values: checkCase never throws and always answers in one of its two shapes`, () => {
    let checked = 0;
    fc.assert(
      fc.property(anyInput, fc.constantFrom<'zh' | 'en'>('zh', 'en'), (input, lang) => {
        const result = checkCase(input, { today: '2026-11-27', lang });
        if (result.ok) {
          checked++;
          expect(Array.isArray(result.output.findings)).toBe(true);
          for (const finding of result.output.findings) expect(typeof finding.message).toBe('string');
        } else {
          expect(typeof result.error.path).toBe('string');
          expect(typeof result.error.expected).toBe('string');
        }
      }),
      { numRuns: RUNS },
    );
    // The run must reach the rules, not only the schema's front door.
    expect(checked).toBeGreaterThan(RUNS / 10);
  }, 60_000);
});
