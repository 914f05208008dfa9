// When a new permit or an employer registration can be filed, drawn on a line: the check date,
// the day each time rule passes, the first day to apply and the last, with the window between
// them shaded (or the gap, when it closes before it opens). The drawing is hidden from screen
// readers, which read the same facts as a sentence and an ordered list.
import { ruleById } from '../rules/catalogue';
import { toDayNumber, type IsoDate } from '../rules/dates';
import { eligibilityPlan, type EligibilityPlan } from '../rules/planner';
import { joinList } from '../rules/format';
import type { CheckOutput, Lang, WindowStart } from '../rules/types';
import { t, type MessageKey } from '../utils/i18n';
import { formatDate } from './labels';

export interface EligibilityTimelineProps {
  output: Pick<CheckOutput, 'type' | 'asOf' | 'findings' | 'dates' | 'windowStarts' | 'windowLimits'>;
  lang: Lang;
  /** The reminder for the first day to apply, when the page can set one. */
  reminder?: { on: boolean; onChange: (on: boolean) => void };
}

type MarkKind = 'now' | 'passes' | 'earliest' | 'until';

interface TimelineEvent {
  kind: MarkKind;
  date: IsoDate;
  /** What happens that day, as a short name. */
  label: string;
  /** What sets the day, for the list read out (the drawing has the sentence above it). */
  because?: string;
}

const INCOME_RULES = new Set(['applicant.income-months', 'applicant.income-threshold']);

function ruleTitle(rule: string, lang: Lang): string {
  return ruleById(rule)?.title[lang] ?? rule;
}

/** What a limit requires, by the case path of the date that ends it (an index in the path does not matter). */
export function limitReason(field: string, lang: Lang): string {
  return t(lang, `plan.limit.${field.replace(/\[\d+\]/g, '')}` as MessageKey);
}

/** The latest day of each rule that holds the case back, in the order found. */
function startsByRule(starts: readonly WindowStart[]): WindowStart[] {
  const byRule = new Map<string, WindowStart>();
  for (const start of starts) {
    const known = byRule.get(start.rule);
    if (!known || start.from > known.from) byRule.set(start.rule, start);
  }
  return [...byRule.values()];
}

/** Names of rules and requirements set in quotation marks where a sentence names several. */
const quoted = (text: string) => `“${text}”`;

/** The rules named as people read them; the income ones with what their day assumes. */
function opensBecause(plan: EligibilityPlan, lang: Lang, quote = false): string {
  const names = plan.earliestSetBy.map((rule) => (quote ? quoted(ruleTitle(rule, lang)) : ruleTitle(rule, lang)));
  const assumed = plan.earliestSetBy.some((rule) => INCOME_RULES.has(rule));
  return joinList(lang, names) + (assumed ? t(lang, 'plan.incomeAssumed') : '');
}

function closesBecause(plan: EligibilityPlan, lang: Lang, quote = false): string {
  const ending = plan.limits.filter((l) => l.until === plan.eligibleUntil);
  const reasons = [...new Set(ending.map((l) => limitReason(l.field, lang)))];
  return joinList(lang, quote ? reasons.map(quoted) : reasons);
}

/** The plan in one or two sentences, as the issue's HR staff say it: from when, until when, and why. */
export function planSummary(plan: EligibilityPlan, lang: Lang): string {
  const { asOf, earliestEligible: earliest, eligibleUntil: until } = plan;
  if (earliest === null) {
    return t(lang, 'plan.summary.blocked', { rules: joinList(lang, [...new Set(plan.blockers.map((f) => quoted(ruleTitle(f.rule, lang))))]) });
  }
  if (plan.closed) {
    return t(lang, 'plan.summary.closed', {
      earliest: formatDate(lang, earliest),
      opens: opensBecause(plan, lang, true),
      until: formatDate(lang, until!),
      closes: closesBecause(plan, lang, true),
    });
  }
  const days = toDayNumber(earliest) - toDayNumber(asOf);
  const from =
    earliest === asOf
      ? t(lang, 'plan.summary.now')
      : t(lang, 'plan.summary.from', { date: formatDate(lang, earliest), n: days, because: opensBecause(plan, lang) });
  const to = until === null ? t(lang, 'plan.summary.noLimit') : t(lang, 'plan.summary.until', { date: formatDate(lang, until), because: closesBecause(plan, lang) });
  return t(lang, 'plan.summary.both', { from, to });
}

