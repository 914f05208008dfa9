// Hardening run of the reader: 5,000 random pages built from the portal's own building blocks
// (Element UI form items, selects, date and range editors, radio and checkbox groups, tables with
// separate header and body, tabs, descriptions, attachment rows), with garbage attributes, deep
// wrappers, full-width digits, odd dates and huge texts. Each page is built with DOM APIs, read
// with and without hand mappings, and the case data is checked by the engine. The reader promises
// three things, and each run holds it to them: it never throws, it does not change the page, and
// it only emits values the case schema accepts.
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { invalidateDescriptors, readPage, type ReadResult } from '../../../entrypoints/portal.content/reader';
import { FIELDS, MATERIALS, RANGES, SECTIONS, APP_TYPE_WORDS } from '../../../entrypoints/portal.content/reader/synonyms';
import { mappablePaths } from '../../../entrypoints/portal.content/reader';
import { checkCase } from '../../../rules/engine';
import { APPLICATION_TYPES, CASE_SCHEMA_ID } from '../../../rules/schema';

// ---- Vocabulary -------------------------------------------------------------------------------

const FIELD_LABELS = [...new Set(FIELDS.flatMap((field) => field.labels.slice(0, 4)))];
const RANGE_LABELS = RANGES.flatMap((range) => range.labels.slice(0, 2));
const SECTION_TITLES = SECTIONS.flatMap((section) => section.titles.slice(0, 2));
const MATERIAL_NAMES = MATERIALS.flatMap((material) => material.names.slice(0, 1));
const TYPE_WORDS = APP_TYPE_WORDS.flatMap((entry) => entry.words.slice(0, 2));
const MAPPABLE = [...mappablePaths(), 'ignore', 'attachments:id-card', 'attachments:nonsense', 'applicant.nonsense', '', 'applicant.workHistory[7].from'];

// Long enough to pass every length limit of the reader; longer ones only slow the run (see the report of
// this issue: a file-name pattern in reader/attachments.ts is quadratic on long texts without spaces).
const HUGE = '很长的文字'.repeat(200);
const VALUES = [
  // dates, well and oddly written
  '2026-01-15', '2026-02-29', '2024-02-29', '2026-13-01', '2026-00-10', '2026/1/5', '2026.01.05', '2026年1月5日', '2026年2月30日',
  '２０２６－０１－０５', '２０２６年１月５日', '20260105', '2026-1', '2026年', '1899-12-31', '9999-12-31', '0000-00-00', '2026-01-15 08:30:00',
  '2020-01-01至2027-06-30', '2020-01-01 ~ 长期', '至 2026-01-01', '2026-01-01至', '2019.09-2023.06', '长期', '至今', '无固定期限', '永久',
  // money, counts, percents
  '0', '-0', '-5', '12.5', '１２３４５', '1,234,567.89', '1e400', 'NaN', 'Infinity', '￥300', '300元', '12万', '12万元', '0.0001', '50%', '150%', '-3%',
  '3.5', '999999999999999999999', '１', '一百',
  // ids, codes, names
  '110105199003071239', '11010519900307123x', '11010519900307123X', '１１０１０５１９９００３０７１２３９', '110105900307123', '123',
  '91110108MA01ABCD1X', '京工居字第2026001号', '张三', '北京石景智联科技有限公司', 'Zhang San', 'ZHANG SAN', '张 三',
  // enum words
  '男', '女', '是', '否', '有效', '无效', '挂起', '本科', '博士研究生', '硕士', '学士学位', '已婚', '离异', '配偶', '子女', '租住房屋', '自有住房',
  '海淀区', '朝阳', '亦庄', '北京经济技术开发区', '高新技术企业', '国家级', '正高级', '考试', '已上传', '未上传', '企业', '事业单位',
  // nothing much
  '', ' ', '\u00a0', '\u3000', '-', '—', '/', '无', '请选择', '请输入', '*', '：', '<b>x</b>', '&amp;', '\u0000', '\ud800', '\u200b2026-01-15',
  HUGE,
];
const INPUT_TYPES = ['text', 'number', 'date', 'month', 'datetime-local', 'radio', 'checkbox', 'hidden', 'file', 'password', 'email', 'tel', 'search', 'range', 'color', 'week', 'time', 'submit', 'button', 'weird', ''];
const GARBAGE_ATTRS: Array<[string, string]> = [
  ['data-v-5a3b2c1d', ''], ['class', 'el-form-item'], ['class', 'el-form-item__label'], ['class', 'el-table__fixed'], ['class', 'hidden-columns'],
  ['class', 'el-select-dropdown'], ['class', 'el-tab-pane'], ['class', 'is-checked'], ['class', 'el-upload'], ['role', 'radiogroup'],
  ['role', 'tabpanel'], ['role', 'group'], ['role', 'tab'], ['aria-selected', 'true'], ['aria-labelledby', 'l1 l2 missing'], ['aria-labelledby', ''],
  ['aria-label', '出生日期'], ['title', '身份证号码'], ['for', 'l1'], ['id', 'l1'], ['id', 'l2'], ['id', ''], ['colspan', '0'], ['colspan', '-3'],
  ['colspan', '999999'], ['rowspan', 'x'], ['hidden', ''], ['style', 'display: none;'], ['style', 'display:none'], ['style', 'visibility:hidden'],
  ['name', 'xb'], ['name', 'aac002'], ['name', ''], ['placeholder', '请选择日期'], ['readonly', ''], ['disabled', ''], ['multiple', ''],
  ['aria-checked', 'true'], ['aria-current', 'page'], ['contenteditable', 'true'], ['tabindex', '-1'], ['value', '2026-01-15'],
];

