import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeContext, describeControl, describeWidget } from '../../../entrypoints/portal.content/reader/labels';
import { createReaderCache, disposeReaderCache, type ReaderCache } from '../../../entrypoints/portal.content/reader/cache';
import { readRaw, widgetOf } from '../../../entrypoints/portal.content/reader/controls';
import { loadFixture, loadHtml } from './helpers';

let cache: ReaderCache;
beforeEach(() => {
  cache = createReaderCache();
});
afterEach(() => disposeReaderCache(cache));

const describe$ = (selector: string) => {
  const element = document.querySelector(selector);
  if (!element) throw new Error(`no ${selector}`);
  const descriptor = describeControl(element, cache);
  if (!descriptor) throw new Error(`not a control: ${selector}`);
  return descriptor;
};
const sources = (selector: string) => describe$(selector).labels.map((label) => `${label.source}:${label.text}`);

describe('label sources and their order', () => {
  it('collects every source in the fixed order: for, labelledby, aria-label, ancestor, form item, title, placeholder', () => {
    loadHtml(`
      <div class="el-form-item"><label class="el-form-item__label">表单项</label><div class="el-form-item__content">
        <label>外层标签 <input id="x" aria-labelledby="lb" aria-label="无障碍" title="提示" placeholder="占位"></label>
      </div></div>
      <label for="x">关联标签</label><span id="lb">引用标签</span>`);
    expect(sources('#x')).toEqual([
      'label-for:关联标签',
      'aria-labelledby:引用标签',
      'aria-label:无障碍',
      'ancestor-label:外层标签',
      'form-item:表单项',
      'title:提示',
      'placeholder:占位',
    ]);
  });

  it('cleans labels: required stars, trailing colons, padding between Chinese characters', () => {
    loadHtml(`<table><tr><td class="tdlabel"><font color="red">*</font>姓&nbsp;&nbsp;名：</td><td><input id="a"></td>
      <td>学　　历:</td><td><input id="b"></td></tr></table>`);
    expect(sources('#a')).toEqual(['left-cell:姓名']);
    expect(sources('#b')).toEqual(['left-cell:学历']);
  });

  it('takes the text before the control in the same cell, and the dt before a dd', () => {
    loadHtml(`<table><tr><td>合同信息：</td><td>合同期限：<input id="a"></td></tr></table><dl><dt>毕业院校</dt><dd><input id="b"></dd></dl>`);
    expect(sources('#a')).toEqual(['text-before:合同期限', 'left-cell:合同信息']);
    expect(sources('#b')).toEqual(['left-cell:毕业院校']);
  });

  it('does not take a number or a cell holding another control as the left label', () => {
    loadHtml(`<table><tr><td>1</td><td><input id="a"></td><td><input id="b"></td></tr></table>`);
    expect(sources('#a')).toEqual([]);
    expect(sources('#b')).toEqual([]);
  });

  it('reads the label of an el-descriptions item around a control', () => {
    loadHtml(`<div class="el-descriptions"><div class="el-descriptions__body"><table class="el-descriptions__table"><tbody><tr class="el-descriptions-row">
      <td class="el-descriptions-item el-descriptions-item__cell"><div class="el-descriptions-item__container">
      <span class="el-descriptions-item__label has-colon">证件编号</span><span class="el-descriptions-item__content"><input id="a"></span></div></td></tr></tbody></table></div></div>`);
    expect(sources('#a')).toEqual(['left-cell:证件编号']);
  });
});

