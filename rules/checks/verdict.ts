// Three-valued conditions (axe's any / all): a verdict holds, fails or is undecided, and carries
// what decided it, so a rule built from several conditions can say which part falls short.
import { fail, incomplete, pass, type Outcome, type Params, type Text } from '../types';

/** A three-valued condition with what decided it. */
export interface Verdict {
  holds: boolean | undefined;
  /** Case paths that, filled in, would decide an undecided condition. */
  unknown: string[];
  /** What falls short, in words, when the condition does not hold. */
  shortfalls: Text[];
  /** Case paths of the parts that fall short. */
  failFields: string[];
}

/** Parts of an OR state their shortfall once, at the OR. */
export const NO_TEXT: Text = { zh: '', en: '' };

export const HOLDS: Verdict = { holds: true, unknown: [], shortfalls: [], failFields: [] };

export function unknownOf(...fields: string[]): Verdict {
  return { holds: undefined, unknown: fields, shortfalls: [], failFields: [] };
}

/** A wording with figures is built only when the part does fall short. */
export type Shortfall = Text | (() => Text);

export function known(holds: boolean, shortfall: Shortfall, ...fields: string[]): Verdict {
  if (holds) return HOLDS;
  return { holds: false, unknown: [], shortfalls: [typeof shortfall === 'function' ? shortfall() : shortfall], failFields: fields };
}

/** A yes/no input: undecided while not filled in. */
export function flag(value: boolean | undefined, path: string, shortfall: Shortfall): Verdict {
  return value === undefined ? unknownOf(path) : known(value, shortfall, path);
}

/** AND: fails as soon as one known part fails, holds when every part holds. */
export function allOf(parts: readonly Verdict[]): Verdict {
  let failed: Verdict | undefined;
  let open: Verdict | undefined;
  for (const part of parts) {
    if (part.holds === false) {
      if (!failed) failed = { holds: false, unknown: [], shortfalls: [], failFields: [] };
      failed.shortfalls.push(...part.shortfalls);
      failed.failFields.push(...part.failFields);
    } else if (part.holds === undefined && !failed) {
      if (!open) open = unknownOf();
      open.unknown.push(...part.unknown);
    }
  }
  return failed ?? open ?? HOLDS;
}

/** OR: holds as soon as one known part holds, fails only when every part is known and fails. */
export function anyOf(parts: readonly Verdict[], shortfall: Shortfall): Verdict {
  let open: Verdict | undefined;
  for (const part of parts) {
    if (part.holds === true) return HOLDS;
    if (part.holds === undefined) {
      if (!open) open = unknownOf();
      open.unknown.push(...part.unknown);
    }
  }
  if (open) return open;
  const fields: string[] = [];
  for (const part of parts) fields.push(...part.failFields);
  return known(false, shortfall, ...fields);
}

/**
 * "Some entry has a qualifying value" over a list: absent list unknown, an entry whose value is
 * not filled in keeps the answer open unless another entry qualifies.
 */
export function someEntry<T>(
  entries: readonly T[] | undefined,
  listPath: string,
  key: keyof T & string,
  qualifies: (value: NonNullable<T[keyof T]>) => boolean,
  shortfall: Text,
): Verdict {
  if (entries === undefined) return unknownOf(listPath);
  const open: string[] = [];
  for (let i = 0; i < entries.length; i++) {
    const value = entries[i]![key];
    if (value === undefined || value === null) open.push(`${listPath}[${i}].${key}`);
    else if (qualifies(value as NonNullable<T[keyof T]>)) return HOLDS;
  }
  return open.length ? unknownOf(...open) : known(false, shortfall, listPath);
}

/** The shortfalls of a verdict as one text. */
export function joinedShortfalls(verdict: Verdict): Text {
  return { zh: verdict.shortfalls.map((t) => t.zh).join('；'), en: verdict.shortfalls.map((t) => t.en).join('; ') };
}

/**
 * A verdict as a rule's outcome: pass, incomplete naming what would decide it, or fail with
 * `{shortfall}` and the given params and fields added.
 */
export function outcomeOf(verdict: Verdict, failWith: { params?: Params; message?: string; fields?: readonly string[] } = {}): Outcome {
  if (verdict.holds === true) return pass;
  if (verdict.holds === undefined) return incomplete(verdict.unknown);
  return fail(
    { ...failWith.params, shortfall: joinedShortfalls(verdict) },
    { ...(failWith.message && { message: failWith.message }), fields: [...(failWith.fields ?? []), ...verdict.failFields] },
  );
}