// ---- Page model: plain data, so fast-check can shrink it; built into the DOM below --------------

type Attr = [string, string];
type Spec =
  | { t: 'text'; text: string }
  | { t: 'el'; tag: string; attrs: Attr[]; children: Spec[] }
  | { t: 'input'; type: string; attrs: Attr[]; value: string; property: string | null; checked: boolean };

const el = (tag: string, attrs: Attr[], children: Spec[]): Spec => ({ t: 'el', tag, attrs, children });
const cls = (name: string): Attr => ['class', name];
const txt = (text: string): Spec => ({ t: 'text', text });

const value = fc.constantFrom(...VALUES);
const label = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FIELD_LABELS) },
  { weight: 2, arbitrary: fc.constantFrom(...RANGE_LABELS) },
  { weight: 1, arbitrary: fc.constantFrom(...VALUES) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...FIELD_LABELS), fc.constantFrom('*', '：', ':', '（万元）', '(元)', '2025年', ' ')).map(([a, b]) => (b === '*' ? `* ${a}` : `${a}${b}`)) },
);
const garbage = fc.array(fc.constantFrom(...GARBAGE_ATTRS), { maxLength: 2 });

const nativeInput = fc
  .record({ type: fc.constantFrom(...INPUT_TYPES), attrs: garbage, value, property: fc.option(value, { nil: null }), checked: fc.boolean() })
  .map((input): Spec => ({ t: 'input', ...input }));
const textInput = fc.tuple(value, fc.option(value, { nil: null }), garbage).map(([v, property, attrs]): Spec => ({ t: 'input', type: 'text', attrs: [cls('el-input__inner'), ...attrs], value: v, property, checked: false }));

