// The shape of a rule (data + one small evaluate function) and of the engine's output.
import type { ApplicationType, Case } from './schema';
import type { IsoDate } from './dates';
import type { WageFigure } from './wage';
import type { CalendarKind } from './calendar';

export type Severity = 'error' | 'warning' | 'info';
export type Lang = 'zh' | 'en';
export interface Text {
  zh: string;
  en: string;
}

/** A policy clause: the document and the guide section a rule rests on. */
export interface Citation {
  /** e.g. 京组通〔2019〕9号, several documents joined by 、; a source that is no document is named in both languages. */
  document: string | Text;
  /** The guide's own section number, e.g. 二(二); empty for input checks. */
  section: string;
}

/** What one evaluation says; a rule returns one outcome, or one per subject. */
export type Outcome =
  | { status: 'pass' }
  | {
      status: 'fail';
      /** Overrides the rule's severity (e.g. the warning band of a deadline). */
      severity?: Severity;
      /** Key into `messages`; default 'fail'. */
      message?: string;
      params?: Params;
      fields?: string[];
      subject?: string;
    }
  | {
      status: 'incomplete';
      /** The case paths still to fill. */
      fields: string[];
      /** Default info; a few rules ask for a warning (rules.md). */
      severity?: Severity;
      subject?: string;
      /** Key into `messages` for a case the rule words itself; default 'incomplete', else the engine's wording. */
      message?: string;
    };

/**
 * Message parameters; a Text value is shown in the message's language, a string that is an ISO
 * date or month as the language writes dates (rules/format.ts).
 */
export type Params = Record<string, string | number | Text>;

export interface RuleContext {
  readonly c: Case;
  readonly type: ApplicationType;
  /** The date the check is made for. */
  readonly asOf: IsoDate;
  /** addWorkingDays on the check's calendar; records the years it used (dates.calendars). */
  readonly addWorkingDays: (d: IsoDate, n: number) => IsoDate;
  /** The average-wage figure in force on asOf; records that a rule used it. */
  readonly wage: () => WageFigure | null;
  /** Monthly figure of a data year (for the 4× / 8× bases); records that a rule used it. */
  readonly wageOfYear: (dataYear: number) => number | null;
  /** The figure in force on a later date, for the planner (a threshold can change after asOf); records nothing. */
  readonly wageOn: (date: IsoDate) => WageFigure | null;
  /** The days after asOf on which another figure comes into force, oldest first (none with the user's own figure). */
  readonly wageChanges: () => readonly IsoDate[];
  readonly dates: { readonly lastSafeSubmission: IsoDate | null; readonly approvalBy: IsoDate | null };
  /**
   * What several rules of one check ask for (the ID number read, a basis verdict, an income
   * window) is computed once per check: the first call with a key computes, later ones reuse.
   */
  readonly memo: <T>(key: string, compute: () => T) => T;
}

/** A fresh memo for one check (RuleContext.memo). */
export function checkMemo(): RuleContext['memo'] {
  const values = new Map<string, unknown>();
  return <T>(key: string, compute: () => T): T => {
    // One lookup for a value that is there (nearly every call); `has` only tells a stored undefined.
    const known = values.get(key);
    if (known !== undefined || values.has(key)) return known as T;
    const value = compute();
    values.set(key, value);
    return value;
  };
}

/**
 * ctx.memo for a computation of one argument (an ID number, a window length): one entry per
 * argument under one key, so a call builds no key string.
 */
export function memoBy<A, T>(ctx: RuleContext, key: string, arg: A, compute: (arg: A) => T): T {
  const values = ctx.memo(key, newMap<A, T>);
  const known = values.get(arg);
  if (known !== undefined || values.has(arg)) return known as T;
  const value = compute(arg);
  values.set(arg, value);
  return value;
}

function newMap<A, T>(): Map<A, T> {
  return new Map();
}

/** A rule the engine emits itself (materials, dates, data notes): data without an evaluate function. */
export interface MetaRuleDef {
  id: string;
  severity: Severity;
  title: Text;
  messages: { fail: Text };
  citation: Citation;
  note?: string;
}

