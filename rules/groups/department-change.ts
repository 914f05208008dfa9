// Change of the employer's supervising district (guide 七(六)): an employer with permission in
// another district moved its registration into this one.
import { requireAll } from '../checks/required';
import { cite } from '../citations';
import { DISTRICT_NAMES } from '../districts';
import { fail, pass, type Outcome, type RuleContext, type RuleDef } from '../types';

function evaluateDistrict({ c }: RuleContext): Outcome {
  const previous = c.employer?.previousDistrict;
  const registered = c.employer?.registeredDistrict;
  const open = requireAll({ 'employer.previousDistrict': previous, 'employer.registeredDistrict': registered });
  if (open) return open;
  return previous !== registered ? pass : fail({ district: DISTRICT_NAMES[registered!] });
}

const DISTRICT_RULE: RuleDef = {
  id: 'department-change.district',
  severity: 'error',
  title: { zh: '原主管区不同于现注册区', en: 'Previous district differs from the new one' },
  types: ['department-change'],
  fields: ['employer.previousDistrict', 'employer.registeredDistrict'],
  messages: {
    fail: {
      zh: '原主管区与现注册所在区都是{district}：单位主管部门变更适用于在外区已开通工作居住证管理系统、因注册地迁入本区的单位。请核对原主管区；未在外区开通权限的单位应办理用人单位权限注册。',
      en: 'The previous district and the district of registration are both {district}: a change of supervising district is for an employer that had permission in another district and moved its registration here. Check the previous district; an employer without permission elsewhere registers as a new employer instead.',
    },
  },
  citation: cite('七(六)'),
  evaluate: evaluateDistrict,
};

export const DEPARTMENT_CHANGE_RULES: RuleDef[] = [
  DISTRICT_RULE,
];
