import { describe, expect, it } from 'vitest';
import { detectApplicationType, typeInRoute, typeInText } from '../../../entrypoints/portal.content/reader/page';
import { loadFixture, loadHtml } from './helpers';
import { CATALOGUE, expectedOf, loadReplicaPage } from './replica';

const none = { hash: '', pathname: '/' };
const typeOf = (location: { hash: string; pathname: string }) => detectApplicationType(document, { location }).type;

describe('application type from the page', () => {
  it('takes the current breadcrumb item, not the menu of every business', () => {
    loadFixture('element-new.html');
    expect(typeOf({ hash: '#/apply/form', pathname: '/person-platform/' })).toBe('new');
  });

  it('takes a heading first', () => {
    loadHtml(`<h2>证件续签</h2><div class="el-breadcrumb"><span class="el-breadcrumb__item">首页</span></div>`);
    expect(typeOf(none)).toBe('renewal');
  });

  it('passes over headings that name no type', () => {
    loadHtml(`<h1>北京市工作居住证管理系统</h1><h3>工作经历</h3>
      <div class="el-breadcrumb"><span class="el-breadcrumb__item">首页</span><span class="el-breadcrumb__item">聘用单位变更</span></div>`);
    expect(typeOf(none)).toBe('employer-change');
  });

  it('takes the active tab or menu item, and ignores inactive ones', () => {
    loadHtml(`<div class="el-tabs__item">证件续签</div><div class="el-tabs__item is-active">个人信息变更</div>`);
    expect(typeOf(none)).toBe('info-change');
  });

  it('takes the route when the page says nothing', () => {
    loadHtml(`<div>表单</div>`);
    expect(typeOf({ hash: '#/work-permit/renewal?id=3', pathname: '/person-platform/' })).toBe('renewal');
    expect(typeOf({ hash: '', pathname: '/gzjzz/xuqian.do' })).toBe('renewal');
    expect(typeOf({ hash: '#/apply/new', pathname: '/' })).toBe('new');
    expect(typeOf({ hash: '#/news/list', pathname: '/' })).toBeNull();
  });

  it('falls back to the document title', () => {
    loadHtml(`<head><title>单位主管部门变更 - 北京人才工作网</title></head><body><p>x</p></body>`);
    expect(typeOf(none)).toBe('department-change');
  });

  it('answers null when nothing names a type', () => {
    loadHtml(`<h1>首页</h1>`);
    expect(typeOf(none)).toBeNull();
  });
});

describe('application type on the replica families (markup only, no layout)', () => {
  // The single-page apps render by script; their markup is covered by the Element fixtures above.
  const pages = CATALOGUE.filter((page) => !page.url.includes('#'));

  it.each(pages.map((page) => [page.id, page] as const))('%s', (_id, page) => {
    loadReplicaPage(page.url);
    const detection = detectApplicationType(document, { location: { hash: '', pathname: page.url } });
    expect(detection.type).toBe(expectedOf(page).type);
    if (detection.type) expect(detection.candidates[0]!.type).toBe(detection.type);
  });
});

