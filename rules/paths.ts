// Case paths, as findings, schema errors and the reader name a value: `applicant.workHistory[1].from`,
// `employer.taxPaid.2025`. One reading of them for every part that walks a case by path.
import { isPlainObject } from './json';

/** An object key, or an array index. */
export type PathSegment = string | number;

type Container = Record<string | number, unknown>;

// The same few hundred paths come back at every read of a page: each is split once.
const parsed = new Map<string, readonly PathSegment[]>();
const PARSED_LIMIT = 5000;

/** `a.b[1].c` → ['a', 'b', 1, 'c']; `(root)` (the whole case) → []. */
export function parsePath(path: string): readonly PathSegment[] {
  let segments = parsed.get(path);
  if (segments) return segments;
  const out: PathSegment[] = [];
  if (path !== '(root)') {
    for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(match[2] !== undefined ? Number(match[2]) : match[1]!);
  }
  if (parsed.size >= PARSED_LIMIT) parsed.clear();
  parsed.set(path, (segments = out));
  return segments;
}

/** ['a', 'b', 1, 'c'] → `a.b[1].c`; [] → `(root)`. */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const key of segments) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

const segmentsOf = (path: string | readonly PathSegment[]) => (typeof path === 'string' ? parsePath(path) : path);

/** The value at `path`, or undefined when the path leads through anything that is not there (an index into an array only, a key into an object only). */
export function getAt(root: unknown, path: string | readonly PathSegment[]): unknown {
  let node = root;
  for (const segment of segmentsOf(path)) {
    if (typeof segment === 'number' ? !Array.isArray(node) : !isPlainObject(node)) return undefined;
    if (!Object.hasOwn(node as object, segment)) return undefined;
    node = (node as Container)[segment];
  }
  return node;
}

/** Puts `value` at `path` in place, creating the objects and arrays on the way (a number makes an array). */
export function setAt(root: Record<string, unknown>, path: string | readonly PathSegment[], value: unknown): void {
  const segments = segmentsOf(path);
  if (segments.length === 0) return;
  let node: Container = root;
  for (let i = 0; i < segments.length - 1; i++) {
    const segment = segments[i]!;
    let child = node[segment];
    if (child === null || typeof child !== 'object') node[segment] = child = typeof segments[i + 1] === 'number' ? [] : {};
    node = child as Container;
  }
  node[segments[segments.length - 1]!] = value;
}

/**
 * A copy of `root` with `value` at `path`, creating the objects and arrays on the way; undefined
 * removes an object's key. Only the nodes on the path are copied.
 */
export function withValueAt<T extends Record<string, unknown>>(root: T, path: string | readonly PathSegment[], value: unknown): T {
  const segments = segmentsOf(path);
  const write = (node: unknown, depth: number): unknown => {
    const segment = segments[depth]!;
    const container: Container = Array.isArray(node)
      ? ([...node] as unknown as Container)
      : isPlainObject(node)
        ? { ...node }
        : ((typeof segment === 'number' ? [] : {}) as Container);
    if (depth < segments.length - 1) container[segment] = write(container[segment], depth + 1);
    else if (value === undefined && !Array.isArray(container)) delete container[segment];
    else container[segment] = value;
    return container;
  };
  return segments.length === 0 ? root : (write(root, 0) as T);
}

/** Removes the value at `path` in place (an array entry is spliced out); false when nothing was there. */
export function removeAt(root: unknown, path: string | readonly PathSegment[]): boolean {
  const segments = segmentsOf(path);
  if (segments.length === 0) return false;
  const parent = getAt(root, segments.slice(0, -1));
  const last = segments[segments.length - 1]!;
  if (typeof last === 'number') {
    if (!Array.isArray(parent) || last >= parent.length) return false;
    parent.splice(last, 1);
    return true;
  }
  if (!isPlainObject(parent) || !Object.hasOwn(parent, last)) return false;
  delete parent[last];
  return true;
}
