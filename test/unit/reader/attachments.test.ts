import { describe, expect, it } from 'vitest';
import { materialOf, readAttachments } from '../../../entrypoints/portal.content/reader/attachments';
import { MATERIALS } from '../../../entrypoints/portal.content/reader/synonyms';
import { MATERIAL_IDS } from '../../../rules/materials';
import { loadFixture, loadHtml } from './helpers';

const summary = () => readAttachments(document).map((row) => `${row.material ?? '?'}:${row.present ? 'present' : 'missing'}${row.fileName ? `:${row.fileName}` : ''}`);

describe('material names', () => {
  it('covers exactly the 55 materials of the catalogue', () => {
    expect(MATERIALS.map((material) => material.id).sort()).toEqual([...MATERIAL_IDS].sort());
    expect(MATERIALS).toHaveLength(55);
  });

  it('reaches every material by each of its names (no name is shadowed by an earlier one)', () => {
    const shadowed = MATERIALS.flatMap(({ id, names }) => names.filter((name) => materialOf(name) !== id).map((name) => `${name} → ${materialOf(name)}`));
    expect(shadowed).toEqual([]);
  });

  it.each([
    ['单位诚信声明', 'unit-integrity-pledge'],
    ['《诚信声明》', 'integrity-pledge'],
    ['业务经办人身份证', 'agent-id-card'],
    ['申请人身份证、户口本首页及本人页', 'id-card'],
    ['户口本首页及本人页', 'hukou-booklet'],
    ['子女户口簿首页和个人页', 'child-hukou-booklet'],
    ['劳动（聘用）合同', 'labor-contract'],
    ['个人所得税纳税清单（2019年前）', 'iit-statement-pre-2019'],
    ['近三年的《个人所得税纳记录》', 'iit-records-3y'],
    ['个人所得税纳税记录', 'iit-records'],
    ['申请单位“自然人税收管理系统扣缴客户端”清晰完整截图', 'withholding-client-screenshot'],
    ['单位上一自然年度或近三年的“涉税信息查询结果告知书”', 'tax-info-notice'],
    ['《涉税信息查询申请表》及《涉税信息查询结果告知书》', 'unit-tax-certificates'],
    ['单位出具的申请人居住证明', 'unit-residence-certificate'],
    ['具有3个月以上有效期的《北京市居住证》', 'residence-permit'],
    ['房主的《房屋所有权证》或《不动产权证书》', 'landlord-property-certificate'],
    ['《房屋所有权证》或《不动产权证书》', 'property-certificate'],
    ['房屋借住声明', 'lodging-statement'],
    ['子女出生医学证明', 'child-birth-certificate'],
    ['离婚证、离婚协议书或法院判决书', 'divorce-documents'],
    ['学位认证报告', 'degree-verification-report'],
    ['职业资格（资质）证书', 'title-certificate'],
    ['单位相关资质证书', 'unit-qualification-certificate'],
    ['申请单位相关资质证书或证明材料', 'unit-qualification-proof'],
    ['原用人单位出具的《离职证明》', 'separation-certificate'],
  ])('%s → %s', (name, id) => {
    expect(materialOf(name)).toBe(id);
  });

  it('knows no material for an unrelated name', () => {
    expect(materialOf('其他补充说明')).toBeNull();
    expect(materialOf('')).toBeNull();
  });
});

