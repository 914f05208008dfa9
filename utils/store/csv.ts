// The case list as CSV for a spreadsheet: UTF-8 with a byte-order mark (Excel reads it as UTF-8
// only then), CRLF line ends, every field quoted.
import { subjectOf } from '../../rules/application-types';
import { materialName } from '../../rules/materials';
import type { Lang, Text } from '../../rules/types';
import { countsOf } from '../../rules/summary';
import { provisionalYearsOfDates } from '../../rules/provisional';
import { provisionalReason } from '../i18n';
import { assess, missingMaterials, type AssessOptions } from './assess';
import { APPLICATION_TYPE_LABELS, STATUS_LABELS, type CaseRecord } from './types';

const COLUMNS: readonly Text[] = [
  { zh: '申请人', en: 'Applicant' },
  { zh: '业务类型', en: 'Type' },
  { zh: '状态', en: 'Status' },
  { zh: '错误', en: 'Errors' },
  { zh: '警告', en: 'Warnings' },
  { zh: '缺少材料', en: 'Missing materials' },
  { zh: '工作居住证有效期至', en: 'Permit valid until' },
  { zh: '最晚安全提交日', en: 'Last safe submission day' },
  { zh: '可申请日期', en: 'Earliest day to apply' },
  { zh: '最晚可申请日期', en: 'Last day to apply' },
  // The dates above stay plain dates for sorting; a provisional one is said here.
  { zh: '日期说明', en: 'Note on the dates' },
];

const BOM = '\uFEFF';

/** A cell a spreadsheet would run as a formula starts with one of these; such text gets a leading '. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function casesToCsv(records: readonly CaseRecord[], options: AssessOptions & { lang: Lang }): string {
  const { lang } = options;
  const separator = lang === 'zh' ? '、' : '; ';
  const lines = [COLUMNS.map((column) => csvField(column[lang])).join(',')];
  for (const record of records) {
    const output = assess(record.case, options);
    const counts = output ? countsOf(output.findings) : null;
    const provisional = output ? provisionalYearsOfDates(output) : [];
    const missing = output ? missingMaterials(output).map((id) => materialName(id, lang)).join(separator) : '';
    lines.push(
      [
        csvField(subjectOf(record.case)),
        csvField(APPLICATION_TYPE_LABELS[record.case.type][lang]),
        csvField(STATUS_LABELS[record.status][lang]),
        csvField(counts?.errors),
        csvField(counts?.warnings),
        csvField(missing),
        csvField(record.case.permit?.validUntil),
        csvField(output?.dates.lastSafeSubmission),
        csvField(output?.dates.earliestEligible),
        csvField(output?.dates.eligibleUntil),
        csvField(provisional.length > 0 ? provisionalReason(provisional, lang) : ''),
      ].join(','),
    );
  }
  return BOM + lines.join('\r\n') + '\r\n';
}
