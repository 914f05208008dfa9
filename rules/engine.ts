// Runs the rules that apply to a case's type and assembles findings, materials and dates.
import { hasPermit, isPlanned } from './application-types';
import { APPLICATION_TYPES, parseCase, type ApplicationType, type Case, type CaseError } from './schema';
import { addDays, localToday, type IsoDate } from './dates';
import { EMBEDDED_CALENDAR, type CalendarKind, type WorkCalendar } from './calendar';
import { monthlyFigureForDataYear, wageChangesAfter, wageInForce, type WageFigure } from './wage';
import { eligibleUntil, windowStart } from './planner';
import { RULES, META_RULES } from './catalogue';
import { MATERIAL_IDS, materialName, materialsFor } from './materials';
import { fieldLabel } from './fields';
import { RULESET_VERSION } from './version';
import { dateIn, joinList } from './format';
import { selectPlurals } from './plural';
import { checkMemo, type CheckOutput, type Citation, type Finding, type Lang, type Outcome, type Params, type RuleContext, type RuleDef, type Text, type WindowLimit } from './types';

export interface CheckOptions {
  /** Overrides the case's asOf (the `--as-of` flag). */
  asOf?: IsoDate;
  /** The date used when neither the option nor the case gives asOf. */
  today?: IsoDate;
  lang?: Lang;
  /** The working-day calendar with the user's imported years (default: the embedded one). */
  calendar?: WorkCalendar;
  /** The user's own average-wage figure (options page, `--wage`); without a data year, the year before asOf's. */
  wageOverride?: { monthly: number; dataYear?: number } | null;
}

export type CheckResult = { ok: true; output: CheckOutput } | { ok: false; error: CaseError };

/** Validates any value as a case and checks it. Never throws for any JSON value. */
export function checkCase(input: unknown, options: CheckOptions = {}): CheckResult {
  const parsed = parseCase(input, MATERIAL_IDS);
  if (!parsed.ok) return parsed;
  return { ok: true, output: runChecks(parsed.case, options) };
}

/**
 * A rule as the check's loop reads it. The rule records differ in which optional keys they have;
 * copied into one shape, the loop's reads of them stay monomorphic (a measured part of engine.check).
 */
interface RunnableRule {
  def: RuleDef;
  appliesTo: RuleDef['appliesTo'] | null;
  evaluate: RuleDef['evaluate'];
  passesOn: RuleDef['passesOn'] | null;
  validUntil: RuleDef['validUntil'] | null;
}

/** The rules of each application type, in catalogue order. */
const RULES_BY_TYPE: ReadonlyMap<ApplicationType, readonly RunnableRule[]> = new Map(
  APPLICATION_TYPES.map((type) => [
    type,
    RULES.filter((rule) => rule.types.includes(type)).map((def) => ({
      def,
      appliesTo: def.appliesTo ?? null,
      evaluate: def.evaluate,
      passesOn: def.passesOn ?? null,
      validUntil: def.validUntil ?? null,
    })),
  ]),
);

function isOutcomeList(result: Outcome | readonly Outcome[]): result is readonly Outcome[] {
  return Array.isArray(result);
}

/** A rule reports a subject once: whether findings from `first` on already have it. */
function subjectReported(findings: readonly Finding[], first: number, subject: string): boolean {
  for (let i = first; i < findings.length; i++) if ((findings[i]!.subject ?? '') === subject) return true;
  return false;
}

