// Fill back on pages built with the replica portal's own Element-style widgets (the model changes
// only when a widget sees the events a user's input makes) and on an old table layout.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applyFill, previewFill, type FillEnv } from '../../../entrypoints/portal.content/fill';
import { dateStyleOf, formatDate, formatMoney } from '../../../entrypoints/portal.content/fill/values';
import { invalidateDescriptors, readPage } from '../../../entrypoints/portal.content/reader';
import { fillBackUnit } from '../../../entrypoints/portal.content/units/fill-back';
import { isFillRequest } from '../../../utils/portal-messages';
import type { UnitEnv } from '../../../entrypoints/portal.content/units/types';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakeContext } from './helpers';

interface Binding {
  get(): unknown;
  set(value: unknown): void;
}
interface ElementLite {
  model(target: object, key: string): Binding;
  Form(options: object, ...children: Node[]): HTMLElement;
  FormItem(label: string, content: Node | Node[], options?: object): HTMLElement;
  Input(model: Binding, options?: object): HTMLElement;
  Select(model: Binding, options: Array<{ label: string; value: string }>, o?: object): HTMLElement;
  RadioGroup(model: Binding, options: Array<{ label: string; value: string }>): HTMLElement;
  DatePicker(model: Binding, options?: object): HTMLElement;
  Checkbox(model: Binding, label: string): HTMLElement;
}

const ELEMENT = (): ElementLite => (window as unknown as { ELEMENT: ElementLite }).ELEMENT;

beforeAll(() => {
  // The replica's widget library, as the replica pages load it.
  const source = readFileSync(join(process.cwd(), 'test/replica/site/static/js/chunk-vendors.js'), 'utf8');
  (0, eval)(source);
});

afterEach(() => {
  document.body.replaceChildren();
  invalidateDescriptors();
});

function envFor(hash = '#/business/new', pathname = '/person-platform/'): FillEnv {
  return {
    doc: document,
    read: () => readPage(document, { location: { hash, pathname, host: 'fw.bjrcgz.gov.cn' }, type: 'new' }),
    mappings: () => ({}),
  };
}

const storedCase = {
  schema: 'gongju-case/1',
  type: 'new',
  employer: { registeredCapital: 5_000_000 },
  applicant: {
    name: '张三',
    gender: 'male',
    birthDate: '1990-03-07',
    housing: { kind: 'rented' },
    employment: { contractEndDate: null, contractEmployer: '北京石景智联科技有限公司' },
  },
};

/** A form like the portal's 新办 page: text, radio, el-select with its popper, date pickers, a 无固定期限 box, an amount in 万元. */
function elementForm() {
  const E = ELEMENT();
  const data = { name: '', gender: '', housing: '', birth: '', end: '2027-01-01', noEnd: false, capital: '', signer: '' };
  const m = (key: keyof typeof data) => E.model(data, key);
  const form = E.Form(
    {},
    E.FormItem('姓名', E.Input(m('name')), { prop: 'xm' }),
    E.FormItem('性别', E.RadioGroup(m('gender'), [{ label: '男', value: '1' }, { label: '女', value: '2' }])),
    E.FormItem('住所类型', E.Select(m('housing'), [
      { label: '北京市居住证', value: '1' },
      { label: '自有住房', value: '2' },
      { label: '租住房屋', value: '4' },
    ])),
    E.FormItem('出生日期', E.DatePicker(m('birth'))),
    E.FormItem('劳动合同截止日期', [E.DatePicker(m('end')), E.Checkbox(m('noEnd'), '无固定期限')]),
    E.FormItem('劳动合同签订单位', E.Input(m('signer'))),
    E.FormItem('注册资本', E.Input(m('capital'), { append: '万元' })),
  );
  document.body.append(form);
  return data;
}