export interface RuleDef {
  id: string;
  severity: Severity;
  /** Short name shown in lists and in the "still to fill" message. */
  title: Text;
  /** Application types the rule runs for. */
  types: readonly ApplicationType[];
  /** Further condition on the case (employer present, info-change item, …). */
  appliesTo?: (ctx: RuleContext) => boolean;
  /** Case paths the rule looks at. */
  fields: readonly string[];
  /** Templates with {param} placeholders; 'fail' is required, other keys are variants. */
  messages: Record<string, Text> & { fail: Text };
  citation: Citation;
  /** Where a type rests on another clause than `citation` (the contract of a renewal, 七(三)3). */
  citationByType?: Partial<Record<ApplicationType, Citation>>;
  /** The reading chosen where the guide is ambiguous. A rule whose result is an inference says so in its message. */
  note?: string;
  evaluate: (ctx: RuleContext) => Outcome | readonly Outcome[];
  /**
   * The planner (rules.md, The eligibility planner), for a rule that time alone can make pass:
   * the first day on or after `from` (a day after asOf) on which it passes, time being the only
   * change; `from` itself when it passes then or its inputs are unknown; null when time alone
   * does not make it pass. An error finding carries it as passesOn (from the day after asOf),
   * with `messages.passesOn`, when given, added to its message ({passesOn}).
   */
  passesOn?: (ctx: RuleContext, from: IsoDate) => IsoDate | null;
  /**
   * For a rule that time ends: the last date on which it still passes (at error severity) and
   * the case path of the date that ends it, or null when nothing known ends it. Called when the
   * rule gives no error on asOf.
   */
  validUntil?: (ctx: RuleContext) => WindowEnd | null;
}

export interface Finding {
  rule: string;
  severity: Severity;
  fields: string[];
  message: string;
  basis?: string;
  incomplete?: true;
  material?: string;
  subject?: string;
  /** On an error that time alone cures: the first date after asOf on which the rule passes. */
  passesOn?: IsoDate;
}

/** The last date a rule still passes, and the case path of the date that ends it (a lease's end, a birth date). */
export interface WindowEnd {
  until: IsoDate;
  field: string;
}

/** What ends the eligibility window: a rule passing on asOf, the last date it still passes and why. */
export interface WindowLimit extends WindowEnd {
  rule: string;
}

/** What opens the eligibility window: a rule and the first day from which it passes. */
export interface WindowStart {
  rule: string;
  from: IsoDate;
}

export type MaterialGroup = 'unit' | 'common' | 'housing' | 'companions' | 'basis' | 'income' | 'change';

export interface MaterialEntry {
  material: string;
  required: boolean;
  present: boolean;
  group: MaterialGroup;
  /** Not in the contract's output: why the branch that lists it asks for it, for a material needed under a condition. */
  why?: Text;
}

export interface CheckOutput {
  ruleset: string;
  type: ApplicationType;
  asOf: IsoDate;
  findings: Finding[];
  materials: MaterialEntry[];
  dates: {
    lastSafeSubmission: IsoDate | null;
    approvalBy: IsoDate | null;
    /** The planner's first day to apply (new, employer-registration); null when something must be fixed by hand first. */
    earliestEligible: IsoDate | null;
    /** The last day every time-limited rule passing on asOf still passes; null when none sets a limit. */
    eligibleUntil: IsoDate | null;
    /** Each year a date computation used, with where its working days came from. */
    calendars: Record<string, CalendarKind>;
  };
  /** Not in the contract's output: what moved earliestEligible past asOf, for the views to name what opens the window. */
  windowStarts: WindowStart[];
  /** Not in the contract's output: every limit behind eligibleUntil, for the views to name what closes the window. */
  windowLimits: WindowLimit[];
  /**
   * Not in the contract's output: of each date counted in working days, the years it was counted
   * over on the provisional calendar (dates.calendars is the whole check's), for the views to mark it.
   */
  provisionalYears: Record<WorkingDayDate, string[]>;
}

/** The dates of a check counted in working days. */
export type WorkingDayDate = 'lastSafeSubmission' | 'approvalBy';

export const pass: Outcome = { status: 'pass' };

export function fail(params?: Params, extra?: Omit<Extract<Outcome, { status: 'fail' }>, 'status' | 'params'>): Outcome {
  return { status: 'fail', ...(params && { params }), ...extra };
}

export function incomplete(fields: string[], extra?: { severity?: Severity; subject?: string; message?: string }): Outcome {
  return { status: 'incomplete', fields, ...extra };
}
