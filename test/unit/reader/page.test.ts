import { describe, expect, it } from 'vitest';
import { detectApplicationType, typeInRoute, typeInText } from '../../../entrypoints/portal.content/reader/page';
import { loadFixture, loadHtml } from './helpers';

const none = { hash: '', pathname: '/' };

describe('application type from the page', () => {
  it('takes the current breadcrumb item, not the menu of every business', () => {
    loadFixture('element-new.html');
    expect(detectApplicationType(document, { hash: '#/apply/form', pathname: '/person-platform/' })).toBe('new');
  });

  it('takes a heading first', () => {
    loadHtml(`<h2>证件续签</h2><div class="el-breadcrumb"><span class="el-breadcrumb__item">首页</span></div>`);
    expect(detectApplicationType(document, none)).toBe('renewal');
  });

  it('passes over headings that name no type', () => {
    loadHtml(`<h1>北京市工作居住证管理系统</h1><h3>工作经历</h3>
      <div class="el-breadcrumb"><span class="el-breadcrumb__item">首页</span><span class="el-breadcrumb__item">聘用单位变更</span></div>`);
    expect(detectApplicationType(document, none)).toBe('employer-change');
  });

  it('takes the active tab or menu item, and ignores inactive ones', () => {
    loadHtml(`<div class="el-tabs__item">证件续签</div><div class="el-tabs__item is-active">个人信息变更</div>`);
    expect(detectApplicationType(document, none)).toBe('info-change');
  });

  it('takes the route when the page says nothing', () => {
    loadHtml(`<div>表单</div>`);
    expect(detectApplicationType(document, { hash: '#/work-permit/renewal?id=3', pathname: '/person-platform/' })).toBe('renewal');
    expect(detectApplicationType(document, { hash: '', pathname: '/gzjzz/xuqian.do' })).toBe('renewal');
    expect(detectApplicationType(document, { hash: '#/apply/new', pathname: '/' })).toBe('new');
    expect(detectApplicationType(document, { hash: '#/news/list', pathname: '/' })).toBeNull();
  });

  it('falls back to the document title', () => {
    loadHtml(`<head><title>单位主管部门变更 - 北京人才工作网</title></head><body><p>x</p></body>`);
    expect(detectApplicationType(document, none)).toBe('department-change');
  });

  it('answers null when nothing names a type', () => {
    loadHtml(`<h1>首页</h1>`);
    expect(detectApplicationType(document, none)).toBeNull();
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
