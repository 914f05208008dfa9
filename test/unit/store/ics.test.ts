// The deadlines calendar, read back with ical.js as a calendar app would: one all-day event per
// date with what to do and an alarm, UIDs that stay the same from one export to the next, and
// names only when asked for.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { CheckDigest } from '../../../utils/store/assess';
import { casesToIcs } from '../../../utils/store/ics';
import type { CaseRecord } from '../../../utils/store/types';

const record = (id: string, updatedAt: string, extra: Partial<CaseRecord['case']> = {}): CaseRecord => ({
  id,
  case: {
    schema: 'gongju-case/1',
    type: 'renewal',
    applicant: { name: '李明', idNumber: '110105199003071239', employment: { contractEndDate: '2028-06-30' } },
    permit: { validUntil: '2027-01-15' },
    ...extra,
  },
  status: 'draft',
  notes: '',
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt,
  history: [],
  sources: {},
  pageKeys: [],
});

const digest = (dates: Partial<CheckDigest>): CheckDigest => ({
  counts: { errors: 0, warnings: 0, missingMaterials: 0 } as unknown as CheckDigest['counts'],
  lastSafeSubmission: null,
  approvalBy: null,
  lastSafeProvisionalYears: [],
  earliestEligible: null,
  eligibleUntil: null,
  ...dates,
});

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    const alarm = vevent.getFirstSubcomponent('valarm');
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      allDay: event.startDate.isDate,
      end: event.endDate.toString(),
      sequence: event.sequence,
      alarm: alarm?.getFirstPropertyValue('trigger')?.toString(),
      action: alarm?.getFirstPropertyValue('action'),
    };
  });
}

const renewal = record('case-1111-aaaa', '2026-11-20T08:00:00.000Z');
const newPermit = record('case-2222-bbbb', '2026-11-21T08:00:00.000Z', { type: 'new', permit: undefined });

describe('deadlines as .ics', () => {
  const result = casesToIcs(
    [
      { record: renewal, check: digest({ lastSafeSubmission: '2026-12-25' }) },
      { record: newPermit, check: digest({ earliestEligible: '2027-01-05', eligibleUntil: '2027-06-30' }) },
    ],
    { lang: 'zh', names: false },
  );
  if (!result.ok) throw new Error(result.error);
  const events = parse(result.text);

  it('has every date of every case as an all-day event with what to do and an alarm', () => {
    expect(result.events).toBe(6);
    expect(events.map((e) => [e.uid, e.start, e.end])).toEqual([
      ['case-1111-aaaa.last-safe@gongju-precheck', '2026-12-25', '2026-12-26'],
      ['case-1111-aaaa.permit-expiry@gongju-precheck', '2027-01-15', '2027-01-16'],
      ['case-1111-aaaa.contract-end@gongju-precheck', '2028-06-30', '2028-07-01'],
      ['case-2222-bbbb.contract-end@gongju-precheck', '2028-06-30', '2028-07-01'],
      ['case-2222-bbbb.earliest-eligible@gongju-precheck', '2027-01-05', '2027-01-06'],
      ['case-2222-bbbb.eligible-until@gongju-precheck', '2027-06-30', '2027-07-01'],
    ]);
    expect(events.every((e) => e.allDay && e.action === 'DISPLAY')).toBe(true);
    expect(events[0]!.alarm).toBe('-P7D');
    expect(events[1]!.alarm).toBe('-P30D');
    expect(events[4]!.alarm).toBe('PT9H');
    expect(events[0]!.description).toContain('网上办理系统提交申请');
  });

  it('leaves names and ID numbers out unless names are asked for', () => {
    expect(result.text).not.toContain('李明');
    expect(result.text).not.toContain('110105199003071239');
    expect(events[0]!.summary).toBe('证件续签案例 case-111：最晚安全提交日');
    const named = casesToIcs([{ record: renewal, check: null }], { lang: 'en', names: true });
    if (!named.ok) throw new Error(named.error);
    expect(parse(named.text).map((e) => e.summary)).toEqual(['李明: Work residence permit expires', '李明: Labour contract ends']);
    expect(named.text).not.toContain('110105199003071239');
  });

  it('keeps the UIDs when exported again after a change, with a higher SEQUENCE, so calendars update the events', () => {
    const later = { ...renewal, updatedAt: '2026-11-25T08:00:00.000Z', case: { ...renewal.case, permit: { validUntil: '2027-02-01' } } };
    const again = casesToIcs([{ record: later, check: null }], { lang: 'zh', names: false });
    if (!again.ok) throw new Error(again.error);
    const [expiry] = parse(again.text).filter((e) => e.uid.endsWith('.permit-expiry@gongju-precheck'));
    expect(expiry!.uid).toBe(events[1]!.uid);
    expect(expiry!.start).toBe('2027-02-01');
    expect(expiry!.sequence).toBeGreaterThan(events[1]!.sequence);
  });

  it('marks a last safe day counted on the provisional calendar, in its title and with the reason', () => {
    const marked = casesToIcs([{ record: renewal, check: digest({ lastSafeSubmission: '2026-12-24', lastSafeProvisionalYears: ['2027'] }) }], { lang: 'zh', names: true });
    if (!marked.ok) throw new Error(marked.error);
    const [lastSafe, expiry] = parse(marked.text);
    expect(lastSafe!.summary).toBe('李明：最晚安全提交日（暂定）');
    expect(lastSafe!.description).toMatch(/^请在今天或之前.*\n暂定：2027年的节假日安排尚未添加.*“节假日安排”中添加该年安排。\n业务类型/);
    // The permit's own end date is the permit's, not counted.
    expect(expiry!.summary).toBe('李明：工作居住证到期');
    expect(events[0]!.summary).not.toContain('暂定');
  });

  it('makes no file for cases without dates', () => {
    const bare = record('case-3333', '2026-11-20T08:00:00.000Z', { applicant: { name: '王' }, permit: undefined });
    expect(casesToIcs([{ record: bare, check: null }], { lang: 'zh', names: false })).toEqual({ ok: true, text: '', events: 0 });
  });
});
