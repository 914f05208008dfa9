// @vitest-environment node
// Case paths (rules/paths.ts): the one reading of `applicant.workHistory[1].from` for every part
// that walks a case by path.
import { describe, expect, it } from 'vitest';
import { formatPath, getAt, parsePath, removeAt, setAt, withValueAt } from '../../../rules/paths';

describe('parsePath and formatPath', () => {
  it('read keys, indexes and year keys, and write them back', () => {
    for (const [path, segments] of [
      ['applicant.workHistory[1].from', ['applicant', 'workHistory', 1, 'from']],
      ['employer.taxPaid.2025', ['employer', 'taxPaid', '2025']],
      ['attachments[0]', ['attachments', 0]],
      ['(root)', []],
    ] as const) {
      expect(parsePath(path)).toEqual(segments);
      expect(formatPath(segments)).toBe(path);
    }
  });
});

describe('getAt', () => {
  const root = { a: { list: [{ x: 1 }, null], year: { 2025: 7 } } };

  it('follows keys into objects and indexes into arrays', () => {
    expect(getAt(root, 'a.list[0].x')).toBe(1);
    expect(getAt(root, 'a.year.2025')).toBe(7);
    expect(getAt(root, [])).toBe(root);
  });

  it('is undefined through anything that is not there, or not of the right kind', () => {
    expect(getAt(root, 'a.list[1].x')).toBeUndefined();
    expect(getAt(root, 'a.list[5]')).toBeUndefined();
    expect(getAt(root, 'a.list.length')).toBeUndefined();
    expect(getAt(root, 'a.toString')).toBeUndefined();
    expect(getAt(root, 'a[0]')).toBeUndefined();
  });
});

describe('setAt', () => {
  it('puts a value in place, creating objects, and arrays for indexes', () => {
    const root: Record<string, unknown> = { a: { keep: true } };
    setAt(root, 'a.list[1].x', 'v');
    setAt(root, 'b.c', 2);
    expect(root).toEqual({ a: { keep: true, list: [undefined, { x: 'v' }] }, b: { c: 2 } });
  });
});

describe('withValueAt', () => {
  it('copies only the nodes on the path and leaves the original alone', () => {
    const root = { a: { b: 1, list: [{ x: 1 }] }, other: { deep: true } };
    const next = withValueAt(root, 'a.list[0].x', 2);
    expect(next).toEqual({ a: { b: 1, list: [{ x: 2 }] }, other: { deep: true } });
    expect(root.a.list[0]!.x).toBe(1);
    expect(next.other).toBe(root.other);
  });

  it('removes an object key for undefined and creates what is missing', () => {
    expect(withValueAt({ a: { b: 1, c: 2 } }, 'a.b', undefined)).toEqual({ a: { c: 2 } });
    expect(withValueAt({}, 'a.list[0].x', 'v')).toEqual({ a: { list: [{ x: 'v' }] } });
  });
});

describe('removeAt', () => {
  it('deletes a key and splices an array entry out', () => {
    const root = { a: { b: 1, list: ['x', 'y', 'z'] } };
    expect(removeAt(root, 'a.list[1]')).toBe(true);
    expect(removeAt(root, 'a.b')).toBe(true);
    expect(root).toEqual({ a: { list: ['x', 'z'] } });
  });

  it('is false when nothing is there', () => {
    const root = { a: { list: ['x'] } };
    for (const path of ['a.b', 'a.list[3]', 'a.list.0', 'a.toString', 'z.y', '(root)']) expect(removeAt(root, path), path).toBe(false);
    expect(root).toEqual({ a: { list: ['x'] } });
  });
});