/** Checks a case that has passed the schema. */
export function runChecks(c: Case, options: CheckOptions = {}): CheckOutput {
  const lang: Lang = options.lang ?? 'zh';
  const asOf = options.asOf ?? c.asOf ?? options.today ?? localToday();
  const calendar = options.calendar ?? EMBEDDED_CALENDAR;
  const yearsUsed = new Set<number>();
  const onYear = (year: number) => yearsUsed.add(year);

  const validUntil = c.permit?.validUntil;
  // Each date's own years too, so that a view marks only the date that rests on a provisional year.
  const lastSafeYears: number[] = [];
  const approvalYears: number[] = [];
  const lastSafeSubmission = validUntil && hasPermit(c.type) ? calendar.lastSafeSubmission(validUntil, (year) => lastSafeYears.push(year)) : null;
  const approvalBy = c.acceptedOn ? calendar.approvalBy(c.acceptedOn, (year) => approvalYears.push(year)) : null;
  for (const year of [...lastSafeYears, ...approvalYears]) onYear(year);
  const provisionalOf = (years: readonly number[]) => years.filter((year) => calendar.kindOf(year) === 'provisional').map(String);

  const given = options.wageOverride;
  const wageOverride = given ? { monthly: given.monthly, dataYear: given.dataYear ?? Number(asOf.slice(0, 4)) - 1 } : null;
  let wageUsed: WageFigure | null = null;
  const wageFigure = wageInForce(asOf, wageOverride);
  const ctx: RuleContext = {
    c,
    type: c.type,
    asOf,
    addWorkingDays: (d, n) => calendar.addWorkingDays(d, n, onYear),
    wage: () => {
      if (wageFigure) wageUsed = wageFigure;
      return wageFigure;
    },
    wageOfYear: (dataYear) => monthlyFigureForDataYear(dataYear),
    wageOn: (date) => wageInForce(date, wageOverride),
    wageChanges: () => wageChangesAfter(asOf, wageOverride),
    dates: { lastSafeSubmission, approvalBy },
    memo: checkMemo(),
  };

  const planned = isPlanned(c.type);
  const findings: Finding[] = [];
  const timeRules: RuleDef[] = [];
  const windowLimits: WindowLimit[] = [];
  for (const rule of RULES_BY_TYPE.get(c.type)!) {
    if (rule.appliesTo && !rule.appliesTo(ctx)) continue;
    if (planned && rule.passesOn) timeRules.push(rule.def);
    const result = rule.evaluate(ctx);
    const first = findings.length;
    if (!isOutcomeList(result)) {
      if (result.status !== 'pass') findings.push(toFinding(rule.def, c.type, result, lang, planned ? passesOnOf(rule.def, result, ctx) : null));
    } else {
      for (const outcome of result) {
        if (outcome.status === 'pass' || subjectReported(findings, first, outcome.subject ?? '')) continue;
        findings.push(toFinding(rule.def, c.type, outcome, lang, planned ? passesOnOf(rule.def, outcome, ctx) : null));
      }
    }
    if (planned && rule.validUntil && !hasError(findings, first)) {
      const end = rule.validUntil(ctx);
      if (end !== null) windowLimits.push({ rule: rule.def.id, until: end.until, field: end.field });
    }
  }

  const start = planned ? windowStart(ctx, timeRules, findings) : null;

  const materials = materialsFor(ctx);
  for (const entry of materials) {
    if (entry.required && !entry.present) {
      findings.push(
        metaFinding('material.missing', lang, { material: materialName(entry.material, lang) }, { material: entry.material, fields: ['attachments'] }),
      );
    }
  }

  if (approvalBy) findings.push(metaFinding('process.approval-eta', lang, { date: approvalBy }, { fields: ['acceptedOn'] }));
  const calendars: Record<string, CalendarKind> = {};
  for (const year of [...yearsUsed].sort((a, b) => a - b)) {
    const kind = calendar.kindOf(year);
    calendars[year] = kind;
    if (kind === 'provisional') findings.push(metaFinding('calendar.provisional', lang, { year }, { subject: String(year) }));
  }
  const used = wageUsed as WageFigure | null;
  const expected = Number(asOf.slice(0, 4)) - 1;
  if (used && used.dataYear !== expected) {
    findings.push(metaFinding('wage.figure-year', lang, { year: used.dataYear, monthly: used.monthly, expected }, {}));
  }

  return {
    ruleset: RULESET_VERSION,
    type: c.type,
    asOf,
    findings,
    materials,
    dates: {
      lastSafeSubmission,
      approvalBy,
      earliestEligible: start?.earliestEligible ?? null,
      eligibleUntil: planned ? eligibleUntil(windowLimits) : null,
      calendars,
    },
    windowStarts: start?.windowStarts ?? [],
    windowLimits,
    provisionalYears: { lastSafeSubmission: provisionalOf(lastSafeYears), approvalBy: provisionalOf(approvalYears) },
  };
}

/** An error finding of a rule that time can make pass says from when: the first day after asOf on which it passes. */
function passesOnOf(rule: RuleDef, outcome: Exclude<Outcome, { status: 'pass' }>, ctx: RuleContext): IsoDate | null {
  if (!rule.passesOn || outcome.status !== 'fail' || (outcome.severity ?? rule.severity) !== 'error') return null;
  return rule.passesOn(ctx, addDays(ctx.asOf, 1));
}

