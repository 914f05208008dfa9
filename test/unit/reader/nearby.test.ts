import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readPage } from '../../../entrypoints/portal.content/reader/read';
import { describeControl } from '../../../entrypoints/portal.content/reader/labels';
import { createReaderCache, disposeReaderCache, type ReaderCache } from '../../../entrypoints/portal.content/reader/cache';
import { at, loadHtml } from './helpers';
import { layOut } from './layout';

let cache: ReaderCache;
beforeEach(() => {
  cache = createReaderCache();
});
afterEach(() => disposeReaderCache(cache));

const read = () => readPage(document, { location: at('', '/p.html'), cache });
const labelOf = (selector: string) => describeControl(document.querySelector(selector)!, cache)?.labels[0];

describe('labels by position, when no DOM relation gives one (label-left, label-top)', () => {
  it('takes the nearest text to the left on the same line: labels in a grid column of their own', () => {
    layOut();
    loadHtml(`<div class="row">
      <div class="col-4"><div data-box="20 100 100 30">入职时间</div><div data-box="20 140 100 30">劳动合同到期日期</div></div>
      <div class="col-8"><div class="control"><input id="a" data-box="200 100 220 30" value="2021-08-01"></div><div class="control"><input id="b" data-box="200 140 220 30" value="2027-07-31"></div></div>
    </div>`);
    expect(labelOf('#a')).toEqual({ source: 'label-left', text: '入职时间' });
    expect(labelOf('#b')).toEqual({ source: 'label-left', text: '劳动合同到期日期' });
    const fields = read().fields.map((field) => field.path);
    expect(fields).toEqual(expect.arrayContaining(['applicant.employment.startDate', 'applicant.employment.contractEndDate']));
  });

  it('takes the text right above when nothing is to the left: a labels table over an inputs table', () => {
    layOut();
    loadHtml(`<table><tr><td data-box="0 200 300 24">毕业院校</td><td data-box="300 200 200 24">毕业时间</td></tr></table>
      <table><tr><td><input id="school" data-box="4 228 290 24" value="北京理工大学"></td><td><input id="date" data-box="304 228 190 24" value="2012-07-01"></td></tr></table>`);
    expect(labelOf('#school')).toEqual({ source: 'label-top', text: '毕业院校' });
    expect(labelOf('#date')).toEqual({ source: 'label-top', text: '毕业时间' });
  });

  it('prefers the text to the left over the one above, and the nearest of each', () => {
    layOut();
    loadHtml(`<div class="labels"><span data-box="0 30 40 20">个人</span><span data-box="40 30 60 20">性别</span></div>
      <div class="head"><span data-box="110 5 100 20">联系方式</span></div>
      <div class="inputs"><input id="x" data-box="110 30 200 20"><input id="y" data-box="110 60 200 20"></div>`);
    expect(labelOf('#x')).toEqual({ source: 'label-left', text: '性别' });
  });

  it('takes no text that another control stands between', () => {
    layOut();
    loadHtml(`<div class="labels"><span data-box="0 0 40 20">姓名</span></div>
      <div class="inputs"><input id="first" data-box="50 0 100 20"><input id="second" data-box="160 0 100 20"></div>`);
    expect(labelOf('#first')).toEqual({ source: 'label-left', text: '姓名' });
    expect(labelOf('#second')).toBeUndefined();
  });

  it('takes nothing that is far away', () => {
    layOut();
    loadHtml(`<div><span data-box="0 0 80 20">姓名</span></div><div><input id="far" data-box="600 0 200 20"></div>
      <div><input id="below" data-box="0 200 200 20"></div>`);
    expect(labelOf('#far')?.source).not.toBe('label-left');
    expect(labelOf('#below')?.source).not.toBe('label-top');
  });

  it('comes after every DOM relation: a label for the control wins over a text beside it', () => {
    layOut();
    loadHtml(`<span data-box="0 0 60 20">姓名</span><label for="n" data-box="0 40 60 20">性别</label><input id="n" data-box="70 0 200 20">`);
    expect(labelOf('#n')).toEqual({ source: 'label-for', text: '性别' });
  });
});

describe('without a layout engine', () => {
  it('finds no label by position (the boxes are empty): the controls are listed as not recognised', () => {
    loadHtml(`<div class="row"><div class="col-4"><div>入职时间</div><div>劳动合同到期日期</div></div>
      <div class="col-8"><div><input id="a" value="2021-08-01"></div><div><input id="b" value="2027-07-31"></div></div></div>`);
    expect(labelOf('#a')).toBeUndefined();
    const result = read();
    expect(result.fields).toEqual([]);
    expect(result.unrecognised).toHaveLength(2);
  });
});