const control: fc.Arbitrary<Spec> = fc.oneof(
  textInput.map((input) => el('div', [cls('el-input el-input--small')], [input])),
  fc.tuple(textInput, fc.constantFrom('万元', '元', '%', '')).map(([input, unit]) => el('div', [cls('el-input el-input-group el-input-group--append')], [input, el('div', [cls('el-input-group__append')], [txt(unit)])])),
  // el-select: a read-only input showing the chosen option; the options live in a dropdown elsewhere.
  fc.tuple(textInput, fc.array(value, { maxLength: 3 })).map(([input, options]) =>
    el('div', [cls('el-select')], [el('div', [cls('el-input el-input--suffix')], [{ ...input, attrs: [...(input as { attrs: Attr[] }).attrs, ['readonly', '']] } as Spec]), el('div', [cls('el-select-dropdown el-popper')], options.map((o) => el('li', [cls('el-select-dropdown__item')], [txt(o)])))]),
  ),
  textInput.map((input) => el('div', [cls('el-date-editor el-input el-date-editor--date')], [input])),
  fc.tuple(textInput, textInput).map(([a, b]) => el('div', [cls('el-date-editor el-range-editor el-input__inner')], [{ ...a, attrs: [cls('el-range-input')] } as Spec, el('span', [cls('el-range-separator')], [txt('至')]), { ...b, attrs: [cls('el-range-input')] } as Spec])),
  fc.array(fc.tuple(value, fc.boolean()), { minLength: 1, maxLength: 3 }).map((options) =>
    el('div', [cls('el-radio-group'), ['role', 'radiogroup']], options.map(([text, checked]) =>
      el('label', [cls(checked ? 'el-radio is-checked' : 'el-radio'), ['role', 'radio']], [el('span', [cls('el-radio__input')], [{ t: 'input', type: 'radio', attrs: [cls('el-radio__original')], value: text, property: null, checked }]), el('span', [cls('el-radio__label')], [txt(text)])]),
    )),
  ),
  fc.array(fc.tuple(value, fc.boolean()), { minLength: 1, maxLength: 3 }).map((options) =>
    el('div', [cls('el-checkbox-group'), ['role', 'group']], options.map(([text, checked]) =>
      el('label', [cls(checked ? 'el-checkbox is-checked' : 'el-checkbox')], [{ t: 'input', type: 'checkbox', attrs: [cls('el-checkbox__original')], value: text, property: null, checked }, el('span', [cls('el-checkbox__label')], [txt(text)])]),
    )),
  ),
  fc.tuple(fc.array(value, { maxLength: 4 }), fc.nat(4), fc.boolean()).map(([options, selected, multiple]) =>
    el('select', multiple ? [['multiple', '']] : [], options.map((o, i) => el('option', i === selected ? [['selected', ''], ['value', o]] : [['value', o]], [txt(o)]))),
  ),
  value.map((v) => el('textarea', [cls('el-textarea__inner')], [txt(v)])),
  fc.boolean().map((on) => el('div', [cls(on ? 'el-switch is-checked' : 'el-switch'), ['role', 'switch'], ['aria-checked', String(on)]], [{ t: 'input', type: 'checkbox', attrs: [cls('el-switch__input')], value: '', property: null, checked: on }])),
  nativeInput,
  // A read-only value shown as text, as the portal does for what it knows from its own records.
  value.map((v) => el('span', [], [txt(v)])),
);

const formItem = fc.tuple(label, control, fc.boolean(), fc.option(value, { nil: null })).map(([text, inner, required, error]) =>
  el('div', [cls(required ? 'el-form-item is-required' : 'el-form-item')], [
    el('label', [cls('el-form-item__label')], [txt(text)]),
    el('div', [cls('el-form-item__content')], [inner, ...(error === null ? [] : [el('div', [cls('el-form-item__error')], [txt(error)])])]),
  ]),
);

/** An Element table: header and body are separate tables; rows may lack cells or have extra ones. */
const table = fc
  .tuple(
    fc.array(label, { minLength: 1, maxLength: 3 }),
    fc.array(fc.array(fc.oneof(control, value.map(txt)), { maxLength: 4 }), { maxLength: 2 }),
    fc.boolean(),
  )
  .map(([headers, rows, fixedCopy]) => {
    const header = el('div', [cls('el-table__header-wrapper')], [el('table', [cls('el-table__header')], [el('thead', [], [el('tr', [], headers.map((h, i) => el('th', [cls(`el-table_1_column_${i + 1}`)], [el('div', [cls('cell')], [txt(h)])])))])])]);
    const body = el('div', [cls('el-table__body-wrapper')], [el('table', [cls('el-table__body')], [el('tbody', [], rows.map((cells) => el('tr', [cls('el-table__row')], cells.map((cell) => el('td', [], [el('div', [cls('cell')], [cell])])))))])]);
    return el('div', [cls('el-table el-table--border')], fixedCopy ? [header, body, el('div', [cls('el-table__fixed')], [header, body])] : [header, body]);
  });