function hasError(findings: readonly Finding[], first: number): boolean {
  for (let i = first; i < findings.length; i++) if (findings[i]!.severity === 'error') return true;
  return false;
}

function toFinding(
  rule: RuleDef,
  type: ApplicationType,
  outcome: Exclude<Outcome, { status: 'pass' }>,
  lang: Lang,
  passesOn: IsoDate | null,
): Finding {
  let finding: Finding;
  if (outcome.status === 'incomplete') {
    const labels = joinList(lang, outcome.fields.map((f) => fieldLabel(f, lang)));
    const template = (outcome.message !== undefined ? rule.messages[outcome.message] : undefined) ?? rule.messages.incomplete ?? INCOMPLETE;
    finding = {
      rule: rule.id,
      severity: outcome.severity ?? 'info',
      fields: outcome.fields,
      message: fill(template[lang], lang, { title: rule.title[lang], fields: labels }),
    };
  } else {
    const template = rule.messages[outcome.message ?? 'fail'] ?? rule.messages.fail;
    const params = outcome.params;
    let message = fill(template[lang], lang, params);
    const when = rule.messages.passesOn;
    if (passesOn !== null && when) {
      message += (lang === 'zh' ? '' : ' ') + fill(when[lang], lang, { ...params, passesOn });
    }
    finding = {
      rule: rule.id,
      severity: outcome.severity ?? rule.severity,
      fields: outcome.fields ?? [...rule.fields],
      message,
    };
  }
  const basis = formatCitation(rule.citationByType?.[type] ?? rule.citation, lang);
  if (basis) finding.basis = basis;
  if (outcome.status === 'incomplete') finding.incomplete = true;
  if (outcome.subject) finding.subject = outcome.subject;
  if (passesOn !== null) finding.passesOn = passesOn;
  return finding;
}

const INCOMPLETE: Text = { zh: '{title}：尚未填写{fields}，暂无法判断。', en: '{title}: fill in {fields} to check this.' };

function metaFinding(
  id: string,
  lang: Lang,
  params: Params,
  extra: { material?: string; fields?: string[]; subject?: string },
): Finding {
  const rule = META_RULES[id]!;
  const finding: Finding = {
    rule: id,
    severity: rule.severity,
    fields: extra.fields ?? [],
    message: fill(rule.messages.fail[lang], lang, params),
  };
  const basis = formatCitation(rule.citation, lang);
  if (basis) finding.basis = basis;
  if (extra.material) finding.material = extra.material;
  if (extra.subject) finding.subject = extra.subject;
  return finding;
}

export function formatCitation(citation: Citation, lang: Lang): string {
  const document = typeof citation.document === 'string' ? citation.document : citation.document[lang];
  if (!citation.section) return document;
  return lang === 'zh' ? `${document}；办理指南${citation.section}` : `${document}; guide section ${sectionInEnglish(citation.section)}`;
}

const CHINESE_NUMERALS: Readonly<Record<string, string>> = { 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9', 十: '10' };

/** The guide's section numbers as English reads them: 二(二)1–8 → 2(2)1–8, 七(二)按申请条件4(2)、5 → 7(2) by basis 4(2), 5. */
export function sectionInEnglish(section: string): string {
  return section
    .replace(/[一二三四五六七八九十]/g, (numeral) => CHINESE_NUMERALS[numeral]!)
    .replace(/按申请条件/g, ' by basis ')
    .replace(/、/g, ', ');
}

/** Literal text and placeholder names in turn, by template: the templates are the catalogue's own texts. */
const TEMPLATE_PARTS = new Map<string, string[]>();

/**
 * Chooses the plural forms ({n, plural, one {…} other {…}}, rules/plural.ts), then replaces each
 * {name} whose parameter is given, a date as the language writes it; a template is split once,
 * not scanned per finding.
 */
export function fill(template: string, lang: Lang, params?: Params): string {
  if (!params) return template;
  template = selectPlurals(lang, template, params, { otherForUnknown: true });
  let parts = TEMPLATE_PARTS.get(template);
  if (!parts) TEMPLATE_PARTS.set(template, (parts = template.split(/\{(\w+)\}/)));
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i]!;
    const value = params[key];
    out += value === undefined ? `{${key}}` : typeof value === 'object' ? value[lang] : typeof value === 'string' ? dateIn(lang, value) : String(value);
    out += parts[i + 1]!;
  }
  return out;
}
