/* 北京国际人才网 · 个人业务平台 (replica). Routes are hash routes; pages swap without reloads. */
(function () {
  'use strict';
  var E = window.ELEMENT;
  var P = window.PORTAL;
  var h = E.h, C = E.C, model = E.model;
  var DICT = P.DICT, L = P.CASE_LABELS, M = P.MATERIALS;

  /* ------------------------------------------------------------------ store */
  function newApplication() {
    return {
      sqtj: '', zcmc: '', zcjb: '', qdfs: '', jxmc: '', jxjb: '', fmzl: 0, qtzl: 0, rjzz: 0, zzpm: '', ldzh: '',
      cgbl: '', gdpm: '', zztr: '', gqrz: '', pjns: '', zyzy: '', zyns: [], gxtc: '', pzwh: '',
      rzrq: '', htjzrq: '', wgdqx: false, htqddw: '', sbjndw: '', gsjndw: '', srmx: [], nsr: [],
      zslx: '', jzzyxq: '', cqzm: '', czflx: '', fzcqz: '', zljzrq: '', dwcq: '', zsq: '', zsdz: '',
      ywsw: '', swry: [],
      ydw: '', lzrq: '', bgsx: [], bgsm: '', xhkszd: '',
      work: null,
    };
  }
  var S = {
    basic: { aac003: '', aac004: '', aac058: '01', aac002: '', aac006: '', aac005: '', aac024: '', aac017: '', aac010: '', aac009: '', hjxxdz: '', aae005: '', aae015: '', aae006: '', lxhg: '' },
    edu: { zgxl: '', zgxw: '', byyx: '', sxzy: '', bysj: '', titles: [], awards: [] },
    study: [],
    work: [],
    photo: '',
    unit: { dwmc: '', tyshxydm: '', dwxz: '', zcq: '', zcrq: '', zczb: '', yyzzyxq: '', yyzzcq: false, ns: [], zz: [], qx: '', glm: '' },
    permit: { zjbh: '', cydw: '', yxqz: '', zjzt: '' },
    progress: { zt: '', slrq: '' },
    apps: {},
    files: { personal: {} },
  };
  function app(key) {
    if (!S.apps[key]) S.apps[key] = newApplication();
    if (!S.files[key]) S.files[key] = {};
    return S.apps[key];
  }

  /* ------------------------------------------------------------------ form helpers */
  var idSeed = 0;
  // The business pages were built with generated ids (input id + label for = el-id-1024-N);
  // the profile pages keep Element's default, label for = the field code, input without id.
  var useGeneratedIds = false;
  /** One el-form-item with its widget. kind: input | select | date | month | year | radio | textarea | number */
  function field(refs, obj, prop, label, kind, o) {
    o = o || {};
    var m = model(obj, prop);
    var c;
    if (kind === 'select') c = E.Select(m, o.options, { placeholder: o.placeholder, disabled: o.disabled });
    else if (kind === 'date' || kind === 'month' || kind === 'year') c = E.DatePicker(m, { type: kind, disabled: o.disabled, placeholder: o.placeholder });
    else if (kind === 'radio') c = E.RadioGroup(m, o.options, { disabled: o.disabled });
    else if (kind === 'number') c = E.InputNumber(m, o);
    else if (kind === 'textarea') c = E.Input(m, { type: 'textarea', placeholder: o.placeholder != null ? o.placeholder : '请输入' + label, rows: 3 });
    else c = E.Input(m, { placeholder: o.placeholder != null ? o.placeholder : (o.disabled ? '' : '请输入' + label), append: o.append, disabled: o.disabled, maxlength: o.maxlength });
    refs[o.ref || label] = c;
    var forId = o.prop || prop;
    if (useGeneratedIds) {
      var inner = c.querySelector('input, textarea');
      forId = 'el-id-1024-' + (++idSeed);
      if (inner) inner.id = forId;
    }
    return E.FormItem(label, o.after ? [c, o.after] : c, { labelWidth: o.labelWidth || '150px', required: o.required, prop: forId, m: o.required ? m : null });
  }
  /** A row of columns; items that are already el-col (or a v-if comment) stay as they are. */
  function cols(span) {
    var items = Array.prototype.slice.call(arguments, 1);
    return E.Row({ gutter: 20 }, items.map(function (n) {
      if (!n || n.nodeType === 8 || (n.classList && n.classList.contains('el-col'))) return n;
      return E.Col(span, { gutter: 20 }, n);
    }));
  }
  function colIf(cond, span, render) {
    return E.vIf(cond, function () { return E.Col(span, { gutter: 20 }, render()); });
  }
  function pageHeader(title, desc) {
    return h('div', { class: 'page-header' }, h('h2', { class: 'page-header__title' }, title), desc ? h('p', { class: 'page-header__desc' }, desc) : C());
  }
  function section(title) {
    return h('div', { class: 'section-title' }, h('span', null, title));
  }
  function toolbar(buttons) {
    return h('div', { class: 'table-toolbar' }, buttons);
  }
  function delButton(list, row) {
    return E.Button('删除', { type: 'text', size: 'mini', icon: 'el-icon-delete', onClick: function () {
      var i = list().indexOf(row);
      if (i >= 0) list().splice(i, 1);
      E.notify();
    } });
  }
  function cellInput(row, key, placeholder, append) {
    return E.Input(model(row, key), { placeholder: placeholder || '请输入', size: 'mini', append: append });
  }
  function verificationTag(v) {
    if (v === '有效') return E.Tag('有效', 'success');
    if (v === '无效') return E.Tag('无效', 'danger');
    return E.Tag(v || '未核验', 'info');
  }
  var today = function () { return E.formatDate(new Date(), 'date'); };

  /* ------------------------------------------------------------------ shared blocks */
  function workTable(refs, list) {
    refs.workAdd = E.Button('新增', { type: 'primary', icon: 'el-icon-plus', plain: true, onClick: function () {
      list().push({ gzdw: '', qssj: '', zzsj: '', zw: '' });
      E.notify();
    } });
    refs.workTable = E.Table({
      data: list,
      columns: [
        { label: '序号', type: 'index', width: 60, align: 'center' },
        { label: '工作单位', required: true, render: function (r) { return cellInput(r, 'gzdw', '请输入工作单位'); } },
        { label: '起始时间', width: 170, required: true, render: function (r) { return E.DatePicker(model(r, 'qssj')); } },
        { label: '终止时间', width: 170, render: function (r) { return E.DatePicker(model(r, 'zzsj'), { placeholder: '至今' }); } },
        { label: '职务', width: 150, render: function (r) { return cellInput(r, 'zw', '请输入职务'); } },
        { label: '操作', width: 90, align: 'center', render: function (r) { return delButton(list, r); } },
      ],
    });
    return [toolbar([refs.workAdd, h('span', { class: 'toolbar-tip' }, '终止时间为空表示至今')]), refs.workTable];
  }
  function fillWork(refs, history) {
    if (!history) return Promise.resolve();
    return P.fillTable(refs.workTable, refs.workAdd, history, function (cell, w) {
      return P.seq([
        function () { return P.userSet(cell(1), w.employer); },
        function () { return P.userSet(cell(2), w.from); },
        function () { return P.userSet(cell(3), w.to || ''); },
      ]);
    });
  }

  function incomeTable(refs, a) {
    var list = function () { return a.srmx; };
    refs.incomeAdd = E.Button('新增', { type: 'primary', icon: 'el-icon-plus', plain: true, onClick: function () {
      a.srmx.push({ ssyf: '', ynssr: '' });
      E.notify();
    } });
    refs.incomeTable = E.Table({
      data: list,
      columns: [
        { label: '序号', type: 'index', width: 60, align: 'center' },
        { label: '所属月份', width: 200, required: true, render: function (r) { return E.DatePicker(model(r, 'ssyf'), { type: 'month' }); } },
        { label: '应税收入(元)', required: true, render: function (r) { return cellInput(r, 'ynssr', '请输入金额', '元'); } },
        { label: '操作', width: 90, align: 'center', render: function (r) { return delButton(list, r); } },
      ],
    });
    return [toolbar([refs.incomeAdd, h('span', { class: 'toolbar-tip' }, '请按月填写入职本单位以来的应税收入（以个人所得税APP或扣缴客户端数据为准）')]), refs.incomeTable];
  }
  function fillIncome(refs, months) {
    if (!months) return Promise.resolve();
    return P.fillTable(refs.incomeTable, refs.incomeAdd, months, function (cell, mi) {
      return P.seq([
        function () { return P.userSet(cell(1), mi.month); },
        function () { return P.userSet(cell(2), String(mi.amount)); },
      ]);
    });
  }
  function annualTable(refs, a) {
    var list = function () { return a.nsr; };
    refs.annualAdd = E.Button('新增年度', { type: 'primary', icon: 'el-icon-plus', plain: true, onClick: function () {
      a.nsr.push({ nd: '', nsr: '' });
      E.notify();
    } });
    refs.annualTable = E.Table({
      data: list,
      columns: [
        { label: '年度', width: 200, render: function (r) { return E.DatePicker(model(r, 'nd'), { type: 'year' }); } },
        { label: '年度应税收入(元)', render: function (r) { return cellInput(r, 'nsr', '请输入金额', '元'); } },
        { label: '操作', width: 90, align: 'center', render: function (r) { return delButton(list, r); } },
      ],
    });
    return [toolbar([refs.annualAdd]), refs.annualTable];
  }
  function fillAnnual(refs, annual) {
    if (!annual) return Promise.resolve();
    var years = Object.keys(annual).sort().reverse();
    return P.fillTable(refs.annualTable, refs.annualAdd, years, function (cell, y) {
      return P.seq([
        function () { return P.userSet(cell(0), y); },
        function () { return P.userSet(cell(1), String(annual[y])); },
      ]);
    });
  }

  function employmentBlock(refs, a, o) {
    o = o || {};
    // 无固定期限 means there is no end date to keep.
    E.effect(function () {
      if (a.wgdqx && a.htjzrq) {
        a.htjzrq = '';
        E.notify();
      }
    });
    return [
      cols(12,
        field(refs, S.unit, 'dwmc', o.employerLabel || '聘用单位', 'input', { disabled: true, ref: 'employer' }),
        field(refs, a, 'rzrq', '入职日期', 'date', { required: true })),
      cols(12,
        field(refs, a, 'htjzrq', '劳动合同截止日期', 'date', { after: E.Checkbox(model(a, 'wgdqx'), '无固定期限') }),
        field(refs, a, 'htqddw', '劳动合同签订单位', 'input', { required: true })),
      cols(12,
        field(refs, a, 'sbjndw', '社会保险缴纳单位', 'input', { required: true }),
        field(refs, a, 'gsjndw', '个人所得税扣缴单位', 'input', { required: true })),
    ];
  }
  function fillEmployment(refs, emp) {
    if (!emp) return Promise.resolve();
    var noEnd = emp.contractEndDate === null;
    var box = refs['劳动合同截止日期'].parentNode.querySelector('.el-checkbox');
    return P.seq([
      function () { return P.userSet(refs['入职日期'], emp.startDate); },
      function () { return P.userSet(box, noEnd); },
      function () { return noEnd ? null : P.userSet(refs['劳动合同截止日期'], emp.contractEndDate); },
      function () { return P.userSet(refs['劳动合同签订单位'], emp.contractEmployer); },
      function () { return P.userSet(refs['社会保险缴纳单位'], emp.socialInsuranceEmployer); },
      function () { return P.userSet(refs['个人所得税扣缴单位'], emp.incomeTaxEmployer); },
    ]);
  }

  function housingBlock(refs, a) {
    var kind = function () { return a.zslx; };
    return [
      cols(12,
        field(refs, a, 'zslx', '住所类型', 'select', { options: DICT.housing, required: true }),
        field(refs, a, 'zsq', '住所所在区', 'select', { options: DICT.district })),
      cols(12,
        colIf(function () { return kind() === '1'; }, 12, function () { return field(refs, a, 'jzzyxq', '居住证有效期至', 'date', { required: true }); }),
        colIf(function () { return kind() === '2' || kind() === '3'; }, 12, function () { return field(refs, a, 'cqzm', '产权证明材料', 'radio', { options: DICT.ownershipProof }); }),
        colIf(function () { return kind() === '4'; }, 12, function () { return field(refs, a, 'czflx', '出租方类型', 'select', { options: DICT.landlord, required: true }); }),
        colIf(function () { return kind() === '4'; }, 12, function () { return field(refs, a, 'zljzrq', '租赁截止日期', 'date', { required: true }); }),
        colIf(function () { return kind() === '4' && a.czflx === '2'; }, 12, function () { return field(refs, a, 'fzcqz', '房主能否提供产权证原件', 'radio', { options: DICT.yesNo, labelWidth: '190px' }); }),
        colIf(function () { return kind() === '5'; }, 12, function () { return field(refs, a, 'dwcq', '产权人是否为本单位', 'radio', { options: DICT.yesNo }); })),
      cols(24, field(refs, a, 'zsdz', '住所详细地址', 'input', { placeholder: '请输入街道、小区、楼号、单元及门牌号' })),
    ];
  }
  function fillHousing(refs, hs) {
    if (!hs) return Promise.resolve();
    var yn = L.yesNo;
    return P.seq([
      function () { return P.userSet(refs['住所类型'], L.housing[hs.kind]); },
      E.nextTick,
      function () { return P.userSet(refs['居住证有效期至'], hs.kind === 'residence-permit' ? hs.residencePermitValidUntil : null); },
      function () { return /owned/.test(hs.kind || '') ? P.userSet(refs['产权证明材料'], L.ownershipProof[hs.ownershipProof]) : null; },
      function () { return hs.kind === 'rented' ? P.userSet(refs['出租方类型'], L.landlord[hs.landlordKind]) : null; },
      E.nextTick,
      function () { return hs.kind === 'rented' ? P.userSet(refs['租赁截止日期'], hs.leaseEnd) : null; },
      function () { return hs.kind === 'rented' && hs.landlordKind === 'private-home' ? P.userSet(refs['房主能否提供产权证原件'], yn(hs.landlordHasCertificate)) : null; },
      function () { return hs.kind === 'unit-housing' ? P.userSet(refs['产权人是否为本单位'], yn(hs.unitOwnsProperty)) : null; },
    ]);
  }

  function companionsBlock(refs, a) {
    var list = function () { return a.swry; };
    refs.companionAdd = E.Button('添加随往人员', { type: 'primary', icon: 'el-icon-plus', plain: true, onClick: function () {
      a.swry.push({ gx: '', xm: '', sfzh: '', csrq: '', fyq: '' });
      E.notify();
    } });
    refs.companionTable = E.Table({
      data: list,
      columns: [
        { label: '序号', type: 'index', width: 55, align: 'center' },
        { label: '关系', width: 120, required: true, render: function (r) { return E.Select(model(r, 'gx'), DICT.relation, { size: 'mini' }); } },
        { label: '姓名', width: 140, required: true, render: function (r) { return cellInput(r, 'xm', '姓名'); } },
        { label: '身份证号', required: true, render: function (r) { return cellInput(r, 'sfzh', '请输入身份证号'); } },
        { label: '出生日期', width: 170, render: function (r) { return E.DatePicker(model(r, 'csrq')); } },
        { label: '抚养权是否归申请人', width: 150, render: function (r) { return E.Select(model(r, 'fyq'), DICT.yesNo, { size: 'mini' }); } },
        { label: '操作', width: 80, align: 'center', render: function (r) { return delButton(list, r); } },
      ],
    });
    return [
      cols(12, field(refs, a, 'ywsw', '是否有随往人员', 'radio', { options: DICT.yesNo })),
      E.vIf(function () { return a.ywsw === '1'; }, function () {
        return h('div', { class: 'companion-block' },
          toolbar([refs.companionAdd, h('span', { class: 'toolbar-tip' }, '随往子女须为18周岁以下')]),
          refs.companionTable);
      }),
    ];
  }
  function fillCompanions(refs, companions) {
    if (!companions) return Promise.resolve();
    return P.seq([
      function () { return P.userSet(refs['是否有随往人员'], companions.length ? '是' : '否'); },
      E.nextTick,
      function () {
        if (!companions.length) return null;
        return P.fillTable(refs.companionTable, refs.companionAdd, companions, function (cell, c) {
          return P.seq([
            function () { return P.userSet(cell(1), L.relation[c.relation]); },
            function () { return P.userSet(cell(2), c.name); },
            function () { return P.userSet(cell(3), c.idNumber); },
            function () { return P.userSet(cell(4), c.birthDate); },
            function () { return P.userSet(cell(5), L.yesNo(c.custodyWithApplicant)); },
          ]);
        });
      },
    ]);
  }

  function titleFields(refs, a) {
    return cols(8,
      field(refs, a, 'zcmc', '职称名称', 'input', { labelWidth: '110px' }),
      field(refs, a, 'zcjb', '职称级别', 'select', { options: DICT.titleLevel, labelWidth: '110px' }),
      field(refs, a, 'qdfs', '取得方式', 'select', { options: DICT.obtainedBy, labelWidth: '110px' }));
  }
  function fillTitle(refs, t) {
    if (!t) return Promise.resolve();
    return P.seq([
      function () { return P.userSet(refs['职称名称'], t.name); },
      function () { return P.userSet(refs['职称级别'], L.titleLevel[t.level]); },
      function () { return P.userSet(refs['取得方式'], L.obtainedBy[t.obtainedBy]); },
    ]);
  }

  /** Applicant profile shown on business pages (read-only, from 基础信息). */
  function applicantSummary(refs) {
    var b = S.basic;
    var ro = function (prop, label, value) {
      var m = { get: value, set: function () {} };
      var c = E.Input(m, { disabled: true });
      refs['ro:' + label] = c;
      return E.FormItem(label, c, { labelWidth: '150px', prop: prop });
    };
    return [
      cols(12,
        ro('aac003', '姓名', function () { return b.aac003; }),
        ro('aac002', '身份证号', function () { return b.aac002; })),
      cols(12,
        ro('aac004', '性别', function () { return P.labelOf('gender', b.aac004); }),
        ro('aac006', '出生日期', function () { return b.aac006; })),
      cols(12,
        ro('aac010', '户口所在地', function () { return b.aac010; }),
        ro('aac017', '婚姻状况', function () { return P.labelOf('marital', b.aac017); })),
    ];
  }
  function unitDescriptions() {
    var u = S.unit;
    var items = [
      { label: '单位名称', value: function () { return P.dash(u.dwmc); } },
      { label: '统一社会信用代码', value: function () { return P.dash(u.tyshxydm); } },
      { label: '单位性质', value: function () { return P.dash(P.labelOf('orgForm', u.dwxz)); } },
      { label: '注册区', value: function () { return P.dash(u.zcq); } },
      { label: '注册日期', value: function () { return P.dash(u.zcrq); } },
      { label: '注册资本(万元)', value: function () { return u.zczb === '' ? '-' : P.money2(u.zczb); } },
      { label: '营业执照有效期', value: function () { return u.yyzzcq ? '长期' : P.dash(u.yyzzyxq); } },
      { label: '办理权限', value: function () { return u.qx ? E.Tag(u.qx, u.qx === '已开通' ? 'success' : 'warning') : '-'; } },
      { label: '近三年纳税额', span: 2, value: function () {
        if (!u.ns.length) return '-';
        return u.ns.map(function (n) { return n.nd + '年度：' + P.money2(n.nse) + '万元'; }).join('；');
      } },
      { label: '单位资质', span: 2, value: function () {
        if (!u.zz.length) return '无';
        return u.zz.map(function (z) { return z.lx + '（有效期至' + (z.yxq || '-') + '）'; }).join('；');
      } },
    ];
    return E.Descriptions({ title: '聘用单位信息', column: 2, items: items });
  }
  function permitDescriptions() {
    var p = S.permit;
    return E.Descriptions({ title: '工作居住证信息', column: 2, items: [
      { label: '工作居住证编号', value: function () { return P.dash(p.zjbh); } },
      { label: '持证单位', value: function () { return P.dash(p.cydw); } },
      { label: '有效期至', value: function () { return P.dash(p.yxqz); } },
      { label: '证件状态', value: function () {
        if (!p.zjzt) return '-';
        return E.Tag(p.zjzt, p.zjzt === '有效' ? 'success' : p.zjzt === '挂起' ? 'warning' : 'danger');
      } },
    ] });
  }
  function progressDescriptions() {
    var g = S.progress;
    return E.vIf(function () { return !!g.zt; }, function () {
      return E.Descriptions({ title: '办理进度', column: 2, items: [
        { label: '办理状态', value: function () { return P.dash(g.zt); } },
        { label: '受理日期', value: function () { return P.dash(g.slrq); } },
      ] });
    });
  }

  /** Sets what the portal shows from its own records (unit profile, permit, progress). */
  function loadSystemData(c) {
    var emp = c.employer;
    if (emp) {
      var u = S.unit;
      if (emp.name != null) u.dwmc = emp.name;
      if (emp.creditCode != null) u.tyshxydm = emp.creditCode;
      if (emp.orgForm != null) u.dwxz = L.orgForm[emp.orgForm] || '';
      if (emp.registeredDistrict != null) u.zcq = L.district[emp.registeredDistrict] || '';
      if (emp.registrationDate != null) u.zcrq = emp.registrationDate;
      if (emp.registeredCapital != null) u.zczb = Number(P.wan(emp.registeredCapital));
      if (emp.licenseValidUntil !== undefined) {
        u.yyzzcq = emp.licenseValidUntil === null;
        u.yyzzyxq = emp.licenseValidUntil || '';
      }
      if (emp.taxPaid) u.ns = Object.keys(emp.taxPaid).sort().reverse().map(function (y) { return { nd: y, nse: emp.taxPaid[y] / 10000 }; });
      if (emp.qualifications) u.zz = emp.qualifications.map(function (q) { return { lx: L.qualification[q.kind], yxq: q.validUntil || '' }; });
      if (emp.hasPermission != null) u.qx = emp.hasPermission ? '已开通' : '未开通';
    }
    if (c.permit) {
      var p = S.permit;
      if (c.permit.number != null) p.zjbh = c.permit.number;
      if (c.permit.employer != null) p.cydw = c.permit.employer;
      if (c.permit.validUntil != null) p.yxqz = c.permit.validUntil;
      if (c.permit.status != null) p.zjzt = L.permitStatus[c.permit.status];
    }
    if (c.acceptedOn) {
      S.progress.zt = '已受理';
      S.progress.slrq = c.acceptedOn;
    }
    var ap = c.applicant;
    if (ap) {
      var b = S.basic;
      if (ap.name != null) b.aac003 = ap.name;
      if (ap.idNumber != null) b.aac002 = ap.idNumber;
      if (ap.gender != null) b.aac004 = ap.gender === 'male' ? '1' : '2';
      if (ap.birthDate != null) b.aac006 = ap.birthDate;
      if (ap.hukouLocation != null) b.aac010 = ap.hukouLocation;
      if (ap.maritalStatus != null) b.aac017 = DICT.marital.find(function (o) { return o.label === L.marital[ap.maritalStatus]; }).value;
      if (ap.education) S.study = ap.education.map(studyRowFromCase);
    }
    E.notify();
    return E.nextTick();
  }
  function labelToValue(list, label) {
    var f = DICT[list].find(function (o) { return o.label === label; });
    return f ? f.value : '';
  }
  function studyRowFromCase(e) {
    return { xxmc: e.school || '', xl: labelToValue('eduLevel', L.level[e.level]), xw: labelToValue('degree', L.degree[e.degree]), rxsj: '', bysj: e.graduationDate || '', hyjg: L.verification[e.verification] || '未核验' };
  }

  function businessFooter(submitLabel, payload, extra) {
    return P.footer([
      E.Button('返回', { onClick: function () { location.hash = '#/business'; } }),
      extra || C(),
      E.Button(submitLabel, { type: 'primary', onClick: function () { P.submitFlow(payload); } }),
    ]);
  }
  function saveButton() {
    return E.Button('保存', { type: 'primary', plain: true, onClick: function () { E.Message('保存成功', 'success'); } });
  }
  function snapshot(key, extra) {
    return function () {
      return JSON.parse(JSON.stringify(Object.assign({
        platform: 'person-platform', business: key, submittedAt: new Date().toISOString(),
        applicant: S.basic, education: S.edu, study: S.study, work: S.work,
        form: S.apps[key], attachments: S.files[key],
      }, extra || {})));
    };
  }

  /* ------------------------------------------------------------------ materials per business */
  var MAT = function (ids, required) { return ids.map(function (id) { return { name: M[id], required: required }; }); };
  var HOUSING_MATERIALS = {
    1: ['residence-permit'],
    2: ['property-certificate', 'purchase-contract', 'purchase-invoice'],
    3: ['property-certificate', 'purchase-contract', 'purchase-invoice', 'marriage-certificate', 'spouse-id-card'],
    4: ['lease-contract', 'landlord-property-certificate', 'rent-invoice', 'landlord-hukou-booklet'],
    5: ['unit-residence-certificate', 'unit-property-proof', 'lease-contract'],
    6: ['relative-property-certificate', 'lodging-statement', 'owner-id-card'],
  };
  var BASIS_MATERIALS = {
    '01': ['degree-certificate', 'diploma', 'degree-verification-report', 'diploma-verification-report'],
    '02': ['title-certificate', 'exam-registration-form', 'review-form'],
    '03': ['award-certificate', 'award-evidence'],
    '04': ['unit-qualification-proof', 'income-records-3y'],
    '05': ['income-records-3y'],
    '06': ['patent-certificates', 'ip-commercialization-report', 'ip-commercialization-evidence'],
    '07': ['capital-increase-agreement', 'capital-verification-report', 'articles-of-association'],
    '08': ['articles-of-association', 'unit-tax-certificates'],
    '09': ['iit-records-3y', 'contribution-evidence'],
    '10': [],
  };
  var COMPANION_MATERIALS = ['marriage-certificate', 'child-birth-certificate', 'child-hukou-booklet', 'divorce-documents'];
  function dedupe(rows) {
    var seen = {};
    return rows.filter(function (r) { if (seen[r.name]) return false; seen[r.name] = true; return true; });
  }
  function newMaterials(a) {
    var rows = MAT(['unit-handling-application', 'id-card', 'hukou-booklet', 'integrity-pledge', 'labor-contract', 'iit-records', 'withholding-client-screenshot'], true);
    if (HOUSING_MATERIALS[a.zslx]) rows = rows.concat(MAT(HOUSING_MATERIALS[a.zslx], false).map(function (r, i) { return i === 0 ? { name: r.name, required: true } : r; }));
    if (a.ywsw === '1') rows = rows.concat(MAT(COMPANION_MATERIALS, false));
    if (BASIS_MATERIALS[a.sqtj]) rows = rows.concat(MAT(BASIS_MATERIALS[a.sqtj], false).map(function (r, i) { return i === 0 ? { name: r.name, required: true } : r; }));
    return dedupe(rows.concat([{ name: '其他材料', required: false }]));
  }

  /* ------------------------------------------------------------------ pages */
  function pageHome() {
    var b = S.basic;
    return {
      node: h('div', { class: 'app-container home' },
        h('div', { class: 'welcome-banner' },
          h('div', { class: 'welcome-banner__text' },
            h('h3', null, '您好，', E.text(function () { return b.aac003 || '用户'; })),
            h('p', null, '欢迎使用北京国际人才网个人业务平台。首次使用请先完善基础信息、教育信息、学习经历、工作经历和证件照片。'))),
        E.Row({ gutter: 20 },
          E.Col(16, { gutter: 20 }, E.Card('通知公告', h('ul', { class: 'notice-list' },
            h('li', null, h('a', { href: 'javascript:;' }, '关于工作居住证业务网上办理的说明'), h('span', { class: 'notice-date' }, '2026-03-02')),
            h('li', null, h('a', { href: 'javascript:;' }, '工作居住证续签业务提示'), h('span', { class: 'notice-date' }, '2026-01-15')),
            h('li', null, h('a', { href: 'javascript:;' }, '关于系统升级维护的公告'), h('span', { class: 'notice-date' }, '2025-12-20'))))),
          E.Col(8, { gutter: 20 }, E.Card('快捷入口', h('div', { class: 'quick-links' },
            E.Button('完善基础信息', { onClick: function () { location.hash = '#/basic'; } }),
            E.Button('可办业务列表', { type: 'primary', onClick: function () { location.hash = '#/business'; } })))))),
    };
  }

  function pageBasic() {
    var b = S.basic;
    var r = {};
    var node = h('div', { class: 'app-container' },
      pageHeader('基础信息', '请如实填写个人基础信息，带 * 号的为必填项。'),
      E.Card(null, E.Form({},
        cols(12,
          field(r, b, 'aac003', '姓名', 'input', { required: true }),
          field(r, b, 'aac004', '性别', 'radio', { options: DICT.gender, required: true })),
        cols(12,
          field(r, b, 'aac058', '证件类型', 'select', { options: DICT.idType, required: true }),
          field(r, b, 'aac002', '身份证号', 'input', { required: true, maxlength: 18 })),
        cols(12,
          field(r, b, 'aac006', '出生日期', 'date', { required: true }),
          field(r, b, 'aac005', '民族', 'select', { options: DICT.nation })),
        cols(12,
          field(r, b, 'aac024', '政治面貌', 'select', { options: DICT.politics }),
          field(r, b, 'aac017', '婚姻状况', 'select', { options: DICT.marital, required: true })),
        cols(12,
          field(r, b, 'aac010', '户口所在地', 'input', { required: true, placeholder: '请输入户口所在省市，如：河北省石家庄市' }),
          field(r, b, 'aac009', '户口性质', 'select', { options: DICT.hukouType })),
        cols(24, field(r, b, 'hjxxdz', '户籍详细地址', 'input')),
        cols(12,
          field(r, b, 'aae005', '手机号码', 'input', { required: true, maxlength: 11 }),
          field(r, b, 'aae015', '电子邮箱', 'input')),
        cols(12, field(r, b, 'lxhg', '是否留学回国人员', 'radio', { options: DICT.yesNo })),
        cols(24, field(r, b, 'aae006', '现居住地址', 'textarea')),
        P.footer([saveButton()]))));
    return {
      node: node,
      fill: function (c) {
        var ap = c.applicant || {};
        return P.seq([
          function () { return P.userSet(r['姓名'], ap.name); },
          function () { return P.userSet(r['性别'], L.gender[ap.gender]); },
          function () { return P.userSet(r['身份证号'], ap.idNumber); },
          function () { return P.userSet(r['出生日期'], ap.birthDate); },
          function () { return P.userSet(r['婚姻状况'], L.marital[ap.maritalStatus]); },
          function () { return P.userSet(r['户口所在地'], ap.hukouLocation); },
        ]);
      },
    };
  }

  function pageEducation() {
    var e = S.edu;
    var r = {};
    var titles = function () { return e.titles; };
    var awards = function () { return e.awards; };
    r.titleAdd = E.Button('新增', { type: 'primary', plain: true, icon: 'el-icon-plus', onClick: function () { e.titles.push({ zcmc: '', zcjb: '', qdfs: '', qdsj: '' }); E.notify(); } });
    r.titleTable = E.Table({ data: titles, columns: [
      { label: '序号', type: 'index', width: 60, align: 'center' },
      { label: '职称（资格）名称', render: function (row) { return cellInput(row, 'zcmc'); } },
      { label: '级别', width: 150, render: function (row) { return E.Select(model(row, 'zcjb'), DICT.titleLevel, { size: 'mini' }); } },
      { label: '取得方式', width: 150, render: function (row) { return E.Select(model(row, 'qdfs'), DICT.obtainedBy, { size: 'mini' }); } },
      { label: '取得时间', width: 170, render: function (row) { return E.DatePicker(model(row, 'qdsj')); } },
      { label: '操作', width: 80, align: 'center', render: function (row) { return delButton(titles, row); } },
    ] });
    r.awardAdd = E.Button('新增', { type: 'primary', plain: true, icon: 'el-icon-plus', onClick: function () { e.awards.push({ jxmc: '', jxjb: '', hjsj: '' }); E.notify(); } });
    r.awardTable = E.Table({ data: awards, columns: [
      { label: '序号', type: 'index', width: 60, align: 'center' },
      { label: '奖项名称', render: function (row) { return cellInput(row, 'jxmc'); } },
      { label: '奖项级别', width: 170, render: function (row) { return E.Select(model(row, 'jxjb'), DICT.awardScope, { size: 'mini' }); } },
      { label: '获奖时间', width: 170, render: function (row) { return E.DatePicker(model(row, 'hjsj')); } },
      { label: '操作', width: 80, align: 'center', render: function (row) { return delButton(awards, row); } },
    ] });
    var node = h('div', { class: 'app-container' },
      pageHeader('教育信息', '最高学历学位信息将用于学历学位核验。'),
      E.Card('最高学历学位', E.Form({},
        cols(12,
          field(r, e, 'zgxl', '最高学历', 'select', { options: DICT.eduLevel, required: true }),
          field(r, e, 'zgxw', '最高学位', 'select', { options: DICT.degree, required: true })),
        cols(12,
          field(r, e, 'byyx', '毕业院校', 'input', { required: true }),
          field(r, e, 'sxzy', '所学专业', 'input')),
        cols(12, field(r, e, 'bysj', '毕业时间', 'date', { required: true })))),
      E.Card('专业技术职称（职业资格）', [toolbar([r.titleAdd]), r.titleTable]),
      E.Card('获奖情况', [toolbar([r.awardAdd]), r.awardTable]),
      P.footer([saveButton()]));
    var rank = { doctor: 4, master: 3, bachelor: 2, none: 1 };
    return {
      node: node,
      fill: function (c) {
        var ap = c.applicant || {};
        var best = (ap.education || []).slice().sort(function (a, b) { return (rank[b.degree] || 0) - (rank[a.degree] || 0); })[0];
        return P.seq([
          function () { return best && P.userSet(r['最高学历'], L.level[best.level]); },
          function () { return best && P.userSet(r['最高学位'], L.degree[best.degree]); },
          function () { return best && P.userSet(r['毕业院校'], best.school); },
          function () { return best && P.userSet(r['毕业时间'], best.graduationDate); },
          function () {
            return ap.titles && P.fillTable(r.titleTable, r.titleAdd, ap.titles, function (cell, t) {
              return P.seq([
                function () { return P.userSet(cell(1), t.name); },
                function () { return P.userSet(cell(2), L.titleLevel[t.level]); },
                function () { return P.userSet(cell(3), L.obtainedBy[t.obtainedBy]); },
              ]);
            });
          },
          function () {
            return ap.awards && P.fillTable(r.awardTable, r.awardAdd, ap.awards, function (cell, aw) {
              return P.seq([
                function () { return P.userSet(cell(1), aw.name); },
                function () { return P.userSet(cell(2), L.awardScope[aw.scope]); },
              ]);
            });
          },
        ]);
      },
    };
  }

  function pageStudy() {
    var r = {};
    var list = function () { return S.study; };
    r.add = E.Button('新增学习经历', { type: 'primary', plain: true, icon: 'el-icon-plus', onClick: function () {
      S.study.push({ xxmc: '', xl: '', xw: '', rxsj: '', bysj: '', hyjg: '未核验' });
      E.notify();
    } });
    r.table = E.Table({ data: list, columns: [
      { label: '序号', type: 'index', width: 55, align: 'center' },
      { label: '学校', required: true, render: function (row) { return cellInput(row, 'xxmc', '请输入学校名称'); } },
      { label: '学历', width: 140, required: true, render: function (row) { return E.Select(model(row, 'xl'), DICT.eduLevel, { size: 'mini' }); } },
      { label: '学位', width: 110, render: function (row) { return E.Select(model(row, 'xw'), DICT.degree, { size: 'mini' }); } },
      { label: '入学时间', width: 160, render: function (row) { return E.DatePicker(model(row, 'rxsj')); } },
      { label: '毕业时间', width: 160, required: true, render: function (row) { return E.DatePicker(model(row, 'bysj')); } },
      { label: '学历学位核验结果', width: 140, align: 'center', render: function (row) {
        var holder = h('span');
        var last;
        var show = function () { if (row.hyjg !== last) { last = row.hyjg; holder.replaceChildren(verificationTag(row.hyjg)); } };
        show();
        E.effect(show);
        return holder;
      } },
      { label: '操作', width: 80, align: 'center', render: function (row) { return delButton(list, row); } },
    ] });
    return {
      node: h('div', { class: 'app-container' },
        pageHeader('学习经历', '请从高中（中专）阶段起填写；学历学位核验结果由系统自动生成。'),
        E.Card(null, [toolbar([r.add]), r.table, P.footer([saveButton()])])),
      fill: function (c) {
        var edu = (c.applicant || {}).education;
        if (!edu) return Promise.resolve();
        return P.fillTable(r.table, r.add, edu, function (cell, e) {
          return P.seq([
            function () { return P.userSet(cell(1), e.school); },
            function () { return P.userSet(cell(2), L.level[e.level]); },
            function () { return P.userSet(cell(3), L.degree[e.degree]); },
            function () { return P.userSet(cell(5), e.graduationDate); },
          ]);
        }).then(function () {
          // The verification result comes from the education ministry check, not from the user.
          edu.forEach(function (e, i) { if (S.study[i]) S.study[i].hyjg = L.verification[e.verification] || '未核验'; });
          E.notify();
          return E.nextTick();
        });
      },
    };
  }

  function pageWork() {
    var r = {};
    return {
      node: h('div', { class: 'app-container' },
        pageHeader('工作经历', '请按时间顺序填写全部工作经历（含现单位）。'),
        E.Card(null, [workTable(r, function () { return S.work; }), P.footer([saveButton()])])),
      fill: function (c) { return fillWork(r, (c.applicant || {}).workHistory); },
    };
  }

  function pagePhoto() {
    var preview = h('div', { class: 'photo-box' });
    var show = function () {
      preview.replaceChildren(S.photo ? h('div', { class: 'photo-box__img' }, h('i', { class: 'el-icon-picture-outline' }), h('div', null, S.photo)) : h('div', { class: 'photo-box__empty' }, h('i', { class: 'el-icon-plus' })));
    };
    show();
    E.effect(show);
    return {
      node: h('div', { class: 'app-container' },
        pageHeader('证件照片'),
        E.Card(null, h('div', { class: 'photo-page' }, preview,
          h('div', { class: 'photo-tips' },
            h('p', null, '1. 近期免冠正面彩色证件照，白色背景；'),
            h('p', null, '2. JPG格式，大小不超过200KB，尺寸 358×441 像素；'),
            h('p', null, '3. 照片将用于打印《北京市工作居住证确认单》。'),
            E.Upload(function (name) { S.photo = name; E.notify(); }, { label: '选择照片', accept: '.jpg,.jpeg', icon: 'el-icon-upload2' }))))),
    };
  }

  function pageAttachments(ctx) {
    var files = S.files.personal;
    var rows = function () {
      return MAT(['id-card', 'hukou-booklet', 'degree-certificate', 'diploma', 'integrity-pledge', 'iit-records', 'withholding-client-screenshot'], true)
        .concat(MAT(['lease-contract', 'property-certificate', 'residence-permit', 'marriage-certificate', 'title-certificate'], false))
        .concat([{ name: '其他材料', required: false }]);
    };
    return {
      node: h('div', { class: 'app-container' },
        pageHeader('附件管理', '电子附件：请上传与纸质申请材料一致的原件彩色扫描件。'),
        E.Card('附件列表', P.attachmentTable(rows, files, ctx.uploaders))),
      fill: function (c) { return P.uploadAll(ctx.uploaders, c.attachments); },
    };
  }

  function pageBusinessList() {
    var u = S.unit;
    var rowsData = [
      { mc: '工作居住证新办', sm: '符合条件的人员首次申请办理《北京市工作居住证》', to: '#/business/new' },
      { mc: '工作居住证续签', sm: '证件有效期满前15个工作日内申请续签', to: '#/business/renewal' },
      { mc: '聘用单位变更', sm: '持证人与原单位解除劳动关系后与新单位关联，办理证件聘用单位变更', to: '#/business/employer-change' },
      { mc: '个人信息变更', sm: '随往人员、居住地、户口所在地、学历学位、技术职称等发生变化', to: '#/business/info-change' },
    ];
    var table = E.Table({ data: function () { return rowsData; }, columns: [
      { label: '序号', type: 'index', width: 60, align: 'center' },
      { label: '业务名称', width: 200, render: function (row) { return h('span', { class: 'biz-name' }, row.mc); } },
      { label: '业务说明', render: function (row) { return row.sm; } },
      { label: '操作', width: 120, align: 'center', render: function (row) { return E.Button('办理', { type: 'primary', size: 'mini', onClick: function () { location.hash = row.to; } }); } },
    ] });
    var myData = function () {
      return S.progress.zt ? [{ lx: '工作居住证新办', zt: S.progress.zt, slrq: S.progress.slrq }] : [];
    };
    var mine = E.Table({ data: myData, emptyText: '暂无办理中的业务', columns: [
      { label: '业务类型', render: function (row) { return row.lx; } },
      { label: '办理状态', width: 160, render: function (row) { return E.Tag(row.zt, 'success'); } },
      { label: '受理日期', width: 160, render: function (row) { return row.slrq; } },
    ] });
    var code = { glm: '' };
    return {
      node: h('div', { class: 'app-container' },
        pageHeader('可办业务列表'),
        E.Card('单位关联', E.Form({ inline: true },
          E.FormItem('当前关联单位', h('span', { class: 'assoc-unit' }, E.text(function () { return u.dwmc || '未关联'; })), { labelWidth: '110px' }),
          E.FormItem('单位关联码', E.Input(model(code, 'glm'), { placeholder: '请输入单位关联码' }), { labelWidth: '100px' }),
          E.FormItem(null, E.Button('发起关联', { type: 'primary', onClick: function () { E.Message('关联申请已提交，待单位审核', 'success'); } })))),
        E.Card('工作居住证', table),
        E.Card('我的业务', mine)),
    };
  }

  function pageAttachmentTab(ctx, key, rows) {
    return P.attachmentTable(rows, S.files[key], ctx.uploaders);
  }

  function basisBlock(r, a) {
    var is = function (code) { return function () { return a.sqtj === code; }; };
    var studyTable = function () {
      return E.Table({ data: function () { return S.study; }, emptyText: '请先在“学习经历”中填写', columns: [
        { label: '学校', render: function (row) { return E.text(function () { return row.xxmc; }); } },
        { label: '学历', width: 120, render: function (row) { return E.text(function () { return P.labelOf('eduLevel', row.xl); }); } },
        { label: '学位', width: 90, render: function (row) { return E.text(function () { return P.labelOf('degree', row.xw); }); } },
        { label: '毕业时间', width: 120, render: function (row) { return E.text(function () { return row.bysj; }); } },
        { label: '学历学位核验结果', width: 140, align: 'center', render: function (row) { return verificationTag(row.hyjg); } },
      ] });
    };
    return [
      cols(24, field(r, a, 'sqtj', '申请条件', 'select', { options: DICT.basis, required: true, placeholder: '请选择申请条件' })),
      E.vIf(is('01'), function () { return h('div', { class: 'basis-block' }, section('学历学位'), studyTable()); }),
      E.vIf(is('02'), function () { return h('div', { class: 'basis-block' }, section('专业技术职称'), titleFields(r, a)); }),
      E.vIf(is('03'), function () {
        return h('div', { class: 'basis-block' }, section('获奖情况'), cols(12,
          field(r, a, 'jxmc', '奖项名称', 'input'),
          field(r, a, 'jxjb', '奖项级别', 'select', { options: DICT.awardScope })));
      }),
      E.vIf(function () { return a.sqtj === '04' || a.sqtj === '05'; }, function () {
        return h('div', { class: 'basis-block' }, E.Alert('请在“聘用信息”中填写近三年年度应税收入。', { type: 'info' }));
      }),
      E.vIf(is('06'), function () {
        return h('div', { class: 'basis-block' }, section('知识产权'),
          cols(8,
            field(r, a, 'fmzl', '发明专利(项)', 'number', { labelWidth: '120px' }),
            field(r, a, 'qtzl', '其他专利(项)', 'number', { labelWidth: '120px' }),
            field(r, a, 'rjzz', '软件著作权(项)', 'number', { labelWidth: '120px' })),
          cols(12,
            field(r, a, 'zzpm', '本人作者排名', 'select', { options: DICT.authorRank }),
            field(r, a, 'ldzh', '成果是否在京落地转化', 'radio', { options: DICT.yesNo, labelWidth: '170px' })));
      }),
      E.vIf(function () { return a.sqtj === '07' || a.sqtj === '08'; }, function () {
        return h('div', { class: 'basis-block' }, section('股权及投融资'),
          cols(12,
            field(r, a, 'cgbl', '持股比例', 'input', { append: '%' }),
            field(r, a, 'gdpm', '自然人股东排名', 'select', { options: DICT.shareholderRank })),
          cols(12,
            colIf(is('07'), 12, function () { return field(r, a, 'zztr', '近三年累计自主投入', 'input', { append: '万元' }); }),
            colIf(is('07'), 12, function () { return field(r, a, 'gqrz', '股权类现金融资', 'input', { append: '万元' }); }),
            colIf(is('08'), 12, function () { return field(r, a, 'pjns', '近三年平均每年纳税', 'input', { append: '万元' }); })));
      }),
      E.vIf(is('09'), function () {
        return h('div', { class: 'basis-block' }, section('自由职业者'),
          cols(12,
            field(r, a, 'zyzy', '是否自由职业者或个体工商户', 'radio', { options: DICT.yesNo, labelWidth: '210px' }),
            field(r, a, 'gxtc', '是否贡献突出', 'radio', { options: DICT.yesNo })));
      }),
      E.vIf(is('10'), function () { return cols(12, field(r, a, 'pzwh', '批准文号', 'input')); }),
    ];
  }
  function fillBasis(r, c) {
    var ap = c.applicant || {};
    var code = L.basis[ap.basis];
    if (!code) return Promise.resolve();
    var label = P.labelOf('basis', code);
    var eq = ap.equity || {};
    var ip = ap.ip || {};
    var rankLabel = function (n) { return n == null ? null : n <= 5 ? DICT.shareholderRank[n - 1].label : '第五位以后'; };
    return P.seq([
      function () { return P.userSet(r['申请条件'], label); },
      E.nextTick,
      function () { return code === '02' ? fillTitle(r, (ap.titles || [])[0]) : null; },
      function () {
        var aw = (ap.awards || [])[0];
        return code === '03' && aw ? P.seq([
          function () { return P.userSet(r['奖项名称'], aw.name); },
          function () { return P.userSet(r['奖项级别'], L.awardScope[aw.scope]); },
        ]) : null;
      },
      function () {
        return code === '06' ? P.seq([
          function () { return P.userSet(r['发明专利(项)'], ip.inventionPatents); },
          function () { return P.userSet(r['其他专利(项)'], ip.otherPatents); },
          function () { return P.userSet(r['软件著作权(项)'], ip.softwareCopyrights); },
          function () { return P.userSet(r['本人作者排名'], ip.bestAuthorRank == null ? null : DICT.authorRank[Math.min(ip.bestAuthorRank, 3) - 1].label); },
          function () { return P.userSet(r['成果是否在京落地转化'], L.yesNo(ip.commercializedInBeijing)); },
        ]) : null;
      },
      function () {
        return code === '07' || code === '08' ? P.seq([
          function () { return P.userSet(r['持股比例'], eq.sharePercent == null ? null : String(eq.sharePercent)); },
          function () { return P.userSet(r['自然人股东排名'], rankLabel(eq.naturalPersonRank)); },
          function () { return code === '07' ? P.userSet(r['近三年累计自主投入'], P.wan(eq.selfInvestment3y) || null) : null; },
          function () { return code === '07' ? P.userSet(r['股权类现金融资'], P.wan(eq.equityFinancing) || null) : null; },
          function () { return code === '08' ? P.userSet(r['近三年平均每年纳税'], P.wan(eq.avgAnnualCompanyTax3y) || null) : null; },
        ]) : null;
      },
      function () {
        var fr = ap.freelance || {};
        return code === '09' ? P.seq([
          function () { return P.userSet(r['是否自由职业者或个体工商户'], L.yesNo(fr.isFreelancer)); },
          function () { return P.userSet(r['是否贡献突出'], L.yesNo(fr.notableContribution)); },
        ]) : null;
      },
    ]);
  }

  /** 工作居住证新办. key: store key ('new' or 'new-large'). */
  function pageNew(ctx, key) {
    var a = app(key);
    var r = {};
    useGeneratedIds = true;
    var workList = key === 'new' ? function () { return S.work; } : function () { return a.work; };
    var tabs = E.Tabs([
      { label: '申请人信息', name: 'applicant', render: function () {
        return E.Form({}, applicantSummary(r), section('申请条件'), basisBlock(r, a), section('工作经历'), workTable(r, workList));
      } },
      { label: '单位信息', name: 'unit', render: function () { return unitDescriptions(); } },
      { label: '聘用信息', name: 'employment', render: function () {
        return E.Form({}, employmentBlock(r, a), section('月度应税收入'), incomeTable(r, a), section('近三年年度应税收入'), annualTable(r, a));
      } },
      { label: '住所信息', name: 'housing', render: function () { return E.Form({}, housingBlock(r, a)); } },
      { label: '随往人员', name: 'companions', render: function () { return E.Form({}, companionsBlock(r, a)); } },
      { label: '附件', name: 'files', render: function () { return pageAttachmentTab(ctx, key, function () { return newMaterials(a); }); } },
    ], { type: 'border-card' });
    useGeneratedIds = false;
    var node = h('div', { class: 'app-container' },
      pageHeader('工作居住证新办'),
      E.Steps(['填写申请', '单位审核', '主管部门审核', '核准'], 0),
      progressDescriptions(),
      tabs,
      businessFooter('提交', snapshot(key), saveButton()));
    var t = E.ctl(tabs);
    return {
      node: node,
      fill: function (c) {
        var ap = c.applicant || {};
        return P.seq([
          function () { return loadSystemData(c); },
          function () { return t.select('申请人信息'); },
          function () { return fillBasis(r, c); },
          function () { return fillWork(r, ap.workHistory); },
          function () { return t.select('聘用信息'); },
          function () { return fillEmployment(r, ap.employment); },
          function () { return fillIncome(r, ap.monthlyIncome); },
          function () { return fillAnnual(r, ap.annualIncome); },
          function () { return t.select('住所信息'); },
          function () { return fillHousing(r, ap.housing); },
          function () { return t.select('随往人员'); },
          function () { return fillCompanions(r, ap.companions); },
          function () { return t.select('附件'); },
          function () { return P.uploadAll(ctx.uploaders, c.attachments); },
        ]);
      },
    };
  }

  /** The same page with many rows already entered, for benchmarks (≥ 300 controls). */
  function pageNewLarge(ctx) {
    var a = app('new-large');
    if (!a.work) {
      a.work = [];
      for (var i = 0; i < 60; i++) {
        var y = 1990 + Math.floor(i / 2);
        a.work.push({ gzdw: '北京某某科技有限公司第' + (i + 1) + '分公司', qssj: y + (i % 2 ? '-07-01' : '-01-01'), zzsj: i === 59 ? '' : y + (i % 2 ? '-12-31' : '-06-30'), zw: '工程师' });
      }
      for (var k = 0; k < 120; k++) {
        var d = new Date(2026, 9 - k, 1);
        a.srmx.push({ ssyf: E.formatDate(d, 'month'), ynssr: String(18000 + (k % 7) * 500) });
      }
    }
    return pageNew(ctx, 'new-large');
  }

  function pageRenewal(ctx) {
    var key = 'renewal';
    var a = app(key);
    var r = {};
    useGeneratedIds = true;
    var tabs = E.Tabs([
      { label: '证件信息', name: 'permit', render: function () { return h('div', null, permitDescriptions(), unitDescriptions()); } },
      { label: '申请人信息', name: 'applicant', render: function () { return E.Form({}, applicantSummary(r)); } },
      { label: '聘用信息', name: 'employment', render: function () {
        return E.Form({}, employmentBlock(r, a), section('应税收入（近36个月）'), incomeTable(r, a));
      } },
      { label: '附件', name: 'files', render: function () {
        return pageAttachmentTab(ctx, key, function () {
          return MAT(['unit-handling-application', 'integrity-pledge', 'labor-contract', 'iit-records'], true)
            .concat(MAT(['iit-statement-pre-2019', 'withholding-client-screenshot'], false))
            .concat([{ name: '其他材料', required: false }]);
        });
      } },
    ], { type: 'border-card' });
    useGeneratedIds = false;
    var t = E.ctl(tabs);
    return {
      node: h('div', { class: 'app-container' },
        pageHeader('工作居住证续签'),
        E.Alert('证件有效期满前15个工作日内申请；有效期前未核准通过或未提报的，证件即时失效。', { type: 'warning' }),
        progressDescriptions(),
        tabs,
        businessFooter('确认提交', snapshot(key, { permit: S.permit }))),
      fill: function (c) {
        var ap = c.applicant || {};
        return P.seq([
          function () { return loadSystemData(c); },
          function () { return t.select('聘用信息'); },
          function () { return fillEmployment(r, ap.employment); },
          function () { return fillIncome(r, ap.monthlyIncome); },
          function () { return t.select('附件'); },
          function () { return P.uploadAll(ctx.uploaders, c.attachments); },
        ]);
      },
    };
  }

  function pageEmployerChange(ctx) {
    var key = 'employer-change';
    var a = app(key);
    var r = {};
    var node = h('div', { class: 'app-container' },
      pageHeader('聘用单位变更'),
      E.Alert('原用人单位解除关联后证件为“挂起”状态，请在离职之日起60日内完成新单位关联及变更申请。', { type: 'info' }),
      progressDescriptions(),
      E.Card('证件信息', permitDescriptions()),
      E.Card('原聘用单位', E.Form({},
        cols(12,
          field(r, a, 'ydw', '原聘用单位', 'input', { required: true }),
          field(r, a, 'lzrq', '离职日期', 'date', { required: true })))),
      E.Card('新聘用单位', E.Form({}, employmentBlock(r, a, { employerLabel: '新聘用单位' }))),
      E.Card('附件', pageAttachmentTab(ctx, key, function () {
        return MAT(['separation-certificate', 'labor-contract', 'integrity-pledge'], true).concat([{ name: '其他材料', required: false }]);
      })),
      businessFooter('提交申请', snapshot(key, { permit: S.permit })));
    return {
      node: node,
      fill: function (c) {
        var ch = c.employerChange || {};
        return P.seq([
          function () { return loadSystemData(c); },
          function () { return P.userSet(r['原聘用单位'], ch.previousEmployer); },
          function () { return P.userSet(r['离职日期'], ch.separationDate); },
          function () { return fillEmployment(r, (c.applicant || {}).employment); },
          function () { return P.uploadAll(ctx.uploaders, c.attachments); },
        ]);
      },
    };
  }

  function pageInfoChange(ctx) {
    var key = 'info-change';
    var a = app(key);
    var r = {};
    var has = function (code) { return function () { return (a.bgsx || []).indexOf(code) >= 0; }; };
    r.items = E.CheckboxGroup(model(a, 'bgsx'), DICT.changeItems);
    var rows = function () {
      var list = MAT(['integrity-pledge'], true);
      if (has('swry')()) list = list.concat(MAT(COMPANION_MATERIALS, false));
      if (has('jzd')()) list = list.concat(MAT(HOUSING_MATERIALS[a.zslx] || [], false));
      if (has('hkszd')()) list = list.concat(MAT(['hukou-booklet'], true));
      if (has('xlxw')()) list = list.concat(MAT(BASIS_MATERIALS['01'], false));
      if (has('zyjszc')()) list = list.concat(MAT(BASIS_MATERIALS['02'], false));
      if (has('qt')()) list = list.concat(MAT(['change-evidence'], true));
      return dedupe(list);
    };
    var node = h('div', { class: 'app-container' },
      pageHeader('个人信息变更'),
      progressDescriptions(),
      E.Card('证件信息', permitDescriptions()),
      E.Card('变更内容', E.Form({},
        E.FormItem('变更事项', r.items, { labelWidth: '150px', required: true, prop: 'bgsx', m: model(a, 'bgsx') }),
        cols(24, field(r, a, 'bgsm', '变更说明', 'textarea', { placeholder: '请注明具体变更事项' })),
        E.vIf(has('hkszd'), function () { return cols(12, field(r, a, 'xhkszd', '变更后户口所在地', 'input')); }),
        E.vIf(has('jzd'), function () { return h('div', null, section('住所信息'), housingBlock(r, a)); }),
        E.vIf(has('swry'), function () { return h('div', null, section('随往人员'), companionsBlock(r, a)); }),
        E.vIf(has('zyjszc'), function () { return h('div', null, section('专业技术职称'), titleFields(r, a)); }),
        E.vIf(has('xlxw'), function () { return E.Alert('学历学位变更请先在“学习经历”中更新，系统将重新核验。', { type: 'info' }); }))),
      E.Card('附件', pageAttachmentTab(ctx, key, rows)),
      businessFooter('提交申请', snapshot(key, { permit: S.permit })));
    return {
      node: node,
      fill: function (c) {
        var ap = c.applicant || {};
        var items = ((c.infoChange || {}).items || []).map(function (i) { return L.changeItems[i]; });
        return P.seq([
          function () { return loadSystemData(c); },
          function () { return P.userSet(r.items, items); },
          E.nextTick,
          function () { return items.indexOf('户口所在地') >= 0 ? P.userSet(r['变更后户口所在地'], ap.hukouLocation) : null; },
          function () { return items.indexOf('居住地') >= 0 ? fillHousing(r, ap.housing) : null; },
          function () { return items.indexOf('随往人员') >= 0 ? fillCompanions(r, ap.companions) : null; },
          function () { return items.indexOf('专业技术职称') >= 0 ? fillTitle(r, (ap.titles || [])[0]) : null; },
          function () { return P.uploadAll(ctx.uploaders, c.attachments); },
        ]);
      },
    };
  }

  /**
   * A page written by another team in another style: labels live in a separate column, in
   * title attributes, in CSS-generated text or are icons only.
   */
  function pageOdd() {
    var d = { a: '', b: '', c: '', d: '', e: '', f: '', g: '', hh: '', i: '' };
    var r = {};
    var plain = function (key, attrs) {
      var input = h('input', Object.assign({ class: 'el-input__inner', type: 'text', autocomplete: 'off' }, attrs || {}));
      input.addEventListener('input', function () { d[key] = input.value; });
      r[key] = input;
      return input;
    };
    var node = h('div', { class: 'app-container odd-page' },
      pageHeader('补充信息采集'),
      h('div', { class: 'odd-card' },
        h('div', { class: 'odd-grid' },
          h('div', { class: 'odd-grid__labels' },
            h('div', { class: 'odd-grid__label' }, '名称'),
            h('div', { class: 'odd-grid__label' }, '号码'),
            h('div', { class: 'odd-grid__label' }, '日')),
          h('div', { class: 'odd-grid__values' },
            h('div', { class: 'odd-grid__value' }, plain('a')),
            h('div', { class: 'odd-grid__value' }, plain('b')),
            h('div', { class: 'odd-grid__value' }, plain('c', { title: '出生日期', placeholder: 'yyyy/mm/dd' })))),
        h('div', { class: 'odd-row' }, h('i', { class: 'el-icon-phone odd-icon' }), plain('d')),
        h('div', { class: 'odd-row' }, h('i', { class: 'el-icon-location-outline odd-icon' }), h('span', { class: 'odd-css-label', 'data-k': 'hk' }), plain('e')),
        h('div', { class: 'odd-row' }, h('i', { class: 'el-icon-money odd-icon' }), plain('f', { title: '月收入' }), h('span', { class: 'odd-unit' }, '元/月')),
        h('table', { class: 'odd-head' }, h('tr', null, h('td', null, '现单位'), h('td', null, '自'))),
        h('div', { class: 'odd-spacer' }, '—— 以下内容请与人事部门核对 ——'),
        h('table', { class: 'odd-body' }, h('tr', null, h('td', null, plain('g')), h('td', null, plain('hh', { placeholder: '____年__月__日' })))),
        h('div', { class: 'odd-row' }, h('img', { class: 'odd-img-label', alt: '', src: 'data:image/svg+xml;utf8,' + encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="90" height="20"><text x="0" y="15" font-size="14" fill="#606266">婚姻状况</text></svg>') }), plain('i'))),
      P.footer([E.Button('暂存', { type: 'primary', onClick: function () { E.Message('暂存成功', 'success'); } })]));
    var type = function (input, v) {
      if (v == null) return Promise.resolve();
      input.value = String(v);
      E.fire(input, 'input');
      E.fire(input, 'change');
      return E.nextTick();
    };
    return {
      node: node,
      fill: function (c) {
        var ap = c.applicant || {};
        var current = (ap.workHistory || []).find(function (w) { return !w.to; });
        return P.seq([
          function () { return type(r.a, ap.name); },
          function () { return type(r.b, ap.idNumber); },
          function () { return type(r.c, ap.birthDate && ap.birthDate.replace(/-/g, '/')); },
          function () { return type(r.e, ap.hukouLocation); },
          function () { return type(r.g, current && current.employer); },
          function () { return type(r.hh, current && current.from && current.from.replace(/^(\d+)-(\d+)-(\d+)$/, '$1年$2月$3日')); },
          function () { return type(r.i, ap.maritalStatus && L.marital[ap.maritalStatus]); },
        ]);
      },
    };
  }

  function pageNotFound() {
    return { node: h('div', { class: 'app-container not-found' }, h('h2', null, '404'), h('p', null, '抱歉，您访问的页面不存在。'), E.Button('返回首页', { type: 'primary', onClick: function () { location.hash = '#/home'; } })) };
  }

  /* ------------------------------------------------------------------ app */
  var BIZ = { label: '可办业务列表', to: '#/business' };
  var routes = {
    '/home': { title: '首页', hash: '0d6b1c3a', page: pageHome },
    '/basic': { title: '基础信息', hash: '5e2a9f10', crumbs: [{ label: '个人信息' }, { label: '基础信息' }], page: pageBasic },
    '/education': { title: '教育信息', hash: '7c41d2b8', crumbs: [{ label: '个人信息' }, { label: '教育信息' }], page: pageEducation },
    '/study': { title: '学习经历', hash: '19ab47e3', crumbs: [{ label: '个人信息' }, { label: '学习经历' }], page: pageStudy },
    '/work': { title: '工作经历', hash: 'a3f8c6d1', crumbs: [{ label: '个人信息' }, { label: '工作经历' }], page: pageWork },
    '/photo': { title: '证件照片', hash: '2b9e0f74', crumbs: [{ label: '个人信息' }, { label: '证件照片' }], page: pagePhoto },
    '/attachments': { title: '附件管理', hash: '64d0c1fa', crumbs: [{ label: '电子附件' }, { label: '附件管理' }], page: pageAttachments },
    '/business': { title: '可办业务列表', hash: 'e81c2a56', crumbs: [{ label: '可办业务列表' }], page: pageBusinessList },
    '/business/new': { title: '工作居住证新办', hash: '3f7a0b92', menu: '/business', crumbs: [BIZ, { label: '工作居住证新办' }], page: function (ctx) { return pageNew(ctx, 'new'); } },
    '/business/new-large': { title: '工作居住证新办', hash: '3f7a0b92', menu: '/business', crumbs: [BIZ, { label: '工作居住证新办' }], page: pageNewLarge },
    '/business/renewal': { title: '工作居住证续签', hash: 'c05e9d38', menu: '/business', crumbs: [BIZ, { label: '工作居住证续签' }], page: pageRenewal },
    '/business/employer-change': { title: '聘用单位变更', hash: '9a2d4e17', menu: '/business', crumbs: [BIZ, { label: '聘用单位变更' }], page: pageEmployerChange },
    '/business/info-change': { title: '个人信息变更', hash: '4be61f0c', menu: '/business', crumbs: [BIZ, { label: '个人信息变更' }], page: pageInfoChange },
    '/odd': { title: '补充信息采集', hash: 'f1c3e8a9', crumbs: [{ label: '补充信息采集' }], page: pageOdd },
  };
  var shell = P.createApp({
    layoutHash: '6fa2d0b4',
    sub: '个人业务平台',
    userName: '个人用户',
    home: '/home',
    routes: routes,
    notFound: { title: '页面不存在', hash: '00000404', page: pageNotFound },
    menu: [
      { index: '/home', title: '首页', icon: 'el-icon-s-home' },
      { title: '个人信息', icon: 'el-icon-user', children: [
        { index: '/basic', title: '基础信息' },
        { index: '/education', title: '教育信息' },
        { index: '/study', title: '学习经历' },
        { index: '/work', title: '工作经历' },
        { index: '/photo', title: '证件照片' },
      ] },
      { title: '电子附件', icon: 'el-icon-folder-opened', children: [{ index: '/attachments', title: '附件管理' }] },
      { index: '/business', title: '可办业务列表', icon: 'el-icon-s-order' },
    ],
  });

  P.exposeTestHooks(shell);
})();
