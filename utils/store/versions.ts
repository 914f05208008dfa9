// The last versions of each case's content, so that any change (an autosave, a merge, an edit, an
// import) can be undone: kept on the record, newest last. Consecutive autosaves from one document
// are one version (the page as last saved), so typing does not push out older versions.
import type { Case } from '../../rules/schema';

export const MAX_VERSIONS = 20;
export const VERSION_SOURCES = ['page', 'editor', 'import'] as const;
export type VersionSource = (typeof VERSION_SOURCES)[number];

export interface CaseVersion {
  at: string;
  source: VersionSource;
  case: Case;
  /** For page versions: the document that saved it (consecutive saves of one document are one version). */
  doc?: string;
}

/** Records `c` as the case's newest version; returns the versions to keep. */
export function withVersion(versions: readonly CaseVersion[] | undefined, version: CaseVersion): CaseVersion[] {
  const list = [...(versions ?? [])];
  const last = list.at(-1);
  if (last && version.source === 'page' && last.source === 'page' && version.doc !== undefined && last.doc === version.doc) list.pop();
  list.push(structuredClone(version));
  return list.slice(-MAX_VERSIONS);
}

/** Whether two cases hold the same content (key order aside). */
export function sameContent(a: Case, b: Case): boolean {
  return JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
}

function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.keys(value).sort().map((key) => [key, sorted((value as Record<string, unknown>)[key])]));
}
