// Every deadline of the chosen cases as an iCalendar file (RFC 5545, written by the `ics` package)
// for Outlook or a phone: the last safe day to submit, the permit's expiry, the contract's end,
// and for a new permit the first and last day to apply. Each event says what to do and has an
// alarm. Its UID is the case's id and the kind of date, so a file exported again updates the
// events it made before instead of adding copies; SEQUENCE grows with each change of the case.
// Names appear only when asked for: a calendar is often synced to a phone or a shared account.
// A last safe day counted on the provisional calendar is marked as every view marks it.
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { subjectOf } from '../../rules/application-types';
import type { Lang, Text } from '../../rules/types';
import { provisionalReason, t } from '../i18n';
import type { CheckDigest } from './assess';
import { APPLICATION_TYPE_LABELS, type CaseRecord } from './types';

export type DeadlineKind = 'last-safe' | 'permit-expiry' | 'contract-end' | 'earliest-eligible' | 'eligible-until';

interface Deadline {
  kind: DeadlineKind;
  date: string;
  /** The years it was counted over on the provisional calendar. */
  provisionalYears: string[];
}

const TITLES: Record<DeadlineKind, Text> = {
  'last-safe': { zh: '最晚安全提交日', en: 'Last safe day to submit' },
  'permit-expiry': { zh: '工作居住证到期', en: 'Work residence permit expires' },
  'contract-end': { zh: '劳动合同到期', en: 'Labour contract ends' },
  'earliest-eligible': { zh: '可以开始申请', en: 'First day to apply' },
  'eligible-until': { zh: '最晚可申请日', en: 'Last day to apply' },
};

const TO_DO: Record<DeadlineKind, Text> = {
  'last-safe': {
    zh: '请在今天或之前在网上办理系统提交申请：再晚，审批可能来不及在证件到期前完成。',
    en: 'Submit the application on the portal by today: any later and approval may not come before the permit expires.',
  },
  'permit-expiry': {
    zh: '工作居住证今天到期。如需续签，应已提交；未提交的请尽快联系受理窗口。',
    en: 'The work residence permit expires today. A renewal should already be submitted; if not, contact the service window at once.',
  },
  'contract-end': {
    zh: '劳动合同今天到期：续签合同后在案例中更新合同日期，并检查工作居住证是否需要变更或续签。',
    en: "The labour contract ends today: once it is renewed, update the contract dates in the case and check whether the permit needs a change or renewal.",
  },
  'earliest-eligible': {
    zh: '从今天起可以提交新办申请：请核对材料后在网上办理系统提交。',
    en: 'From today the new permit can be applied for: check the materials and submit on the portal.',
  },
  'eligible-until': {
    zh: '今天是可以提交新办申请的最后一天：之后条件不再满足。',
    en: 'Today is the last day a new permit can be applied for: after it the conditions are no longer met.',
  },
};

/**
 * Days before the date the alarm rings: a month before an expiry or a contract's end (time to
 * prepare), a week before a last day, and on the first day to apply itself.
 */
const ALARM_DAYS: Record<DeadlineKind, number> = {
  'last-safe': 7,
  'permit-expiry': 30,
  'contract-end': 30,
  'earliest-eligible': 0,
  'eligible-until': 7,
};

/** SEQUENCE counts seconds since this day, so a later change of a case always has a higher one. */
const SEQUENCE_EPOCH = Date.UTC(2026, 0, 1);

export function deadlinesOf(record: CaseRecord, check: CheckDigest | null): Deadline[] {
  const c = record.case;
  const dates: Array<[DeadlineKind, string | null | undefined]> = [
    ['last-safe', check?.lastSafeSubmission],
    ['permit-expiry', c.permit?.validUntil],
    ['contract-end', c.applicant?.employment?.contractEndDate],
    ['earliest-eligible', check?.earliestEligible],
    ['eligible-until', check?.eligibleUntil],
  ];
  return dates.flatMap(([kind, date]) =>
    date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? [{ kind, date, provisionalYears: kind === 'last-safe' ? (check?.lastSafeProvisionalYears ?? []) : [] }] : [],
  );
}

const dateArray = (iso: string): DateArray => iso.split('-').map(Number) as DateArray;

function nextDay(iso: string): DateArray {
  const [y, m, d] = dateArray(iso) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return [next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()];
}

export interface IcsOptions {
  lang: Lang;
  /** Put the applicant's (or employer's) name in the events. */
  names: boolean;
}

/** The events of one case, in the order of its dates. */
function eventsOf(record: CaseRecord, check: CheckDigest | null, options: IcsOptions): EventAttributes[] {
  const { lang } = options;
  const type = APPLICATION_TYPE_LABELS[record.case.type][lang];
  const name = options.names ? subjectOf(record.case) : '';
  // Without a name the case is told apart by its type and the start of its id.
  const who = name || (lang === 'zh' ? `${type}案例 ${record.id.slice(0, 8)}` : `${type} case ${record.id.slice(0, 8)}`);
  const sequence = Math.max(0, Math.floor((Date.parse(record.updatedAt) - SEQUENCE_EPOCH) / 1000));
  return deadlinesOf(record, check).map(({ kind, date, provisionalYears }) => {
    const provisional = provisionalYears.length > 0;
    const title = `${who}${lang === 'zh' ? '：' : ': '}${TITLES[kind][lang]}${provisional ? t(lang, 'dates.provisionalMark') : ''}`;
    return {
      uid: `${record.id}.${kind}@gongju-precheck`,
      sequence,
      title,
      description: `${TO_DO[kind][lang]}\n${provisional ? `${provisionalReason(provisionalYears, lang)}\n` : ''}${lang === 'zh' ? '业务类型' : 'Application type'}: ${type}\n${lang === 'zh' ? '来自工居预审' : 'From Gongju Precheck'}`,
      start: dateArray(date),
      end: nextDay(date),
      transp: 'TRANSPARENT',
      classification: 'PRIVATE',
      categories: [lang === 'zh' ? '工作居住证' : 'Work residence permit'],
      alarms: [
        {
          action: 'display',
          description: title,
          // An all-day event starts at midnight: on the day itself the alarm rings at 09:00.
          trigger: ALARM_DAYS[kind] === 0 ? { before: false, hours: 9 } : { before: true, days: ALARM_DAYS[kind] },
        },
      ],
    } satisfies EventAttributes;
  });
}

export type IcsResult = { ok: true; text: string; events: number } | { ok: false; error: string };

/** The calendar of the given cases' deadlines; a case without a date adds no event. */
export function casesToIcs(cases: ReadonlyArray<{ record: CaseRecord; check: CheckDigest | null }>, options: IcsOptions): IcsResult {
  const events = cases.flatMap(({ record, check }) => eventsOf(record, check, options));
  if (events.length === 0) return { ok: true, text: '', events: 0 };
  const { error, value } = createEvents(events, {
    productId: '-//Gongju Precheck//Deadlines//ZH',
    calName: options.lang === 'zh' ? '工作居住证期限' : 'Work residence permit deadlines',
  });
  if (error || !value) return { ok: false, error: error?.message ?? 'no calendar' };
  return { ok: true, text: value, events: events.length };
}
