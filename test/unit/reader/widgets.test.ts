// Widgets of other stacks than Element UI: controls with only an ARIA role, selects that show
// their value as text, natives a widget hides (read from the native control, marked over the
// widget the user sees), radios without a name, two-input period editors.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readPage, type ReadResult } from '../../../entrypoints/portal.content/reader/read';
import { createReaderCache, disposeReaderCache, type ReaderCache } from '../../../entrypoints/portal.content/reader/cache';
import { controlAt } from '../../../entrypoints/portal.content/reader/controls';
import { at, loadHtml } from './helpers';
import { layOut } from './layout';

let cache: ReaderCache;
beforeEach(() => {
  cache = createReaderCache();
});
afterEach(() => disposeReaderCache(cache));

const read = () => readPage(document, { location: at('', '/p.html'), cache, type: 'new' });
const field = (result: ReadResult, path: string) => result.fields.find((entry) => entry.path === path);
const applicant = (result: ReadResult) => (result.caseData as { applicant?: Record<string, unknown> }).applicant ?? {};

describe('controls with only an ARIA role (no native input)', () => {
  it('reads a radio group by aria-checked and its options by their text', () => {
    loadHtml(`<div class="cell"><div class="cell-title"><span>性别</span></div><div class="cell-value">
      <div role="radiogroup" class="radio-group"><div role="radio" aria-checked="true" tabindex="0"><i class="icon"></i><span>男</span></div>
      <div role="radio" aria-checked="false" tabindex="-1"><i class="icon"></i><span>女</span></div></div></div></div>`);
    const result = read();
    expect(applicant(result).gender).toBe('male');
    expect(field(result, 'applicant.gender')?.element.getAttribute('role')).toBe('radiogroup');
  });

  it('groups ARIA radios that have no radiogroup around them', () => {
    loadHtml(`<div class="item"><span class="label">婚姻状况</span><div class="opts">
      <div role="radio" aria-checked="false">未婚</div><div role="radio" aria-checked="true">已婚</div><div role="radio" aria-checked="false">离异</div></div></div>`);
    expect(applicant(read()).maritalStatus).toBe('married');
  });

  it('reads a combobox that has no native control by the value it shows, not its placeholder', () => {
    loadHtml(`<div class="form-item"><label for="hyzk">婚姻状况</label><div class="control">
      <div id="hyzk" class="select"><div role="combobox" aria-expanded="false" tabindex="0" class="select-selection">
        <div class="select-rendered"><div class="select-placeholder" style="display: none;">请选择</div><div class="select-value" title="已婚">已婚</div></div>
        <span class="arrow"><svg><path d="M0"></path></svg></span></div></div></div></div>
      <div class="form-item"><label for="xb">性别</label><div class="control">
      <div id="xb" class="select"><div role="combobox" tabindex="0"><div class="select-rendered"><div class="select-placeholder">请选择</div></div></div></div></div></div>`);
    const result = read();
    expect(applicant(result).maritalStatus).toBe('married');
    // Nothing chosen: the placeholder is no value.
    expect(applicant(result).gender).toBeUndefined();
    expect(field(result, 'applicant.gender')).toBeDefined();
  });
});

describe('natives hidden by a widget', () => {
  it('reads a select squeezed behind a widget (select2) from the select, and marks the widget', () => {
    layOut();
    loadHtml(`<div class="form-group"><label for="hyzk" data-box="0 0 100 30">婚姻状况</label><div class="col">
      <select id="hyzk" class="hidden-accessible" aria-hidden="true" tabindex="-1" data-box="110 0 1 1"><option value="">请选择</option><option value="10">未婚</option><option value="20" selected>已婚</option></select>
      <span class="select2 container" data-box="110 0 300 30"><span class="selection"><span class="selection--single" role="combobox" tabindex="0" aria-labelledby="r"><span id="r" title="已婚">已婚</span></span></span></span>
    </div></div>`);
    const result = read();
    expect(applicant(result).maritalStatus).toBe('married');
    expect(result.fields.filter((entry) => entry.path === 'applicant.maritalStatus')).toHaveLength(1);
    // Marked over what the user sees (the box holding the select and its face); the face maps by hand.
    const marked = field(result, 'applicant.maritalStatus')!.element;
    expect(marked.contains(document.querySelector('.select2')) && marked.contains(document.querySelector('select'))).toBe(true);
    expect(controlAt(document.querySelector('#r')!)?.root).toBe(marked);
    expect(result.unrecognised).toEqual([]);
  });

  it('reads a tick box a styled box stands for, and marks the box', () => {
    layOut();
    loadHtml(`<div class="item"><span class="label" data-box="0 0 200 20">已开通工作居住证办理权限</span><span class="check"><span class="check-inner" data-box="210 3 14 14"></span>
      <input type="checkbox" class="check-original" data-box="210 3 0 0" checked></span></div>`);
    const result = read();
    expect(result.fields.map((entry) => entry.path)).toEqual(['employer.hasPermission']);
    expect(result.fields[0]!.element.classList.contains('check')).toBe(true);
    expect((result.caseData as { employer?: Record<string, unknown> }).employer?.hasPermission).toBe(true);
  });

  it('reads a select whose value a box shows over a hidden input (View UI)', () => {
    loadHtml(`<div class="form-item"><label class="form-item-label">婚姻状况</label><div class="form-item-content">
      <div class="select"><div tabindex="0" class="select-selection"><input type="hidden" value="20"><div><span class="selected-value">已婚</span>
      <input type="text" placeholder="请选择" class="select-input" style="display: none;"></div></div>
      <div class="dropdown" style="display: none;"><ul><li>未婚</li><li>已婚</li></ul></div></div></div></div>`);
    expect(applicant(read()).maritalStatus).toBe('married');
  });

  it('leaves a hidden select alone when nothing visible stands for it', () => {
    layOut();
    loadHtml(`<label for="s" data-box="0 0 100 30">婚姻状况</label><select id="s" data-box="0 0 0 0" style="display: none;"><option selected>已婚</option></select>`);
    const result = read();
    expect(result.fields).toEqual([]);
    expect(result.unrecognised).toEqual([]);
  });
});

describe('radios without a name', () => {
  it('takes the nearest container holding only such radios for their group', () => {
    loadHtml(`<div class="form-item"><div class="label"><label>性别</label></div><div class="control"><div class="radio-group">
      <label class="radio-wrapper"><span class="radio"><input type="radio" class="radio-input" value="1" checked></span><span>男</span></label>
      <label class="radio-wrapper"><span class="radio"><input type="radio" class="radio-input" value="2"></span><span>女</span></label></div></div></div>
      <div class="form-item"><div class="label"><label>婚姻状况</label></div><div class="control"><div class="radio-group">
      <label class="radio-wrapper"><input type="radio" value="10"><span>未婚</span></label>
      <label class="radio-wrapper"><input type="radio" value="20" checked><span>已婚</span></label></div></div></div>`);
    const result = read();
    expect(applicant(result)).toMatchObject({ gender: 'male', maritalStatus: 'married' });
    expect(result.unrecognised).toEqual([]);
  });
});

describe('period editors of two inputs', () => {
  it('reads the halves of a range picker with only a separator between them under the range label', () => {
    loadHtml(`<div class="form-item"><label>劳动合同期限</label><div class="control"><span class="range-picker">
      <input readonly placeholder="开始日期" value="2021-08-01"><span class="separator">~</span><input readonly placeholder="结束日期" value="2027-07-31">
      </span></div></div>`);
    const result = read();
    expect((applicant(result).employment as Record<string, unknown>)?.contractEndDate).toBe('2027-07-31');
  });
});
