// Personal-information change rules (guide 七(五)): a holder whose details changed while the permit is valid.
import { requireAll } from '../checks/required';
import { cite } from '../citations';
import { fail, incomplete, pass, type Outcome, type RuleContext, type RuleDef, type Text } from '../types';

const STATUS_NAMES: Record<'suspended' | 'expired', Text> = {
  suspended: { zh: '挂起', en: 'suspended (挂起)' },
  expired: { zh: '已失效', en: 'lapsed (失效)' },
};

function evaluateItems({ c }: RuleContext): Outcome {
  const items = c.infoChange?.items;
  if (items === undefined) return incomplete(['infoChange.items']);
  return items.length > 0 ? pass : fail();
}

const ITEMS_RULE: RuleDef = {
  id: 'info-change.items',
  severity: 'error',
  title: { zh: '注明变更事项', en: 'Items to change named' },
  types: ['info-change'],
  fields: ['infoChange.items'],
  messages: {
    fail: {
      zh: '未选择变更事项：提交个人信息变更申请时应注明具体变更事项（随往人员、居住地、户口所在地、学历学位、技术职称等）。',
      en: 'No item to change is selected: an information change must name what changed (accompanying family, residence, hukou, education, professional title, …).',
    },
  },
  citation: cite('七(五)'),
  evaluate: evaluateItems,
};

/** Both parts must hold: status valid and asOf <= validUntil; a known failing part decides. */
function evaluatePermitValid({ c, asOf }: RuleContext): Outcome {
  const status = c.permit?.status;
  const validUntil = c.permit?.validUntil;
  if (status !== undefined && status !== 'valid') {
    return fail({ status: STATUS_NAMES[status] }, { message: 'status', fields: ['permit.status'] });
  }
  if (validUntil !== undefined && asOf > validUntil) {
    return fail({ validUntil, asOf }, { fields: ['permit.validUntil'] });
  }
  return requireAll({ 'permit.status': status, 'permit.validUntil': validUntil }) ?? pass;
}

const PERMIT_VALID_RULE: RuleDef = {
  id: 'info-change.permit-valid',
  severity: 'error',
  title: { zh: '证件在有效期内', en: 'Permit valid' },
  types: ['info-change'],
  fields: ['permit.status', 'permit.validUntil'],
  messages: {
    fail: {
      zh: '工作居住证有效期至{validUntil}，到{asOf}已过期：个人信息变更只能在证件有效期内办理。',
      en: 'The permit was valid until {validUntil} and has ended by {asOf}: personal details can only be changed while the permit is valid.',
    },
    status: {
      zh: '证件状态为“{status}”：个人信息变更只适用于有效期内、状态有效的证件。',
      en: 'The permit is {status}: personal details can only be changed on a permit that is valid.',
    },
  },
  citation: cite('七(五)'),
  evaluate: evaluatePermitValid,
};

export const INFO_CHANGE_RULES: RuleDef[] = [
  ITEMS_RULE,
  PERMIT_VALID_RULE,
];
