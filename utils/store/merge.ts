// How an autosave becomes a case: each portal page's contribution replaces that page's previous
// one only, so a value cleared on a page goes away while what other pages or the user's own edits
// gave stays. (The parts the schema rejects are left out by rules/salvage.ts, and kept raw by the store.)
import { getAt, removeAt, type PathSegment } from '../../rules/paths';
import type { Case } from '../../rules/schema';
import { isPlainObject } from '../../rules/json';

type Json = unknown;

function leafPaths(value: Json, prefix: PathSegment[], out: PathSegment[][]): PathSegment[][] {
  if (isPlainObject(value)) {
    for (const [key, child] of Object.entries(value)) leafPaths(child, [...prefix, key], out);
  } else if (prefix.length > 0) {
    out.push(prefix);
  }
  return out;
}

function pruneEmptyParents(root: Record<string, Json>, path: readonly PathSegment[]): void {
  for (let depth = path.length - 1; depth > 0; depth--) {
    const parentPath = path.slice(0, depth);
    const node = getAt(root, parentPath);
    if (!isPlainObject(node) || Object.keys(node).length > 0) return;
    removeAt(root, parentPath);
  }
}

function mergeInto(target: Record<string, Json>, source: Record<string, Json>): void {
  for (const [key, value] of Object.entries(source)) {
    const current = target[key];
    if (isPlainObject(current) && isPlainObject(value)) mergeInto(current, value);
    else target[key] = structuredClone(value);
  }
}

/**
 * The case after a page's new contribution: `base` minus the values only the page's previous
 * contribution held, then the new contribution merged over it (objects key by key, arrays whole).
 */
export function applyPageData(base: Case | undefined, previous: Json, next: Case): Json {
  const result: Record<string, Json> = base ? structuredClone(base) : {};
  const keep = new Set(leafPaths(next, [], []).map((p) => JSON.stringify(p)));
  for (const path of leafPaths(previous, [], [])) {
    if (keep.has(JSON.stringify(path))) continue;
    if (removeAt(result, path)) pruneEmptyParents(result, path);
  }
  mergeInto(result, next as Record<string, Json>);
  return result;
}