describe('application type by prominence', () => {
  const MENU = ['证件新办', '证件续签', '聘用单位变更', '个人信息变更', '用人单位权限注册', '单位主管部门变更']
    .map((name) => `<li class="menu-entry"><a href="#">${name}</a></li>`)
    .join('');

  it('takes the title of one business beside a menu that lists all six', () => {
    loadHtml(`<body style="font-size:14px"><ul class="side">${MENU}</ul>
      <div style="font-size:22px;font-weight:bold">聘用单位变更</div><p>请如实填写以下信息。</p></body>`);
    const detection = detectApplicationType(document, { location: none });
    expect(detection).toMatchObject({ type: 'employer-change', source: 'page' });
    // The menu's entries are still offered, behind the title.
    expect(detection.candidates.map((c) => c.type)).toEqual(expect.arrayContaining(['new', 'renewal', 'info-change', 'employer-registration', 'department-change']));
    expect(detection.candidates[0]!.type).toBe('employer-change');
  });

  it('takes the entry a page marks as current by any class word or ARIA state, not by framework names', () => {
    for (const mark of ['class="nav-item cur"', 'class="tab on"', 'aria-current="page"', 'aria-selected="true"', 'class="item is-selected"']) {
      loadHtml(`<ul><li class="nav-item"><a>证件续签</a></li><li ${mark}><a>个人信息变更</a></li><li class="nav-item"><a>证件新办</a></li></ul><div>表单</div>`);
      expect(typeOf(none), mark).toBe('info-change');
    }
  });

  it('is undecided when two businesses are named alike (the chip asks), and offers both', () => {
    loadHtml(`<div style="font-size:20px;font-weight:bold">证件续签</div><div style="font-size:20px;font-weight:bold">聘用单位变更</div>`);
    const detection = detectApplicationType(document, { location: none });
    expect(detection).toMatchObject({ type: null, source: 'none' });
    expect(detection.candidates.map((c) => c.type).sort()).toEqual(['employer-change', 'renewal']);
  });

  it('is undecided on a page that names no business, and throws on none', () => {
    loadHtml(`<h1>北京市工作居住证管理系统</h1><label>姓名</label><input><p>欢迎使用。</p>`);
    expect(detectApplicationType(document, { location: none })).toEqual({ type: null, candidates: [], source: 'none' });
    const bare = document.implementation.createHTMLDocument('');
    bare.documentElement.replaceChildren();
    expect(detectApplicationType(bare, { location: none })).toEqual({ type: null, candidates: [], source: 'none' });
  });

  it('does not take a field label, a sentence, a button or an attachment name for the business', () => {
    loadHtml(`<h2>证件续签</h2>
      <label>变更原因：</label><input>
      <p>如需办理聘用单位变更，请先完成离职手续，然后再提交申请。</p>
      <button>办理新办</button>
      <table><tr><th>材料名称</th><th>状态</th></tr><tr><td>用人单位变更申请</td><td>未上传</td></tr></table>`);
    const detection = detectApplicationType(document, { location: none });
    expect(detection.type).toBe('renewal');
    expect(detection.candidates.find((c) => c.type === 'new')).toBeUndefined();
  });

  it('lets the route and the document title decide only when the page shows nothing stronger', () => {
    loadHtml(`<head><title>证件续签</title></head><body style="font-size:14px"><div style="font-size:20px;font-weight:bold">个人信息变更</div>
      <p>申请人姓名</p><p>证件号码</p><p>变更事项说明</p></body>`);
    expect(typeOf({ hash: '#/renewal', pathname: '/' })).toBe('info-change');
  });

  it('uses the type remembered for the page over what the page shows, still offering the others', () => {
    loadHtml(`<h1>证件新办</h1>`);
    const detection = detectApplicationType(document, { location: none, remembered: 'renewal' });
    expect(detection).toMatchObject({ type: 'renewal', source: 'remembered' });
    expect(detection.candidates[0]!.type).toBe('new');
  });
});

describe('type words', () => {
  it.each([
    ['证件新办', 'new'],
    ['工作居住证新办申请', 'new'],
    ['证件续签', 'renewal'],
    ['聘用单位变更', 'employer-change'],
    ['待办理证件聘用单位变更员工', 'employer-change'],
    ['个人信息变更', 'info-change'],
    ['单位主管部门变更', 'department-change'],
    ['主管部门信息变更', 'department-change'],
    ['用人单位权限注册', 'employer-registration'],
    ['单位注册', 'employer-registration'],
  ] as const)('%s → %s', (text, type) => {
    expect(typeInText(text)).toBe(type);
  });

  it('reads route words as letters only', () => {
    expect(typeInRoute('/unit/employer-change')).toBe('employer-change');
    expect(typeInRoute('/changeInfo')).toBe('info-change');
    expect(typeInRoute('/unitRegister')).toBe('employer-registration');
    expect(typeInRoute('/person/register')).toBeNull();
  });
});
