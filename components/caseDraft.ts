// A case as the user is editing it: a plain JSON object that may hold values the schema rejects
// (a half-typed date, a number with a letter in it). They stay in the draft, so nothing typed is
// lost; the schema's complaints are listed by path, and the live check runs on what is valid.
import type * as z from 'zod/mini';
import { runChecks, type CheckOptions } from '../rules/engine';
import { MATERIAL_IDS } from '../rules/materials';
import { CASE_SCHEMA_ID, caseSchema, formatPath, parseCase, type ApplicationType, type Case } from '../rules/schema';
import type { CheckOutput } from '../rules/types';
import { parsePath, salvageCase } from '../utils/store/merge';

export type Draft = Record<string, unknown>;

export interface FieldError {
  /** Path in the case, as formatPath writes it: `applicant.workHistory[1].from`. */
  path: string;
  /** What was expected there, in the schema's English wording (see labels.describeExpected). */
  expected: string;
}

export interface DraftCheck {
  /** Every value the schema rejects, in document order. */
  errors: FieldError[];
  /** The case when the whole draft is valid, else null. */
  valid: Case | null;
  /** The check of the valid part of the draft; null only when the type itself is unusable. */
  output: CheckOutput | null;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function newDraft(type: ApplicationType, extra: Draft = {}): Draft {
  return { schema: CASE_SCHEMA_ID, type, district: 'shijingshan', ...extra };
}

export function getAt(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const segment of parsePath(path)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

/**
 * A copy of `root` with `value` at `path`, creating the objects and arrays on the way; an
 * undefined value removes the key. Only the nodes on the path are copied.
 */
export function setAt(root: Draft, path: string, value: unknown): Draft {
  const segments = parsePath(path);
  const write = (node: unknown, depth: number): unknown => {
    const segment = segments[depth]!;
    const container: Record<string | number, unknown> | unknown[] = Array.isArray(node)
      ? [...(node as unknown[])]
      : isObject(node)
        ? { ...node }
        : typeof segment === 'number'
          ? []
          : {};
    const record = container as Record<string | number, unknown>;
    if (depth === segments.length - 1) {
      if (value === undefined && !Array.isArray(container)) delete record[segment];
      else record[segment] = value;
    } else {
      record[segment] = write(record[segment], depth + 1);
    }
    return container;
  };
  return segments.length === 0 ? root : (write(root, 0) as Draft);
}

export function addRow(root: Draft, arrayPath: string, row: Record<string, unknown> = {}): Draft {
  const current = getAt(root, arrayPath);
  return setAt(root, arrayPath, [...(Array.isArray(current) ? current : []), row]);
}

export function removeRow(root: Draft, arrayPath: string, index: number): Draft {
  const current = getAt(root, arrayPath);
  if (!Array.isArray(current)) return root;
  const next = current.filter((_, i) => i !== index);
  return setAt(root, arrayPath, next.length > 0 ? next : undefined);
}

type Issue = z.core.$ZodIssue;

/** The schema's wording for one issue, as rules/schema.ts words the first one. */
function expectedOf(issue: Issue): FieldError {
  const path = [...issue.path];
  switch (issue.code) {
    case 'unrecognized_keys':
      return { path: formatPath([...path, issue.keys[0] ?? '']), expected: 'no such key in the case format' };
    case 'invalid_value':
      return { path: formatPath(path), expected: `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}` };
    case 'invalid_type': {
      const type = issue.expected === 'int' ? 'whole number' : issue.expected;
      return { path: formatPath(path), expected: type === 'object' || type === 'array' ? `an ${type}` : `a ${type}` };
    }
    case 'too_small':
      return { path: formatPath(path), expected: `a number >= ${String(issue.minimum)}` };
    case 'too_big':
      return { path: formatPath(path), expected: `a number <= ${String(issue.maximum)}` };
    case 'invalid_key':
      return { path: formatPath(path), expected: 'a four-digit year as key' };
    case 'custom':
      return { path: formatPath(path), expected: issue.message === 'month' ? 'a real month YYYY-MM' : 'a real date YYYY-MM-DD' };
    default:
      return { path: formatPath(path), expected: 'a value of the case format' };
  }
}

/** Validates the draft (every issue, not only the first) and checks its valid part. */
export function checkDraft(draft: Draft, options: CheckOptions): DraftCheck {
  const input = { ...draft, schema: CASE_SCHEMA_ID };
  const result = caseSchema.safeParse(input);
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  if (!result.success) {
    for (const issue of result.error.issues) {
      const error = expectedOf(issue);
      if (seen.has(error.path)) continue;
      seen.add(error.path);
      errors.push(error);
    }
  } else {
    // The attachments' material ids are the one thing the schema leaves to parseCase.
    const parsed = parseCase(input, MATERIAL_IDS);
    if (!parsed.ok) errors.push(parsed.error);
  }
  const valid = errors.length === 0 && result.success ? (result.data as Case) : null;
  const usable = valid ?? salvageOf(input);
  let output: CheckOutput | null = null;
  if (usable) {
    try {
      output = runChecks(usable, options);
    } catch {
      output = null;
    }
  }
  return { errors, valid, output };
}

function salvageOf(input: Draft): Case | null {
  const salvaged = salvageCase(input, MATERIAL_IDS);
  return salvaged.ok ? salvaged.case : null;
}

/** The draft without empty text, empty objects and empty rows: what is saved. */
export function cleanDraft(draft: Draft): Draft {
  const clean = (value: unknown): unknown => {
    if (typeof value === 'string') return value.trim() === '' ? undefined : value;
    if (Array.isArray(value)) {
      const items = value.map(clean).filter((item) => item !== undefined);
      return items.length > 0 ? items : undefined;
    }
    if (isObject(value)) {
      const out: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(value)) {
        const cleaned = clean(child);
        if (cleaned !== undefined) out[key] = cleaned;
      }
      return Object.keys(out).length > 0 ? out : undefined;
    }
    return value;
  };
  return (clean(draft) as Draft | undefined) ?? {};
}