describe('attachment lists', () => {
  it('reads an el-table list by its material-name and status columns', () => {
    loadFixture('element-new.html');
    expect(summary()).toEqual([
      'id-card:present:身份证.pdf',
      'hukou-booklet:present:户口本.pdf',
      'integrity-pledge:missing',
      'labor-contract:present:劳动合同.pdf',
      'iit-records:present:个税记录.pdf',
      'withholding-client-screenshot:missing',
      'lease-contract:present:租赁合同.pdf',
      'degree-certificate:present:学位证书.pdf',
      'diploma:present:毕业证.jpg',
      '?:missing',
    ]);
  });

  it('reads a plain table with a file column and no status column', () => {
    loadHtml(`<table><thead><tr><th>序号</th><th>附件名称</th><th>附件</th></tr></thead><tbody>
      <tr><td>1</td><td>1、离职证明（必传）</td><td><a href="/f/1">离职证明.pdf</a></td></tr>
      <tr><td>2</td><td>2、劳动合同</td><td></td></tr></tbody></table>`);
    expect(summary()).toEqual(['separation-certificate:present:离职证明.pdf', 'labor-contract:missing']);
  });

  it('reads upload widgets under form-item labels by their upload lists', () => {
    loadHtml(`
      <div class="el-form-item"><label class="el-form-item__label">单位营业执照</label><div class="el-form-item__content"><div>
        <div class="el-upload el-upload--text"><button>上传</button><input type="file" class="el-upload__input"></div>
        <ul class="el-upload-list el-upload-list--text"><li class="el-upload-list__item is-success"><a class="el-upload-list__item-name">执照.pdf</a></li></ul></div></div></div>
      <div class="el-form-item"><label class="el-form-item__label">单位诚信声明</label><div class="el-form-item__content"><div>
        <div class="el-upload el-upload--text"><button>上传</button><input type="file" class="el-upload__input"></div><ul class="el-upload-list el-upload-list--text"></ul></div></div></div>
      <div class="el-form-item"><label class="el-form-item__label">证件照片</label><div class="el-form-item__content"><div class="el-upload"><input type="file"></div></div></div>`);
    expect(summary()).toEqual(['business-license:present:执照.pdf', 'unit-integrity-pledge:missing']);
  });

  it('reads a list whose items say 已上传 or 未上传', () => {
    loadHtml(`<ul class="files"><li><span class="name">诚信声明</span><span class="status">已上传</span></li>
      <li><span class="name">聘用合同</span><span class="status">未上传</span></li></ul>`);
    expect(summary()).toEqual(['integrity-pledge:present', 'labor-contract:missing']);
  });

  it('believes a status of 未上传 over a file name in the row', () => {
    loadHtml(`<table><tr><th>材料名称</th><th>状态</th><th>文件名</th></tr><tr><td>学历证书</td><td>未上传</td><td>旧文件.pdf</td></tr></table>`);
    expect(summary()).toEqual(['diploma:missing']);
  });

  it('reads cards and divs: a name, a tag or a button saying what is there', () => {
    loadHtml(`<div class="grid">
      <div class="card"><div class="card-title">劳动（聘用）合同</div><span class="tag">已上传</span><button>重新上传</button></div>
      <div class="card"><div class="card-title">申请人身份证</div><div class="hint">正反面</div><button>上传</button></div>
      <div class="card"><div class="card-title">个人诚信声明</div><div><button>重新上传</button></div></div>
    </div>`);
    expect(summary()).toEqual(['labor-contract:present', 'id-card:missing', 'integrity-pledge:present']);
  });

  it('reads counts: 已上传（2）, a badge, 共 0 个', () => {
    loadHtml(`<ul>
      <li><span>结婚证</span> <em>已上传（2）</em> <a>上传</a></li>
      <li><span>户口本</span> <span class="badge">0</span> <a>上传</a></li>
      <li><span>居住证</span> <span class="badge">3</span> <a>上传</a></li>
      <li><span>离婚证</span> 共 0 个文件 <a>上传</a></li>
    </ul>`);
    expect(summary()).toEqual(['marriage-certificate:present', 'hukou-booklet:missing', 'residence-permit:present', 'divorce-documents:missing']);
  });

  it('reads icons by their title, ARIA label or alt text, and by a colour class when they say nothing else', () => {
    loadHtml(`<ol>
      <li>营业执照 <img src="x.gif" alt="已上传"> <input type="file"></li>
      <li>经办人身份证 <i class="icon" aria-label="未上传"></i> <input type="file"></li>
      <li>单位诚信声明 <i class="icon" title="上传成功"></i> <input type="file"></li>
      <li>验资报告 <i class="fa fa-check text-success"></i> <input type="file"></li>
      <li>公司章程 <i class="fa fa-times text-danger"></i> <input type="file"></li>
    </ol>`);
    expect(summary()).toEqual([
      'business-license:present',
      'agent-id-card:missing',
      'unit-integrity-pledge:present',
      'capital-verification-report:present',
      'articles-of-association:missing',
    ]);
  });

  it('reads a file name shown in the row as a file that is there', () => {
    loadHtml(`<div class="files"><div class="row"><b>学位证书</b><span class="file-name">学位.pdf</span><a>删除</a></div>
      <div class="row"><b>毕业证书</b><span class="tip">支持 pdf、jpg 格式</span><a>上传</a></div></div>`);
    expect(summary()).toEqual(['degree-certificate:present:学位.pdf', 'diploma:missing']);
  });

  it('gives each material of one block its own row', () => {
    loadHtml(`<div class="uploads"><p>租赁合同 <span>未上传</span> <button>上传</button></p><p>租赁发票 <span>已上传</span> <button>重新上传</button></p></div>`);
    expect(summary()).toEqual(['lease-contract:missing', 'rent-invoice:present']);
  });

  it('reads a table whose header row is a table of its own above the body', () => {
    loadHtml(`<div class="head"><table><tr><th>材料名称</th><th>状态</th><th>操作</th></tr></table></div>
      <div class="body"><table><tr><td>离职证明</td><td>已上传</td><td><a>查看</a></td></tr>
      <tr><td>劳动合同</td><td>未上传</td><td><a>上传</a></td></tr></table></div>`);
    expect(summary()).toEqual(['separation-certificate:present', 'labor-contract:missing']);
  });

  it('does not take a form field naming a material for an upload row', () => {
    loadHtml(`<div class="item"><label>居住证编号</label><input value="110000"><span>已上传</span></div>
      <div class="item"><label>结婚证</label><input type="file"><span>未上传</span></div>`);
    expect(summary()).toEqual(['marriage-certificate:missing']);
  });

  it('ignores tables that are not attachment lists', () => {
    loadFixture('legacy-renewal.html');
    expect(summary()).toEqual([]);
  });
});