describe('fill back on Element-style widgets', () => {
  it('previews each differing field with what the page shows and what it will show', () => {
    elementForm();
    const preview = previewFill(envFor(), storedCase);
    const byPath = Object.fromEntries(preview.map((item) => [item.path, item]));
    expect(byPath['applicant.name']).toMatchObject({ kind: 'text', from: '', to: '张三' });
    expect(byPath['applicant.gender']).toMatchObject({ kind: 'radio', from: '', to: '男' });
    // The dropdown has not been opened: its options are still inside the select.
    expect(byPath['applicant.housing.kind']).toMatchObject({ kind: 'select', to: '租住房屋' });
    expect(byPath['applicant.birthDate']).toMatchObject({ kind: 'date', to: '1990-03-07' });
    expect(byPath['applicant.employment.contractEndDate']).toMatchObject({ from: '2027-01-01', to: '☑ 无固定期限' });
    expect(byPath['employer.registeredCapital']).toMatchObject({ to: '500', pageLabel: '注册资本' });
    expect(byPath['applicant.employment.contractEndDate']?.pageLabel).toBe('劳动合同截止日期');
    expect(preview.every((item) => item.label.zh !== '' && item.label.en !== '' && item.blocked === undefined)).toBe(true);
  });

  it('writes every confirmed field so that the widgets take it, and reads it back', async () => {
    const data = elementForm();
    const env = envFor();
    const paths = previewFill(env, storedCase).map((item) => item.path);
    const outcome = await applyFill(env, storedCase, paths);
    expect(outcome.failed).toEqual([]);
    expect(outcome.written.map((entry) => entry.path).sort()).toEqual([...paths].sort());
    expect(data).toMatchObject({ name: '张三', gender: '1', housing: '4', birth: '1990-03-07', noEnd: true, capital: '500', signer: '北京石景智联科技有限公司' });
    // For "no end" only the box is ticked: what happens to the date beside it is the page's business.
    expect(data.end).toBe('2027-01-01');
    expect(previewFill(env, storedCase)).toEqual([]);
    // The select's option list went to <body> when it opened; it was closed again after the click.
    const dropdown = document.body.querySelector<HTMLElement>(':scope > .el-select-dropdown');
    expect(dropdown?.style.display).toBe('none');
    // The read-only date inputs were set through their panels, which exist only once opened.
    expect(document.body.querySelectorAll(':scope > .el-picker-panel')).toHaveLength(1);
  });

  it('touches no field the user did not confirm', async () => {
    const data = elementForm();
    const outcome = await applyFill(envFor(), storedCase, ['applicant.gender', 'applicant.birthDate']);
    expect(outcome.written.map((entry) => entry.path)).toEqual(['applicant.gender', 'applicant.birthDate']);
    expect(data).toMatchObject({ name: '', gender: '1', housing: '', birth: '1990-03-07', end: '2027-01-01', noEnd: false, capital: '', signer: '' });
  });

  it('says why a field could not be written', async () => {
    elementForm();
    const withUnknownOption = { ...storedCase, applicant: { ...storedCase.applicant, housing: { kind: 'unit-housing' } } };
    const preview = previewFill(envFor(), withUnknownOption);
    expect(preview.find((item) => item.path === 'applicant.housing.kind')?.blocked).toBe('no-option');
    const outcome = await applyFill(envFor(), withUnknownOption, ['applicant.housing.kind', 'applicant.companions[0].name', 'applicant.hukouLocation']);
    expect(outcome.failed).toEqual([
      { path: 'applicant.housing.kind', reason: 'no-option' },
      { path: 'applicant.companions[0].name', reason: 'no-value' },
      { path: 'applicant.hukouLocation', reason: 'no-value' },
    ]);
  });

  it('leaves disabled fields alone and says so', () => {
    const E = ELEMENT();
    const data = { name: '' };
    document.body.append(E.Form({}, E.FormItem('姓名', E.Input(E.model(data, 'name'), { disabled: true }))));
    expect(previewFill(envFor(), storedCase)).toEqual([expect.objectContaining({ path: 'applicant.name', blocked: 'read-only' })]);
  });
});

describe('fill back on an old table layout', () => {
  const classic = `
    <form><table class="tbl"><tbody>
      <tr><td class="tdlabel">姓名</td><td><input type="text" name="xm" id="xm"></td>
          <td class="tdlabel">性别</td><td><input type="radio" name="xb" id="xb_1" value="1"><label for="xb_1">男</label> <input type="radio" name="xb" id="xb_2" value="2"><label for="xb_2">女</label></td></tr>
      <tr><td class="tdlabel">出生日期</td><td><input type="text" name="csny" id="csny"><span class="hint">如：2016年7月1日</span></td>
          <td class="tdlabel">婚姻状况</td><td><select name="hyzk" id="hyzk"><option value="">--请选择--</option><option value="10">未婚</option><option value="20">已婚</option></select></td></tr>
      <tr><td class="tdlabel">入职时间</td><td><input type="text" name="rzsj" id="rzsj" value="2016年7月1日"></td>
          <td class="tdlabel">劳动合同期限至</td><td><input type="text" name="htqx" id="htqx"> <input type="checkbox" name="wgdqx" id="wgdqx" value="1"><label for="wgdqx">无固定期限</label></td></tr>
    </tbody></table></form>`;

  it('types dates as the page writes them, picks native options and radios', async () => {
    document.body.innerHTML = classic;
    const seen: string[] = [];
    document.body.addEventListener('change', (event) => seen.push((event.target as HTMLInputElement).name));
    const stored = { ...storedCase, applicant: { ...storedCase.applicant, maritalStatus: 'married', employment: { startDate: '2016-07-01', contractEndDate: '2028-06-30' } } };
    const env = envFor('', '/person-platform-classic/xbsq.html');
    const preview = previewFill(env, stored);
    expect(preview.find((item) => item.path === 'applicant.birthDate')?.to).toBe('1990年3月7日');
    expect(preview.find((item) => item.path === 'applicant.employment.contractEndDate')?.to).toBe('2028年6月30日');
    // 入职时间 already shows the stored date, in the page's own format.
    expect(preview.map((item) => item.path)).not.toContain('applicant.employment.startDate');

    const outcome = await applyFill(env, stored, preview.map((item) => item.path));
    expect(outcome.failed).toEqual([]);
    const value = (id: string) => (document.getElementById(id) as HTMLInputElement).value;
    expect([value('xm'), value('csny'), value('hyzk'), value('htqx')]).toEqual(['张三', '1990年3月7日', '20', '2028年6月30日']);
    expect((document.getElementById('xb_1') as HTMLInputElement).checked).toBe(true);
    expect(seen).toEqual(expect.arrayContaining(['xm', 'xb', 'csny', 'hyzk', 'htqx']));
  });
});

