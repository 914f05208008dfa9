// A case as the user is editing it: a plain JSON object that may hold values the schema rejects
// (a half-typed date, a number with a letter in it). They stay in the draft, so nothing typed is
// lost; the schema's complaints are listed by path, and the live check runs on what is valid.
import { runChecks, type CheckOptions } from '../rules/engine';
import { MATERIAL_IDS } from '../rules/materials';
import { getAt, withValueAt } from '../rules/paths';
import { salvageCase } from '../rules/salvage';
import { CASE_SCHEMA_ID, validateAll, type ApplicationType, type Case, type CaseError } from '../rules/schema';
import type { CheckOutput } from '../rules/types';
import { isPlainObject } from '../rules/json';

export type Draft = Record<string, unknown>;

/** A value the schema rejects: its path and what was expected there, in the schema's English wording (see labels.describeExpected). */
export type FieldError = CaseError;

export interface DraftCheck {
  /** Every value the schema rejects, in document order. */
  errors: FieldError[];
  /** The case when the whole draft is valid, else null. */
  valid: Case | null;
  /** The check of the valid part of the draft; null only when the type itself is unusable. */
  output: CheckOutput | null;
}

export function newDraft(type: ApplicationType, extra: Draft = {}): Draft {
  return { schema: CASE_SCHEMA_ID, type, district: 'shijingshan', ...extra };
}

/** A row added at the end of the list at `arrayPath`. */
export function addRow(root: Draft, arrayPath: string, row: Record<string, unknown> = {}): Draft {
  const current = getAt(root, arrayPath);
  return withValueAt(root, arrayPath, [...(Array.isArray(current) ? current : []), row]);
}

/** The list at `arrayPath` without its row `index`; the list goes when it is left empty. */
export function removeRow(root: Draft, arrayPath: string, index: number): Draft {
  const current = getAt(root, arrayPath);
  if (!Array.isArray(current)) return root;
  const next = current.filter((_, i) => i !== index);
  return withValueAt(root, arrayPath, next.length > 0 ? next : undefined);
}

/** Validates the draft (every issue, not only the first) and checks its valid part. */
export function checkDraft(draft: Draft, options: CheckOptions): DraftCheck {
  const input = { ...draft, schema: CASE_SCHEMA_ID };
  const errors: FieldError[] = validateAll(input, MATERIAL_IDS);
  const valid = errors.length === 0 ? (structuredClone(input) as Case) : null;
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
    if (isPlainObject(value)) {
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