describe('Element UI widgets', () => {
  beforeEach(() => loadFixture('element-new.html'));

  it('makes one control of a radio group, labelled by its form item and not by its options', () => {
    const group = describe$('[role="radiogroup"] input');
    expect(group.kind).toBe('radio');
    expect(group.element.getAttribute('role')).toBe('radiogroup');
    expect(group.inputs).toHaveLength(2);
    expect(group.labels.map((l) => l.text)).toEqual(['性别']);
    expect(readRaw(widgetOf(group.inputs[1]!)!)).toEqual({ kind: 'text', text: '男', alt: '1' });
  });

  it('reads an Element select by the label shown in its readonly input; its dropdown holds no control', () => {
    const marital = Array.from(document.querySelectorAll('.el-form-item')).find((item) => item.textContent?.includes('婚姻状况'))!;
    const descriptor = describeControl(marital.querySelector('input')!, cache)!;
    expect(descriptor.kind).toBe('select');
    expect(descriptor.element.classList.contains('el-select')).toBe(true);
    expect(descriptor.labels[0]).toEqual({ source: 'form-item', text: '婚姻状况' });
    expect(describeControl(document.querySelector('.el-select-dropdown__item')!, cache)).toBeNull();
    expect(describeControl(document.querySelector('.el-picker-panel input')!, cache)).toBeNull();
  });

  it('takes a date editor as one date control, and a range editor as two halves', () => {
    const birth = describe$('.el-date-editor--date input');
    expect(birth.kind).toBe('date');
    expect(birth.element.classList.contains('el-date-editor')).toBe(true);
    const [start, end] = Array.from(document.querySelectorAll('.el-range-input')).map((input) => describeControl(input, cache)!);
    expect([start!.rangePart, end!.rangePart]).toEqual(['start', 'end']);
    expect(start!.labels.map((l) => l.text)).toEqual(['劳动合同期限', '开始日期']);
    expect(end!.labels.map((l) => l.text)).toEqual(['劳动合同期限', '结束日期']);
  });

  it('takes the unit from an input-group append', () => {
    const capital = Array.from(document.querySelectorAll('.el-form-item')).find((item) => item.textContent?.includes('注册资本'))!;
    expect(describeControl(capital.querySelector('input')!, cache)!.unit).toBe('wan');
  });

  it('labels a control in an el-table row by the header cell of its column (a separate header table)', () => {
    const rows = document.querySelectorAll('.el-card')[4]!.querySelectorAll('.el-table__body tr');
    const secondRowFrom = describeControl(rows[1]!.querySelectorAll('input')[1]!, cache)!;
    expect(secondRowFrom.labels.map((l) => `${l.source}:${l.text}`)).toEqual(['column-header:开始时间', 'placeholder:选择月']);
    expect(secondRowFrom.row?.row).toBe(rows[1]);
    expect(secondRowFrom.tableHeaders).toEqual(['序号', '工作单位', '开始时间', '结束时间', '操作']);
    expect(secondRowFrom.sections[0]).toBe('工作经历');
  });

  it('gives every control of an el-table the header of its own column, with or without column classes', () => {
    const table = (withClasses: boolean) => {
      const cls = (i: number) => (withClasses ? ` class="el-table_9_column_${i}"` : '');
      const row = `<tr>${[1, 2, 3].map((i) => `<td${cls(i)}><div class="cell"><input class="c${i}"></div></td>`).join('')}</tr>`;
      return `<div class="el-table"><div class="el-table__header-wrapper"><table><thead><tr>${['工作单位', '开始时间', '结束时间'].map((h, i) => `<th${cls(i + 1)}><div class="cell">${h}</div></th>`).join('')}</tr></thead></table></div>
        <div class="el-table__body-wrapper"><table class="el-table__body"><tbody>${row}${row}</tbody></table></div></div>`;
    };
    for (const withClasses of [true, false]) {
      loadHtml(table(withClasses));
      // One context for the whole table, as a read uses: the header is looked up once.
      const context = describeContext(document);
      const headers = Array.from(document.querySelectorAll('input')).map((input) => describeWidget(widgetOf(input)!, context).labels[0]?.text);
      expect(headers).toEqual(['工作单位', '开始时间', '结束时间', '工作单位', '开始时间', '结束时间']);
    }
  });

  it('caches a descriptor per control and forgets it with a new cache', () => {
    const input = document.querySelector('.el-input__inner')!;
    expect(describeControl(input, cache)).toBe(describeControl(input, cache));
    expect(describeControl(input, createReaderCache())).not.toBe(describeControl(input, cache));
  });
});