describe('values as a page shows them', () => {
  it('keeps the page date style, with or without leading zeros', () => {
    expect(formatDate('2016-07-01', dateStyleOf('2020年12月5日')!)).toBe('2016年7月1日');
    expect(formatDate('2016-07-01', dateStyleOf('2020/01/05')!)).toBe('2016/07/01');
    expect(formatDate('2016-07-01', dateStyleOf('2020.1.5')!)).toBe('2016.7.1');
    expect(dateStyleOf('not a date')).toBeNull();
  });

  it('gives amounts in 万元 where the field asks for them', () => {
    expect(formatMoney(5_000_000, 'wan')).toBe('500');
    expect(formatMoney(1_234_500, 'wan')).toBe('123.45');
    expect(formatMoney(25_000, undefined)).toBe('25000');
  });
});

describe('messages', () => {
  it('takes only well-formed fill requests', () => {
    expect(isFillRequest({ type: 'portal/fill-preview', caseId: 'c', case: {} })).toBe(true);
    expect(isFillRequest({ type: 'portal/fill-apply', caseId: 'c', docNonce: 'd', case: {}, paths: ['applicant.name'] })).toBe(true);
    expect(isFillRequest({ type: 'portal/fill-preview', case: {} })).toBe(false);
    expect(isFillRequest({ type: 'portal/fill-apply', caseId: 'c', case: {}, paths: ['applicant.name'] })).toBe(false);
    expect(isFillRequest({ type: 'portal/fill-apply', caseId: 'c', docNonce: 'd', case: {}, paths: [1] })).toBe(false);
    expect(isFillRequest({ type: 'portal/fill-apply', caseId: 'c', docNonce: 'd', case: {} })).toBe(false);
    expect(isFillRequest({ type: 'portal/fill-preview', caseId: 'c', case: 'x' })).toBe(false);
    expect(isFillRequest({ type: 'portal/reveal', fields: [] })).toBe(false);
  });
});

describe('the fill-back unit', () => {
  function started(docNonce: string) {
    const ctx = fakeContext();
    const env = envFor();
    fillBackUnit.start({ ctx, docNonce, session: { runNow: () => ({ read: env.read() }), options: { mappings: {} } } } as unknown as UnitEnv);
    const ask = async (message: object) => {
      const [reply] = await fakeBrowser.runtime.onMessage.trigger(message, { id: browser.runtime.id }, () => undefined);
      return (await reply) as unknown as { ok: boolean; value?: any; error?: string };
    };
    return { ask, stop: () => ctx.invalidate() };
  }

  it('applies only for the case previewed, in the document previewed', async () => {
    const data = elementForm();
    const { ask, stop } = started('doc-1');
    const preview = await ask({ type: 'portal/fill-preview', caseId: 'case-a', case: storedCase });
    expect(preview).toMatchObject({ ok: true, value: { docNonce: 'doc-1', caseId: 'case-a' } });
    const apply = (extra: object) => ask({ type: 'portal/fill-apply', caseId: 'case-a', docNonce: 'doc-1', case: storedCase, paths: ['applicant.name'], ...extra });
    // A preview of an earlier document (the tab reloaded or moved on), or of another case.
    expect(await apply({ docNonce: 'doc-0' })).toEqual({ ok: false, error: 'stale' });
    expect(await apply({ caseId: 'case-b' })).toEqual({ ok: false, error: 'stale' });
    expect(data.name).toBe('');
    expect(await apply({})).toMatchObject({ ok: true, value: { written: [{ path: 'applicant.name' }] } });
    expect(data.name).toBe('张三');
    stop();
  });

  it('marks a field where the page shows another identity', async () => {
    elementForm();
    // Typed on the page: another applicant's name.
    const name = document.querySelector('input')!;
    name.value = '李四';
    name.dispatchEvent(new Event('input', { bubbles: true }));
    const byPath = Object.fromEntries(previewFill(envFor(), storedCase).map((item) => [item.path, item]));
    expect(byPath['applicant.name']).toMatchObject({ from: '李四', to: '张三', identity: true });
    expect(byPath['applicant.gender']?.identity).toBeUndefined();
  });
});
