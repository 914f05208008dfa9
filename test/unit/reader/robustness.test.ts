import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readPage } from '../../../entrypoints/portal.content/reader/read';
import { createReaderCache, disposeReaderCache } from '../../../entrypoints/portal.content/reader/cache';
import { describeControl } from '../../../entrypoints/portal.content/reader/labels';
import { parseCase } from '../../../rules/schema';
import { MATERIAL_IDS } from '../../../rules/materials';

const TAGS = ['div', 'span', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'label', 'form', 'fieldset', 'legend', 'dl', 'dt', 'dd', 'ul', 'li', 'h3', 'b', 'p', 'select', 'option'];
const VOID = ['input', 'textarea', 'br'];
const CLASSES = [
  'el-form-item', 'el-form-item__label', 'el-form-item__content', 'el-select', 'el-input', 'el-input__inner', 'el-input-group__append',
  'el-date-editor', 'el-range-editor', 'el-range-input', 'el-radio-group', 'el-radio', 'is-checked', 'el-checkbox-group', 'el-checkbox',
  'el-switch', 'el-table', 'el-table__header-wrapper', 'el-table__body-wrapper', 'el-table__row', 'el-table_1_column_1', 'el-table__fixed',
  'el-descriptions', 'el-descriptions-item__label', 'el-descriptions-item__content', 'el-upload', 'el-upload-list__item',
  'el-upload-list__item-name', 'el-tab-pane', 'el-card__header', 'hidden-columns', 'el-select-dropdown', 'title', 'tdlabel',
];
const WORDS = [
  '姓名', '身份证号', '性别', '男', '女', '出生日期', '工作经历', '随往人员', '单位名称', '开始时间', '结束时间', '至今', '2025年', '2026年10月',
  '纳税额（万元）', '应税收入', '已上传', '未上传', '诚信声明', '身份证.pdf', '材料名称', '状态', '有效期至', '证件信息', '起止时间', '是', '否',
  '万元', '元', '*', '：', '2026-02-30', '１２３', '长期', '学历', '本科', '年度', '合同期限', '2021-07-01至2027-06-30', '', ' ',
];

const attribute = fc.oneof(
  fc.constantFrom(...CLASSES).map((c) => `class="${c}"`),
  fc.constantFrom('radio', 'checkbox', 'text', 'hidden', 'file', 'date', 'number', 'month').map((t) => `type="${t}"`),
  fc.constantFrom('a', 'b', 'xb', 'tab-x', 'pane-x').map((n) => `name="${n}" id="${n}"`),
  fc.constantFrom('a', 'b', 'tab-x', 'nope').map((n) => `for="${n}"`),
  fc.constantFrom('a', 'b', 'tab-x', 'a b', '').map((n) => `aria-labelledby="${n}"`),
  fc.constantFrom(...WORDS).map((w) => `value="${w}"`),
  fc.constantFrom(...WORDS).map((w) => `placeholder="${w}"`),
  fc.constantFrom('0', '-1', '2', 'x', '999').map((n) => `colspan="${n}"`),
  fc.constantFrom('radiogroup', 'tabpanel', 'group', 'switch', 'heading').map((r) => `role="${r}"`),
  fc.constant('style="display: none;"'),
  fc.constant('hidden'),
  fc.constant('checked'),
  fc.constant('selected'),
  fc.constant('multiple'),
);

const text = fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 6 }).map((s) => s.replace(/[<>&]/g, '')));

const { markup } = fc.letrec<{ markup: string }>((tie) => ({
  markup: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.tuple(fc.constantFrom(...VOID), fc.array(attribute, { maxLength: 4 })).map(([tag, attrs]) => `<${tag} ${attrs.join(' ')}>`),
    fc
      .tuple(fc.constantFrom(...TAGS), fc.array(attribute, { maxLength: 3 }), fc.array(tie('markup'), { maxLength: 4 }), fc.boolean())
      .map(([tag, attrs, children, closed]) => `<${tag} ${attrs.join(' ')}>${children.join('')}${closed ? `</${tag}>` : ''}`),
    fc.constantFrom('</td>', '</tr>', '<tr>', '</table>', '<', '>', '&nbsp;', '<!---->'),
  ),
})) as { markup: fc.Arbitrary<string> };

/** More runs on demand (FUZZ_RUNS=5000) for a longer hunt; the default keeps the suite quick. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const TIMEOUT = Math.max(30_000, RUNS * 60);

const page = fc.array(markup, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));

describe('garbage pages', () => {
  it('never throw, never change the page, and give only schema-valid case data', () => {
    fc.assert(
      fc.property(page, fc.constantFrom('#/apply/new', '#/x', ''), (html, hash) => {
        document.body.innerHTML = html;
        const before = document.body.innerHTML;
        const cache = createReaderCache();
        const location = { hash, pathname: '/', host: 'h' };
        const first = readPage(document, { location, cache });
        const keys = [...first.unrecognised, ...first.fields].map((entry) => ('key' in entry ? entry.key : ''));
        const mappings = Object.fromEntries(keys.map((key, index) => [key, ['applicant.workHistory[].from', 'employer.taxPaid.2025', 'ignore', 'nonsense.path', 'attachments:id-card'][index % 5]!]));
        const second = readPage(document, { location, cache, mappings });
        expect(document.body.innerHTML).toBe(before);
        for (const result of [first, second]) {
          // Sound handling, not a caught exception, is what keeps garbage from breaking the read.
          expect(result.errors).toBe(0);
          for (const list of [result.fields, result.problems, result.unrecognised]) expect(Array.isArray(list)).toBe(true);
          for (const field of result.fields) expect(document.contains(field.element)).toBe(true);
          const parsed = parseCase({ ...result.caseData, type: result.type ?? 'new' }, MATERIAL_IDS);
          expect(parsed.ok ? 'valid' : parsed.error).toBe('valid');
        }
        for (const element of Array.from(document.body.querySelectorAll('*'))) describeControl(element, cache);
        disposeReaderCache(cache);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it('reads the same page the same way twice', () => {
    fc.assert(
      fc.property(page, (html) => {
        document.body.innerHTML = html;
        const location = { hash: '#/p', pathname: '/', host: 'h' };
        const caches = [createReaderCache(), createReaderCache()];
        const once = readPage(document, { location, cache: caches[0] });
        const twice = readPage(document, { location, cache: caches[1] });
        caches.forEach(disposeReaderCache);
        expect(twice.caseData).toEqual(once.caseData);
        expect(twice.fields.map((f) => f.path)).toEqual(once.fields.map((f) => f.path));
        expect(twice.unrecognised.map((u) => u.key)).toEqual(once.unrecognised.map((u) => u.key));
      }),
      { numRuns: Math.ceil(RUNS / 5) },
    );
  }, TIMEOUT);
});
