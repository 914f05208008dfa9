/* 北京国际人才网 · 单位业务平台 (replica): 单位信息, 权限注册, 主管部门变更. */
(function () {
  'use strict';
  var E = window.ELEMENT;
  var P = window.PORTAL;
  var h = E.h, C = E.C, model = E.model;
  var DICT = P.DICT, L = P.CASE_LABELS, M = P.MATERIALS;

  var U = {
    info: {
      dwmc: '', tyshxydm: '', dwxz: '', zcq: '', zcrq: '', zczb: '', yyzzyxq: '', yyzzcq: false,
      fddbr: '', dwdz: '', jbrxm: '', jbrsfzh: '', jbrsj: '', kjfw: '', jyzk: '', cyfx: '', sfpz: '',
      ns: [], zz: [],
    },
    qx: '未开通',
    dept: { yzgq: '', bgyy: '' },
    files: { permission: {}, 'department-change': {} },
  };

  function field(refs, obj, prop, label, kind, o) {
    o = o || {};
    var m = model(obj, prop);
    var c;
    if (kind === 'select') c = E.Select(m, o.options, { disabled: o.disabled });
    else if (kind === 'date') c = E.DatePicker(m, { disabled: o.disabled });
    else if (kind === 'radio') c = E.RadioGroup(m, o.options);
    else if (kind === 'textarea') c = E.Input(m, { type: 'textarea', placeholder: '请输入' + label });
    else c = E.Input(m, { placeholder: o.disabled ? '' : '请输入' + label, append: o.append, disabled: o.disabled });
    refs[label] = c;
    return E.FormItem(label, o.after ? [c, o.after] : c, { labelWidth: o.labelWidth || '160px', required: o.required, prop: 'unitForm.' + prop, m: o.required ? m : null });
  }
  function cols(span) {
    return E.Row({ gutter: 20 }, Array.prototype.slice.call(arguments, 1).map(function (n) { return E.Col(span, { gutter: 20 }, n); }));
  }
  function pageHeader(title, desc) {
    return h('div', { class: 'page-header' }, h('h2', { class: 'page-header__title' }, title), desc ? h('p', { class: 'page-header__desc' }, desc) : C());
  }
  function delButton(list, row) {
    return E.Button('删除', { type: 'text', size: 'mini', icon: 'el-icon-delete', onClick: function () {
      var i = list().indexOf(row);
      if (i >= 0) list().splice(i, 1);
      E.notify();
    } });
  }
  var MAT = function (ids, required) { return ids.map(function (id) { return { name: M[id], required: required }; }); };
  function unitMaterials(first) {
    return function () {
      var hasQualification = U.info.zz.some(function (z) { return z.lx && z.lx !== '6'; });
      return MAT([first, 'business-license', 'agent-id-card', 'tax-info-notice', 'unit-integrity-pledge'], true)
        .concat([{ name: M['unit-qualification-certificate'], required: hasQualification, note: '高新技术企业、软件企业、环保企业等需提供有效期内的证书' }]);
    };
  }
  function summary() {
    var i = U.info;
    return E.Descriptions({ title: '单位基本信息', column: 2, items: [
      { label: '单位名称', value: function () { return P.dash(i.dwmc); } },
      { label: '统一社会信用代码', value: function () { return P.dash(i.tyshxydm); } },
      { label: '单位性质', value: function () { return P.dash(P.labelOf('orgForm', i.dwxz)); } },
      { label: '注册区', value: function () { return P.dash(P.labelOf('district', i.zcq)); } },
      { label: '注册日期', value: function () { return P.dash(i.zcrq); } },
      { label: '注册资本', value: function () { return i.zczb === '' ? '-' : i.zczb + ' 万元'; } },
    ] });
  }
  function submitPayload(key, extra) {
    return function () {
      return JSON.parse(JSON.stringify(Object.assign({ platform: 'unit-platform', business: key, submittedAt: new Date().toISOString(), unit: U.info, attachments: U.files[key] }, extra || {})));
    };
  }
  function footer(label, key, extra) {
    return P.footer([E.Button(label, { type: 'primary', onClick: function () { P.submitFlow(submitPayload(key, extra)); } })]);
  }
  /** The unit profile as the platform holds it (set directly: on these pages it is read-only). */
  function loadUnit(emp) {
    if (!emp) return E.nextTick();
    var i = U.info;
    if (emp.name != null) i.dwmc = emp.name;
    if (emp.creditCode != null) i.tyshxydm = emp.creditCode;
    if (emp.orgForm != null) i.dwxz = L.orgForm[emp.orgForm];
    if (emp.registeredDistrict != null) i.zcq = DICT.district.find(function (d) { return d.label === L.district[emp.registeredDistrict]; }).value;
    if (emp.registrationDate != null) i.zcrq = emp.registrationDate;
    if (emp.registeredCapital != null) i.zczb = P.wan(emp.registeredCapital);
    if (emp.qualifications) i.zz = emp.qualifications.map(function (q) {
      return { lx: DICT.qualification.find(function (d) { return d.label === L.qualification[q.kind]; }).value, zsbh: '', yxq: q.validUntil || '' };
    });
    if (emp.hasPermission != null) U.qx = emp.hasPermission ? '已开通' : '未开通';
    E.notify();
    return E.nextTick();
  }

  function pageHome() {
    return {
      node: h('div', { class: 'app-container' },
        h('div', { class: 'welcome-banner' }, h('h3', null, '单位业务平台'), h('p', null, '请先完善单位信息并申请工作居住证办理权限；已开通权限的单位可跳过此步骤。')),
        E.Card('办理权限', h('div', null, '当前状态：', h('span', { class: 'perm-state' }, E.text(function () { return U.qx; })))),
        E.Card('待办事项', E.Table({ data: function () { return []; }, emptyText: '暂无待审核的员工申请', columns: [
          { label: '姓名', render: function () { return ''; } },
          { label: '业务类型', render: function () { return ''; } },
          { label: '提交时间', render: function () { return ''; } },
        ] }))),
    };
  }

  function pageUnitInfo() {
    var i = U.info;
    var r = {};
    var taxList = function () { return i.ns; };
    var zzList = function () { return i.zz; };
    r.taxAdd = E.Button('新增', { type: 'primary', plain: true, icon: 'el-icon-plus', onClick: function () { i.ns.push({ nd: '', nse: '' }); E.notify(); } });
    r.taxTable = E.Table({ data: taxList, columns: [
      { label: '年度', width: 200, render: function (row) { return E.DatePicker(model(row, 'nd'), { type: 'year' }); } },
      { label: '纳税额（不含个人所得税）', render: function (row) { return E.Input(model(row, 'nse'), { placeholder: '请输入纳税额', append: '万元', size: 'mini' }); } },
      { label: '操作', width: 90, align: 'center', render: function (row) { return delButton(taxList, row); } },
    ] });
    r.zzAdd = E.Button('新增', { type: 'primary', plain: true, icon: 'el-icon-plus', onClick: function () { i.zz.push({ lx: '', zsbh: '', yxq: '' }); E.notify(); } });
    r.zzTable = E.Table({ data: zzList, emptyText: '无资质信息', columns: [
      { label: '资质类型', width: 200, render: function (row) { return E.Select(model(row, 'lx'), DICT.qualification, { size: 'mini' }); } },
      { label: '证书编号', render: function (row) { return E.Input(model(row, 'zsbh'), { placeholder: '请输入证书编号', size: 'mini' }); } },
      { label: '有效期至', width: 180, render: function (row) { return E.DatePicker(model(row, 'yxq')); } },
      { label: '操作', width: 90, align: 'center', render: function (row) { return delButton(zzList, row); } },
    ] });
    E.effect(function () {
      if (i.yyzzcq && i.yyzzyxq) { i.yyzzyxq = ''; E.notify(); }
    });
    var declarations = E.Form({ labelPosition: 'top' },
      field(r, i, 'jyzk', '经营状况和单位信用良好，无违法违规记录', 'radio', { options: DICT.yesNo, required: true, labelWidth: 'auto' }),
      field(r, i, 'cyfx', '符合本市及本区城市功能定位和产业发展方向', 'radio', { options: DICT.yesNo, required: true, labelWidth: 'auto' }),
      field(r, i, 'sfpz', '是否为经市人才工作局批准的单位', 'radio', { options: DICT.yesNo, labelWidth: 'auto' }));
    var node = h('div', { class: 'app-container' },
      pageHeader('单位信息', '单位信息将作为工作居住证业务审核依据，请与营业执照保持一致。'),
      E.Card('基本信息', E.Form({},
        cols(12, field(r, i, 'dwmc', '单位名称', 'input', { required: true }), field(r, i, 'tyshxydm', '统一社会信用代码', 'input', { required: true })),
        cols(12, field(r, i, 'dwxz', '单位性质', 'select', { options: DICT.orgForm, required: true }), field(r, i, 'zcq', '注册区', 'select', { options: DICT.district, required: true })),
        cols(12, field(r, i, 'zcrq', '注册日期', 'date', { required: true }), field(r, i, 'zczb', '注册资本', 'input', { append: '万元', required: true })),
        cols(12,
          field(r, i, 'yyzzyxq', '营业执照有效期至', 'date', { after: E.Checkbox(model(i, 'yyzzcq'), '长期') }),
          field(r, i, 'kjfw', '科技创新服务主体类型', 'select', { options: DICT.serviceKind })),
        cols(12, field(r, i, 'fddbr', '法定代表人', 'input'), field(r, i, 'dwdz', '单位地址', 'input')),
        cols(8, field(r, i, 'jbrxm', '经办人姓名', 'input', { labelWidth: '110px' }), field(r, i, 'jbrsfzh', '经办人身份证号', 'input', { labelWidth: '130px' }), field(r, i, 'jbrsj', '经办人手机', 'input', { labelWidth: '110px' })))),
      E.Card('近三年纳税情况', [h('div', { class: 'table-toolbar' }, r.taxAdd, h('span', { class: 'toolbar-tip' }, '以“涉税信息查询结果告知书”为准')), r.taxTable]),
      E.Card('单位资质', [h('div', { class: 'table-toolbar' }, r.zzAdd), r.zzTable]),
      E.Card('单位承诺', declarations),
      P.footer([E.Button('保存', { type: 'primary', onClick: function () { E.Message('保存成功', 'success'); } })]));
    return {
      node: node,
      fill: function (c) {
        var e = c.employer || {};
        var yn = L.yesNo;
        var qs = e.qualifications;
        var years = e.taxPaid ? Object.keys(e.taxPaid).sort().reverse() : null;
        return P.seq([
          function () { return P.userSet(r['单位名称'], e.name); },
          function () { return P.userSet(r['统一社会信用代码'], e.creditCode); },
          function () { return P.userSet(r['单位性质'], e.orgForm && P.labelOf('orgForm', L.orgForm[e.orgForm])); },
          function () { return P.userSet(r['注册区'], L.district[e.registeredDistrict]); },
          function () { return P.userSet(r['注册日期'], e.registrationDate); },
          function () { return P.userSet(r['注册资本'], P.wan(e.registeredCapital) || null); },
          function () {
            if (e.licenseValidUntil === undefined) return null;
            var box = r['营业执照有效期至'].parentNode.querySelector('.el-checkbox');
            return P.seq([
              function () { return P.userSet(box, e.licenseValidUntil === null); },
              function () { return e.licenseValidUntil ? P.userSet(r['营业执照有效期至'], e.licenseValidUntil) : null; },
            ]);
          },
          function () { return e.serviceKind !== undefined ? P.userSet(r['科技创新服务主体类型'], e.serviceKind ? L.serviceKind[e.serviceKind] : '不属于以上类型') : null; },
          function () {
            return years && P.fillTable(r.taxTable, r.taxAdd, years, function (cell, y) {
              return P.seq([
                function () { return P.userSet(cell(0), y); },
                function () { return P.userSet(cell(1), P.wan(e.taxPaid[y])); },
              ]);
            });
          },
          function () {
            return qs && P.fillTable(r.zzTable, r.zzAdd, qs, function (cell, q) {
              return P.seq([
                function () { return P.userSet(cell(0), L.qualification[q.kind]); },
                function () { return P.userSet(cell(2), q.validUntil); },
              ]);
            });
          },
          function () { return P.userSet(r['经营状况和单位信用良好，无违法违规记录'], yn(e.goodStanding)); },
          function () { return P.userSet(r['符合本市及本区城市功能定位和产业发展方向'], yn(e.fitsIndustryPolicy)); },
          function () { return P.userSet(r['是否为经市人才工作局批准的单位'], yn(e.specialApproval)); },
        ]);
      },
    };
  }

  function pagePermission(ctx) {
    var key = 'permission';
    return {
      node: h('div', { class: 'app-container' },
        h('div', { class: 'page-header' }, h('h2', { class: 'page-header__title' }, '权限注册'), h('p', { class: 'page-header__desc' }, '工作居住证办理权限申请')),
        E.vIf(function () { return U.qx === '已开通'; }, function () { return E.Alert('本单位已开通工作居住证办理权限。', { type: 'success' }); }),
        E.vIf(function () { return U.qx !== '已开通'; }, function () { return E.Alert('本单位尚未开通工作居住证办理权限，请上传以下材料后提交申请。', { type: 'warning' }); }),
        E.Card(null, summary()),
        E.Card('附件', P.attachmentTable(unitMaterials('unit-registration-application'), U.files[key], ctx.uploaders)),
        footer('提交申请', key)),
      fill: function (c) {
        return P.seq([
          function () { return loadUnit(c.employer); },
          function () { return P.uploadAll(ctx.uploaders, c.attachments); },
        ]);
      },
    };
  }

  function pageDepartmentChange(ctx) {
    var key = 'department-change';
    var r = {};
    var d = U.dept;
    var current = { get: function () { return P.labelOf('district', U.info.zcq); }, set: function () {} };
    var node = h('div', { class: 'app-container' },
      pageHeader('主管部门变更', '在外区已开通工作居住证管理系统的用人单位，因注册地迁入本区，可在线发起主管部门信息变更。'),
      E.Card(null, summary()),
      E.Card('变更信息', E.Form({},
        cols(12,
          field(r, d, 'yzgq', '原主管区', 'select', { options: DICT.district, required: true }),
          E.FormItem('现注册区', E.Input(current, { disabled: true }), { labelWidth: '160px', prop: 'unitForm.zcq' })),
        cols(24, field(r, d, 'bgyy', '变更原因', 'textarea')))),
      E.Card('附件', P.attachmentTable(unitMaterials('unit-change-application'), U.files[key], ctx.uploaders)),
      footer('提交申请', key, { dept: d }));
    return {
      node: node,
      fill: function (c) {
        var e = c.employer || {};
        return P.seq([
          function () { return loadUnit(e); },
          function () { return P.userSet(r['原主管区'], L.district[e.previousDistrict]); },
          function () { return P.uploadAll(ctx.uploaders, c.attachments); },
        ]);
      },
    };
  }

  function pageEmployees() {
    var rows = [
      { xm: '张**', sfzh: '110105********1239', zt: '已关联', sj: '2026-03-02' },
      { xm: '李**', sfzh: '130102********2046', zt: '待审核', sj: '2026-10-18' },
    ];
    return {
      node: h('div', { class: 'app-container' },
        pageHeader('员工关联审核'),
        E.Card(null, [
          E.Table({ data: function () { return rows; }, columns: [
            { label: '序号', type: 'index', width: 60, align: 'center' },
            { label: '姓名', render: function (row) { return row.xm; } },
            { label: '身份证号', render: function (row) { return row.sfzh; } },
            { label: '关联状态', width: 120, render: function (row) { return E.Tag(row.zt, row.zt === '已关联' ? 'success' : 'warning'); } },
            { label: '申请时间', width: 140, render: function (row) { return row.sj; } },
            { label: '操作', width: 160, align: 'center', render: function (row) { return row.zt === '待审核' ? E.Button('审核通过', { type: 'text', size: 'mini' }) : E.Button('解除关联', { type: 'text', size: 'mini' }); } },
          ] }),
          h('div', { class: 'el-pagination' }, h('span', { class: 'el-pagination__total' }, '共 2 条'), h('ul', { class: 'el-pager' }, h('li', { class: 'number active' }, '1'))),
        ])),
    };
  }

  var shell = P.createApp({
    layoutHash: '8c3e51a7',
    sub: '单位业务平台',
    userName: '单位经办人',
    home: '/home',
    notFound: { title: '页面不存在', hash: '00000404', page: function () { return { node: h('div', { class: 'app-container not-found' }, h('h2', null, '404'), h('p', null, '抱歉，您访问的页面不存在。')) }; } },
    routes: {
      '/home': { title: '首页', hash: 'b2e40c6d', page: pageHome },
      '/unit-info': { title: '单位信息', hash: '1d7f3a92', crumbs: [{ label: '单位管理' }, { label: '单位信息' }], page: pageUnitInfo },
      '/permission': { title: '权限注册', hash: '5a0c8e41', crumbs: [{ label: '工作居住证' }, { label: '权限注册' }], page: pagePermission },
      '/department-change': { title: '主管部门变更', hash: 'e9b62d05', crumbs: [{ label: '工作居住证' }, { label: '主管部门变更' }], page: pageDepartmentChange },
      '/employees': { title: '员工关联审核', hash: '73f1a0c8', crumbs: [{ label: '工作居住证' }, { label: '员工关联审核' }], page: pageEmployees },
    },
    menu: [
      { index: '/home', title: '首页', icon: 'el-icon-s-home' },
      { title: '单位管理', icon: 'el-icon-office-building', children: [{ index: '/unit-info', title: '单位信息' }] },
      { title: '工作居住证', icon: 'el-icon-key', children: [
        { index: '/permission', title: '权限注册' },
        { index: '/department-change', title: '主管部门变更' },
        { index: '/employees', title: '员工关联审核' },
      ] },
    ],
  });

  P.exposeTestHooks(shell);
})();