const attachmentRows = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...MATERIAL_NAMES), value), fc.constantFrom('已上传', '未上传', '', '上传中'), fc.option(fc.constantFrom('身份证.pdf', '合同 (1).jpg', '', '../../etc/passwd', HUGE), { nil: null })), { maxLength: 3 })
  .map((rows) =>
    el('div', [cls('el-table')], [
      el('div', [cls('el-table__header-wrapper')], [el('table', [], [el('thead', [], [el('tr', [], ['材料名称', '状态', '文件'].map((h) => el('th', [], [el('div', [cls('cell')], [txt(h)])])))])])]),
      el('div', [cls('el-table__body-wrapper')], [el('table', [], [el('tbody', [], rows.map(([name, status, file]) =>
        el('tr', [cls('el-table__row')], [
          el('td', [], [el('div', [cls('cell')], [txt(name)])]),
          el('td', [], [el('div', [cls('cell')], [txt(status)])]),
          el('td', [], [el('div', [cls('el-upload')], [{ t: 'input', type: 'file', attrs: [], value: '', property: null, checked: false }]), ...(file === null ? [] : [el('a', [cls('el-upload-list__item-name')], [txt(file)])])]),
        ]),
      ))])]),
    ]),
  );

const descriptions = fc.array(fc.tuple(label, value), { minLength: 1, maxLength: 4 }).map((items) =>
  el('div', [cls('el-descriptions')], [el('table', [], [el('tbody', [], items.map(([l, v]) => el('tr', [], [el('th', [cls('el-descriptions-item__label')], [txt(l)]), el('td', [cls('el-descriptions-item__content')], [txt(v)])])))])]),
);

const { block } = fc.letrec<{ block: Spec }>((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', maxDepth: 3 },
    { weight: 6, arbitrary: formItem },
    { weight: 2, arbitrary: table },
    { weight: 1, arbitrary: attachmentRows },
    { weight: 2, arbitrary: descriptions },
    { weight: 1, arbitrary: value.map(txt) },
    { weight: 1, arbitrary: nativeInput },
    // A titled card: the title names the section its fields belong to.
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...SECTION_TITLES), fc.array(tie('block'), { maxLength: 2 })).map(([title, children]) => el('div', [cls('el-card')], [el('div', [cls('el-card__header')], [el('span', [], [txt(title)])]), el('div', [cls('el-card__body')], children)])) },
    // Tabs with hidden panes.
    {
      weight: 1,
      arbitrary: fc.array(fc.tuple(fc.constantFrom(...SECTION_TITLES), fc.array(tie('block'), { maxLength: 2 })), { minLength: 1, maxLength: 3 }).map((tabs) =>
        el('div', [cls('el-tabs')], [
          el('div', [cls('el-tabs__header')], tabs.map(([title], i) => el('div', [cls(i === 0 ? 'el-tabs__item is-active' : 'el-tabs__item'), ['role', 'tab'], ['id', `tab-${i}`]], [txt(title)]))),
          el('div', [cls('el-tabs__content')], tabs.map(([, children], i) => el('div', [cls('el-tab-pane'), ['role', 'tabpanel'], ['aria-labelledby', `tab-${i}`], ...(i === 0 ? [] : [['style', 'display: none;'] as Attr])], children))),
        ]),
      ),
    },
    // Deeply nested wrappers with garbage attributes.
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom('div', 'span', 'section', 'form', 'fieldset', 'td', 'tr', 'table', 'li', 'label', 'p'), garbage, fc.nat(10), fc.array(tie('block'), { maxLength: 2 })).map(([tag, attrs, depth, children]) => {
      let node = el(tag, attrs, children);
      for (let i = 0; i < depth; i++) node = el('div', [['data-v-1a2b3c', '']], [node]);
      return node;
    }) },
    // A heading naming an application type (or two), as the portal's page titles do.
    { weight: 1, arbitrary: fc.array(fc.constantFrom(...TYPE_WORDS), { minLength: 1, maxLength: 2 }).map((words) => el('h2', [], [txt(words.join(' '))])) },
  ),
})) as { block: fc.Arbitrary<Spec> };

const page = fc.array(block, { minLength: 1, maxLength: 3 });

function build(doc: Document, spec: Spec): Node {
  if (spec.t === 'text') return doc.createTextNode(spec.text);
  if (spec.t === 'input') {
    const input = doc.createElement('input');
    if (spec.type) input.setAttribute('type', spec.type);
    for (const [name, v] of spec.attrs) input.setAttribute(name, v);
    input.setAttribute('value', spec.value);
    // A value typed by the user differs from the attribute the page rendered.
    if (spec.property !== null && !['radio', 'checkbox', 'file'].includes(spec.type)) input.value = spec.property;
    if (spec.checked) input.checked = true;
    return input;
  }
  const element = doc.createElement(spec.tag);
  for (const [name, v] of spec.attrs) {
    if (name === 'class' && element.hasAttribute('class')) element.setAttribute('class', `${element.getAttribute('class')} ${v}`);
    else element.setAttribute(name, v);
  }
  for (const child of spec.children) element.append(build(doc, child));
  if (element instanceof HTMLSelectElement) {
    const selected = element.querySelector('option[selected]') as HTMLOptionElement | null;
    if (selected) selected.selected = true;
  }
  return element;
}

