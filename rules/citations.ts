// The documents the guide rests on (guide 一), so rules cite them by one spelling.
import type { Citation, Text } from './types';

export const DOC = {
  opinion2003: '京政办发〔2003〕29号',
  notice2019: '京组通〔2019〕9号',
  renewal2006: '京人发〔2006〕56号',
  shijingshan2020: '石人社发〔2020〕3号',
  guide: '石景山区《北京市工作居住证》办理指南',
} as const;

export function cite(section: string, ...documents: string[]): Citation {
  return { document: (documents.length ? documents : [DOC.notice2019, DOC.shijingshan2020]).join('、'), section };
}

/** Checks of the input itself rest on a standard, not on a clause of the guide. */
export const ID_NUMBER_STANDARD: Citation = { document: 'GB 11643-1999《公民身份号码》', section: '' };
export const CREDIT_CODE_STANDARD: Citation = { document: 'GB 32100-2015《法人和其他组织统一社会信用代码编码规则》', section: '' };
/** Checks that the case agrees with itself (ID number and birth date, work history) are no clause of the guide. */
export const CONSISTENCY_CHECK: Citation = {
  document: { zh: '数据一致性检查（非指南条款）', en: 'Consistency check (not a clause of the guide)' },
  section: '',
};

/** A message resting on the tool's reading of an ambiguous clause says so ({reading}). */
export const READING: Text = { zh: '（按本工具对指南的理解）', en: '(our reading of the guide)' };

/** Advice from reported practice says so in its message ({practice}) and its basis, in this one phrase. */
export const PRACTICE: Text = { zh: '办理经验，非指南规定', en: 'reported practice, not in the guide' };