describe('old table layouts', () => {
  beforeEach(() => loadFixture('legacy-renewal.html'));

  it('groups native radios by name and reads the text after the ticked one', () => {
    const gender = describe$('input[name="xb"]');
    expect(gender.kind).toBe('radio');
    expect(gender.inputs).toHaveLength(2);
    expect(gender.labels.map((l) => l.text)).toEqual(['性别']);
    expect(readRaw(widgetOf(gender.inputs[0]!)!)).toEqual({ kind: 'text', text: '女', alt: '2' });
  });

  it('takes the unit written after the input, and the label of a single checkbox', () => {
    expect(describe$('input[name="zczb"]').unit).toBe('wan');
    expect(sources('#kt')).toEqual(['label-for:已开通工作居住证办理权限', 'left-cell:办理权限']);
  });

  it('finds the header row of a plain table without thead, and the section row above it', () => {
    const from = describeControl(document.querySelectorAll('input[name="qssj"]')[1]!, cache)!;
    expect(from.labels.map((l) => `${l.source}:${l.text}`)).toEqual(['column-header:起始时间']);
    expect(from.row).toBeDefined();
    expect(from.sections[0]).toBe('工作简历');
  });

  it('does not treat a label-left row as a table of repeating rows', () => {
    expect(describe$('input[name="sfzh"]').row).toBeUndefined();
  });
});

describe('section titles', () => {
  it('finds the tab label of a pane, a fieldset legend and a heading before the block', () => {
    loadHtml(`
      <div class="el-tabs"><div class="el-tabs__header"><div id="tab-work" class="el-tabs__item is-active">工作经历</div><div id="tab-edu" class="el-tabs__item">教育信息</div></div>
      <div class="el-tabs__content"><div role="tabpanel" id="pane-work" aria-labelledby="tab-work" class="el-tab-pane"><input id="a"></div>
      <div role="tabpanel" id="pane-edu" class="el-tab-pane" style="display: none;"><input id="b"></div></div></div>
      <fieldset><legend>随往人员</legend><input id="c"></fieldset>
      <h3 class="part">一、纳税情况</h3><div><input id="d"></div>`);
    expect(describe$('#a').sections[0]).toBe('工作经历');
    expect(describe$('#b').sections[0]).toBe('教育信息');
    expect(describe$('#c').sections[0]).toBe('随往人员');
    expect(describe$('#d').sections[0]).toBe('纳税情况');
  });

  it('lists at most three, nearest first, each once, whichever control is read first', () => {
    const html = `
      <fieldset><legend>甲</legend><h3>乙</h3>
        <fieldset><legend>丙</legend><h3>甲</h3><div><input id="deep"></div>
          <fieldset><legend>丁</legend><input id="deeper"></fieldset>
        </fieldset>
      </fieldset>`;
    const expected = { '#deep': ['甲', '丙', '乙'], '#deeper': ['丁', '甲', '丙'] };
    for (const order of [['#deep', '#deeper'], ['#deeper', '#deep']]) {
      disposeReaderCache(cache);
      cache = createReaderCache();
      loadHtml(html);
      expect(Object.fromEntries(order.map((selector) => [selector, describe$(selector).sections]))).toEqual(expected);
    }
  });
});

describe('grid layouts', () => {
  it('takes the column before a form item that has no label of its own', () => {
    loadHtml(`<div class="el-row"><div class="el-col el-col-4"><span class="label">出生日期</span></div>
      <div class="el-col el-col-8"><div class="el-form-item"><div class="el-form-item__content"><div class="el-input"><input id="a"></div></div></div></div></div>`);
    const descriptor = describeControl(document.getElementById('a')!, createReaderCache())!;
    expect(descriptor.labels.map((l) => `${l.source}:${l.text}`)).toEqual(['text-before:出生日期']);
  });
});