// ---- The run ----------------------------------------------------------------------------------

const ROUTES = ['#/business/new', '#/business/renewal', '#/business/employer-change', '#/business/info-change', '#/permission', '#/department-change', '#/odd', '', '#/x?y=1'];
const RUNS = Number(process.env.HARDENING_RUNS ?? 5_000);

interface Gap {
  path: string;
  expected: string;
}

/** The engine's verdict on what the reader emitted: null when the schema accepts it. */
function schemaGap(result: ReadResult, fallbackType: (typeof APPLICATION_TYPES)[number]): Gap | null {
  const checked = checkCase({ schema: CASE_SCHEMA_ID, type: result.type ?? fallbackType, ...result.caseData }, { today: '2026-11-27' });
  return checked.ok ? null : { path: checked.error.path, expected: checked.error.expected };
}

// happy-dom computes styles for checkVisibility at a cost far above a browser's, and that alone would
// take most of the run: the reader's markup path (its fallback where checkVisibility is missing)
// decides visibility here instead.
const checkVisibility = Object.getOwnPropertyDescriptor(Element.prototype, 'checkVisibility');
beforeAll(() => {
  delete (Element.prototype as { checkVisibility?: unknown }).checkVisibility;
});
afterAll(() => {
  if (checkVisibility) Object.defineProperty(Element.prototype, 'checkVisibility', checkVisibility);
});
afterEach(() => {
  document.body.replaceChildren();
});

describe('reader hardening', () => {
  it(`${RUNS} random portal-like pages: no exception, page untouched, only schema-valid values`, () => {
    const gaps: Array<Gap & { mapped: boolean }> = [];
    let withFields = 0;
    fc.assert(
      fc.property(
        page,
        fc.constantFrom(...ROUTES),
        fc.constantFrom(...APPLICATION_TYPES),
        fc.array(fc.constantFrom(...MAPPABLE), { minLength: 1, maxLength: 6 }),
        (blocks, hash, fallbackType, mappedPaths) => {
          const root = document.createElement('div');
          root.id = 'app';
          for (const spec of blocks) root.append(build(document, spec));
          document.body.replaceChildren(root);
          const before = root.outerHTML;
          const location = { hash, pathname: '/person-platform/', host: 'fw.bjrcgz.gov.cn' };

          // As after a route change in the content script: the shared cache starts afresh (and its
          // page observer is let go, or thousands of them would watch every later page).
          invalidateDescriptors();
          const first = readPage(document, { location });
          // Whatever the user maps by hand, the reader must still emit values the schema accepts.
          const keys = [...first.fields.map((f) => f.key), ...first.unrecognised.map((u) => u.key)];
          const mappings = Object.fromEntries(keys.map((key, i) => [key, mappedPaths[i % mappedPaths.length]!]));
          const second = readPage(document, { location, mappings, type: fallbackType });

          expect(root.outerHTML).toBe(before);
          if (first.fields.length > 0) withFields++;
          for (const [result, mapped] of [[first, false], [second, true]] as const) {
            expect(result.errors ?? 0).toBe(0);
            const gap = schemaGap(result, fallbackType);
            if (gap) gaps.push({ ...gap, mapped });
          }
        },
      ),
      { numRuns: RUNS },
    );
    // The generator must reach the dictionary, or the run proves little.
    expect(withFields).toBeGreaterThan(RUNS / 2);
    expect(summarise(gaps)).toEqual([]);
  }, 120_000);
});

/** Gaps grouped by schema path (indices folded), so a report names each gap once. */
function summarise(gaps: Array<Gap & { mapped: boolean }>): string[] {
  const counts = new Map<string, number>();
  for (const gap of gaps) {
    const key = `${gap.path.replace(/\[\d+\]/g, '[]')} — ${gap.expected}${gap.mapped ? ' (hand-mapped)' : ''}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, n]) => `${key} ×${n}`).sort();
}
