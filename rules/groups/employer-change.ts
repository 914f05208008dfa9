// Employer-change rules (guide 七(四)): the holder left the employer on the permit while it was
// valid, the old employer released the link (挂起), and the new employer files the change.
import { evaluateFilingDeadline } from '../checks/deadline';
import { requireAll } from '../checks/required';
import { cite } from '../citations';
import { sameName } from '../names';
import { fail, incomplete, pass, type Outcome, type RuleContext, type RuleDef } from '../types';

const DEADLINE_RULE: RuleDef = {
  id: 'employer-change.deadline',
  severity: 'error',
  title: { zh: '聘用单位变更提交期限', en: 'Employer-change filing deadline' },
  types: ['employer-change'],
  fields: ['permit.validUntil', 'asOf'],
  messages: {
    fail: {
      zh: '已过最晚安全提交日{lastSafe}：证件有效期至{validUntil}，证件核准须在有效期截止前预留15个工作日审核{reading}。逾期未办理或核准通过的证件失效：请立即提交并联系受理部门。',
      en: 'The last safe day to file, {lastSafe}, has passed: the permit is valid until {validUntil}, and the change must be filed at least 15 working days before it ends, to leave time for review {reading}. A permit not changed and approved in time lapses: file now and contact the district office.',
    },
    band: {
      zh: '距最晚安全提交日{lastSafe}已不足5个工作日：证件有效期至{validUntil}，须为受理部门预留15个工作日审核{reading}。请尽快提交。',
      en: 'Fewer than 5 working days are left before {lastSafe}, the last safe day to file: the permit is valid until {validUntil}, and the change must be filed at least 15 working days before it ends, to leave time for review {reading}. File soon.',
    },
    lapsed: {
      zh: '证件有效期已于{validUntil}届满，不能再办理聘用单位变更：请由新单位按证件新办申请（须重新符合新办条件）。',
      en: 'The permit ended on {validUntil}, so it can no longer be moved to a new employer: the new employer must apply for a new permit (the conditions for a new permit apply).',
    },
  },
  citation: cite('七(四)'),
  note: 'Reading: 证件核准须至少在证件有效期截止前预留15个工作日用于主管单位审核 is read as: file on or before the latest working day S with addWorkingDays(S, 15) <= permit.validUntil. Warning band: not late, and the fifth working day after asOf falls after that day.',
  // employer-change.suspended reports only a lapsed status, so a lapse by date is this rule's.
  evaluate: (ctx) => evaluateFilingDeadline(ctx, { lapseReportedElsewhere: false }),
};

function evaluateSuspended({ c }: RuleContext): Outcome {
  const status = c.permit?.status;
  if (status === undefined) return incomplete(['permit.status']);
  if (status === 'suspended') return pass;
  return fail(undefined, { message: status === 'expired' ? 'expired' : 'fail' });
}

const SUSPENDED_RULE: RuleDef = {
  id: 'employer-change.suspended',
  severity: 'error',
  title: { zh: '证件已挂起', en: 'Permit suspended (挂起)' },
  types: ['employer-change'],
  fields: ['permit.status'],
  messages: {
    fail: {
      zh: '证件状态为“有效”，尚未挂起：须先由原用人单位在系统中解除员工关联（解除后证件显示为“挂起”），再由申请人与新单位发起“证件关联”并经新单位确认，然后才能申请聘用单位变更。',
      en: 'The permit is still active, not suspended (挂起): the previous employer must first release the link in the system (the permit then shows 挂起); then the holder links the permit to the new employer, which confirms it, and only then can the change be filed.',
    },
    expired: {
      zh: '证件状态为“已失效”，不能办理聘用单位变更：逾期未办理或核准通过的证件失效。请由新单位按证件新办申请（须重新符合新办条件）。',
      en: 'The permit has lapsed (失效) and cannot be moved to a new employer: a permit not changed in time lapses. The new employer must apply for a new permit.',
    },
  },
  citation: cite('七(四)'),
  evaluate: evaluateSuspended,
};

function evaluateNewEmployer({ c }: RuleContext): Outcome {
  const previous = c.employerChange?.previousEmployer;
  const employer = c.employer?.name;
  const open = requireAll({ 'employerChange.previousEmployer': previous, 'employer.name': employer });
  if (open) return open;
  return sameName(previous!, employer!) ? fail({ previous: previous!, employer: employer! }) : pass;
}

const NEW_EMPLOYER_RULE: RuleDef = {
  id: 'employer-change.new-employer',
  severity: 'error',
  title: { zh: '新聘用单位不同于原单位', en: 'New employer differs from the previous one' },
  types: ['employer-change'],
  fields: ['employerChange.previousEmployer', 'employer.name'],
  messages: {
    fail: {
      zh: '原聘用单位（{previous}）与申请单位（{employer}）是同一单位：聘用单位变更适用于与原单位解除劳动关系后到新单位工作的情形；原单位继续聘用的，请在证件到期前办理续签。',
      en: 'The previous employer ({previous}) is the employer filing the change ({employer}): an employer change is for a holder who left the previous employer for a new one; if the same employer keeps the holder on, renew the permit before it ends.',
    },
  },
  citation: cite('七(四)'),
  evaluate: evaluateNewEmployer,
};

function evaluateSeparationInValidity({ c }: RuleContext): Outcome {
  const separationDate = c.employerChange?.separationDate;
  const validUntil = c.permit?.validUntil;
  const open = requireAll({ 'employerChange.separationDate': separationDate, 'permit.validUntil': validUntil });
  if (open) return open;
  return separationDate! <= validUntil! ? pass : fail({ separationDate: separationDate!, validUntil: validUntil! });
}

const SEPARATION_IN_VALIDITY_RULE: RuleDef = {
  id: 'employer-change.separation-in-validity',
  severity: 'error',
  title: { zh: '在证件有效期内离职', en: 'Left the previous employer while the permit was valid' },
  types: ['employer-change'],
  fields: ['employerChange.separationDate', 'permit.validUntil'],
  messages: {
    fail: {
      zh: '与原单位解除劳动关系的日期（{separationDate}）晚于证件有效期截止日（{validUntil}）：聘用单位变更适用于在证件有效期内与单位解除劳动关系的持证人；证件已到期的，请由新单位按新办申请。',
      en: 'The holder left the previous employer on {separationDate}, after the permit ended ({validUntil}): an employer change is for holders who leave while the permit is valid; once it has ended, the new employer must apply for a new permit.',
    },
  },
  citation: cite('七(四)'),
  evaluate: evaluateSeparationInValidity,
};

export const EMPLOYER_CHANGE_RULES: RuleDef[] = [
  DEADLINE_RULE,
  SUSPENDED_RULE,
  NEW_EMPLOYER_RULE,
  SEPARATION_IN_VALIDITY_RULE,
];