function eventsOf(plan: EligibilityPlan, lang: Lang): TimelineEvent[] {
  const events: TimelineEvent[] = [{ kind: 'now', date: plan.asOf, label: t(lang, 'plan.mark.now') }];
  for (const start of startsByRule(plan.starts)) {
    if (start.from !== plan.earliestEligible) events.push({ kind: 'passes', date: start.from, label: t(lang, 'plan.mark.passes', { rule: ruleTitle(start.rule, lang) }) });
  }
  if (plan.earliestEligible !== null) {
    const because = plan.earliestSetBy.length > 0 ? opensBecause(plan, lang) : undefined;
    events.push({ kind: 'earliest', date: plan.earliestEligible, label: t(lang, 'plan.mark.earliest'), ...(because && { because }) });
  }
  if (plan.eligibleUntil !== null) events.push({ kind: 'until', date: plan.eligibleUntil, label: t(lang, 'plan.mark.until'), because: closesBecause(plan, lang) });
  return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The shortest span drawn, so that days close together do not fill the whole line. */
const MIN_SPAN_DAYS = 60;
/** A last day this far beyond the rest (and at least a year) is drawn at the end, past a break. */
const FAR_FACTOR = 3;
/** Where the rest ends when the last day is drawn past a break. */
const BEFORE_BREAK = 82;
/** Labels closer than this (per cent of the line) go on separate lanes. */
const LANE_GAP = 34;

interface Scale {
  at: (date: IsoDate) => number;
  /** The last day is drawn past a break in the line. */
  broken: boolean;
}

function scaleOf(events: readonly TimelineEvent[], asOf: IsoDate, until: IsoDate | null): Scale {
  const start = toDayNumber(asOf);
  const rest = Math.max(start, ...events.filter((e) => e.kind !== 'until').map((e) => toDayNumber(e.date)));
  const last = until === null ? rest : toDayNumber(until);
  const span = Math.max(MIN_SPAN_DAYS, rest - start);
  const broken = last - rest > Math.max(365, FAR_FACTOR * span);
  if (broken) {
    return { broken, at: (date) => (date === until ? 100 : (BEFORE_BREAK * (toDayNumber(date) - start)) / span) };
  }
  const whole = Math.max(MIN_SPAN_DAYS, last - start, rest - start);
  return { broken, at: (date) => (100 * (toDayNumber(date) - start)) / whole };
}

interface Mark {
  date: IsoDate;
  kinds: MarkKind[];
  labels: string[];
  at: number;
  lane: number;
}

/** Events of one day share a mark; marks whose labels would touch go on the next free lane. */
function marksOf(events: readonly TimelineEvent[], scale: Scale): Mark[] {
  const marks: Mark[] = [];
  for (const event of events) {
    const last = marks[marks.length - 1];
    if (last && last.date === event.date) {
      last.kinds.push(event.kind);
      last.labels.push(event.label);
    } else marks.push({ date: event.date, kinds: [event.kind], labels: [event.label], at: scale.at(event.date), lane: 0 });
  }
  const laneEnds: number[] = [];
  for (const mark of marks) {
    let lane = laneEnds.findIndex((end) => mark.at - end >= LANE_GAP);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = mark.at;
    mark.lane = lane;
  }
  return marks;
}

const percent = (n: number) => `${Math.round(n * 10) / 10}%`;

export function EligibilityTimeline({ output, lang, reminder }: EligibilityTimelineProps) {
  const plan = eligibilityPlan(output);
  if (!plan) return null;
  const { earliestEligible: earliest, eligibleUntil: until } = plan;
  const events = eventsOf(plan, lang);
  const scale = scaleOf(events, plan.asOf, until);
  const marks = marksOf(events, scale);
  const lanes = Math.max(1, ...marks.map((m) => m.lane + 1));
  const state = earliest === null ? 'blocked' : plan.closed ? 'closed' : earliest === plan.asOf ? 'now' : 'later';
  const canRemind = reminder && earliest !== null && !plan.closed && earliest > plan.asOf;
  return (
    <figure class={`eligibility eligibility-${state}`} data-plan={state}>
      <figcaption class="eligibility-title">
        {t(lang, 'plan.title')}
      </figcaption>
      <p class={`eligibility-summary${plan.closed ? ' notice error' : ''}`} data-summary>
        {planSummary(plan, lang)}
      </p>
      <div class={`timeline${scale.broken ? ' timeline-broken' : ''}`} aria-hidden="true" style={{ '--lanes': lanes }}>
        <div class="timeline-axis" />
        {earliest !== null && !plan.closed && (
          <div
            class={`timeline-window${until === null ? ' open-ended' : ''}`}
            style={{ left: percent(scale.at(earliest)), width: percent((until === null ? 100 : scale.at(until)) - scale.at(earliest)) }}
          />
        )}
        {plan.closed && (
          <div class="timeline-gap" style={{ left: percent(scale.at(until!)), width: percent(scale.at(earliest!) - scale.at(until!)) }} />
        )}
        {marks.map((mark) => (
          <div
            key={mark.date}
            class={`timeline-mark ${mark.kinds.map((k) => `mark-${k}`).join(' ')}${mark.at < 15 ? ' align-start' : mark.at > 85 ? ' align-end' : ''}`}
            data-date={mark.date}
            data-kinds={mark.kinds.join(' ')}
            style={{ left: percent(mark.at), '--lane': mark.lane }}
          >
            <span class="timeline-dot" />
            <span class="timeline-stem" />
            <span class="timeline-label">
              <span class="timeline-date">{formatDate(lang, mark.date)}</span>
              {mark.labels.map((label) => (
                <span key={label} class="timeline-what">
                  {label}
                </span>
              ))}
            </span>
          </div>
        ))}
      </div>
      <ol class="sr-only" data-timeline-text>
        {events.map((event) => (
          <li key={`${event.kind}|${event.label}`}>
            {t(lang, !event.because ? 'plan.event' : event.kind === 'until' ? 'plan.eventCloses' : 'plan.eventOpens', {
              date: formatDate(lang, event.date),
              what: event.label,
              because: event.because ?? '',
            })}
          </li>
        ))}
      </ol>
      {canRemind && (
        <label class="eligibility-reminder">
          <input type="checkbox" checked={reminder.on} onChange={(e) => reminder.onChange(e.currentTarget.checked)} />
          {t(lang, 'plan.remind', { date: formatDate(lang, earliest) })}
        </label>
      )}
    </figure>
  );
}
