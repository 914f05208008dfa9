/* Test hooks for the classic pages (window.__replica); the product must not use them. */
(function () {
  var LABELS = {
    gender: { male: '男', female: '女' },
    marital: { single: '未婚', married: '已婚', divorced: '离异', widowed: '丧偶' },
    level: { doctor: '博士研究生', master: '硕士研究生', bachelor: '大学本科', college: '大学专科', 'below-college': '高中及以下' },
    degree: { doctor: '博士', master: '硕士', bachelor: '学士', none: '无' },
    verification: { valid: '有效', invalid: '无效', unknown: '未核验' },
    basis: { degree: '01', title: '02', award: '03', 'innovation-entity': '04', 'innovation-service': '05', ip: '06', 'equity-investment': '07', 'equity-tax': '08', freelance: '09', special: '10' },
    housing: { 'residence-permit': '1', owned: '2', 'owned-by-spouse': '3', rented: '4', 'unit-housing': '5', 'relative-housing': '6' },
    landlord: { company: '1', 'private-home': '2', 'rural-homestead': '3' },
    relation: { child: '子女', spouse: '配偶' },
  };
  var MATERIALS = {
    'unit-handling-application': '用人单位办理申请', 'id-card': '申请人身份证', 'hukou-booklet': '户口本首页及本人页',
    'integrity-pledge': '诚信声明', 'labor-contract': '劳动（聘用）合同', 'iit-records': '近6个月个人所得税纳税记录',
    'withholding-client-screenshot': '扣缴客户端截图', 'residence-permit': '北京市居住证',
    'property-certificate': '房屋所有权证/不动产权证书', 'lease-contract': '房屋租赁合同', 'marriage-certificate': '结婚证',
    'child-birth-certificate': '子女出生医学证明', 'child-hukou-booklet': '子女户口簿首页和个人页',
    'degree-certificate': '学位证书', 'diploma': '学历证书', 'title-certificate': '专业技术职称证书',
  };
  function cnDate(iso) {
    var m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso || '');
    if (!m) return iso;
    return +m[1] + '年' + +m[2] + '月' + (m[3] ? +m[3] + '日' : '');
  }
  function fire(el, type) { el.dispatchEvent(new Event(type, { bubbles: true })); }
  function type(el, v) {
    if (v === undefined || v === null || !el) return;
    el.focus();
    el.value = String(v);
    fire(el, 'input');
    fire(el, 'change');
    el.blur();
  }
  function chooseValue(sel, value) {
    if (value === undefined || value === null || !sel) return;
    sel.value = value;
    fire(sel, 'change');
  }
  function chooseText(sel, text) {
    if (!text || !sel) return;
    for (var i = 0; i < sel.options.length; i++) if (sel.options[i].text === text) return chooseValue(sel, sel.options[i].value);
  }
  function radio(name, value) {
    if (value === undefined || value === null) return;
    var el = document.querySelector('input[name="' + name + '"][value="' + value + '"]');
    if (el && !el.checked) el.click();
  }
  function field(name) { return document.getElementsByName(name)[0]; }
  /** Adds / deletes rows the way a user would, then returns the data rows. */
  function rowsFor(tableId, count) {
    var button = document.querySelector('input[onclick="addRow(\'' + tableId + '\')"]');
    while (dataRows(tableId).length < count) button.click();
    while (dataRows(tableId).length > count) {
      var rows = dataRows(tableId);
      rows[rows.length - 1].querySelector('a[onclick^="delRow"]').click();
    }
    return dataRows(tableId);
  }
  function cell(row, name) { return row.querySelector('[name="' + name + '[]"]'); }

  function fillBasic(ap) {
    type(field('xm'), ap.name);
    radio('xb', ap.gender && (ap.gender === 'male' ? '1' : '2'));
    type(field('zjhm') || field('sfzh'), ap.idNumber);
    type(field('csny'), ap.birthDate && cnDate(ap.birthDate));
    type(field('hjszd'), ap.hukouLocation);
    chooseText(field('hyzk'), LABELS.marital[ap.maritalStatus]);
  }
  function fillApplication(c) {
    var ap = c.applicant || {};
    var emp = ap.employment || {};
    var hs = ap.housing || {};
    fillBasic(ap);
    chooseValue(field('sqtj'), LABELS.basis[ap.basis]);
    if (ap.education) rowsFor('xltable', ap.education.length).forEach(function (row, i) {
      var e = ap.education[i];
      type(cell(row, 'xl_byyx'), e.school);
      chooseText(cell(row, 'xl_xl'), LABELS.level[e.level]);
      chooseText(cell(row, 'xl_xw'), LABELS.degree[e.degree]);
      type(cell(row, 'xl_bysj'), e.graduationDate && cnDate(e.graduationDate));
      var result = row.querySelector('.hyjg');
      result.textContent = LABELS.verification[e.verification] || '未核验';
      result.className = 'hyjg ' + (e.verification === 'valid' ? 'green' : e.verification === 'invalid' ? 'red' : 'gray');
    });
    if (ap.workHistory) rowsFor('jltable', ap.workHistory.length).forEach(function (row, i) {
      var w = ap.workHistory[i];
      type(cell(row, 'jl_qssj'), cnDate(w.from));
      type(cell(row, 'jl_zzsj'), w.to ? cnDate(w.to) : '');
      type(cell(row, 'jl_gzdw'), w.employer);
    });
    if (c.employer && c.employer.name) field('pydw').value = c.employer.name;
    type(field('rzsj'), emp.startDate && cnDate(emp.startDate));
    if (emp.contractEndDate === null && !field('wgdqx').checked) field('wgdqx').click();
    if (emp.contractEndDate) type(field('htqx'), cnDate(emp.contractEndDate));
    type(field('htqddw'), emp.contractEmployer);
    type(field('sbjndw'), emp.socialInsuranceEmployer);
    type(field('gsjndw'), emp.incomeTaxEmployer);
    if (ap.monthlyIncome) rowsFor('srtable', ap.monthlyIncome.length).forEach(function (row, i) {
      type(cell(row, 'sr_yf'), cnDate(ap.monthlyIncome[i].month));
      type(cell(row, 'sr_je'), ap.monthlyIncome[i].amount);
    });
    chooseValue(field('zslx'), LABELS.housing[hs.kind]);
    if (hs.kind === 'residence-permit') type(field('jzzyxq'), cnDate(hs.residencePermitValidUntil));
    if (/owned/.test(hs.kind || '')) radio('cqzm', hs.ownershipProof === 'purchase-contract' ? '2' : hs.ownershipProof ? '1' : null);
    if (hs.kind === 'rented') {
      chooseValue(field('czf'), LABELS.landlord[hs.landlordKind]);
      type(field('zldqr'), hs.leaseEnd && cnDate(hs.leaseEnd));
      if (hs.landlordHasCertificate != null) radio('fzcqz', hs.landlordHasCertificate ? '1' : '0');
    }
    if (hs.kind === 'unit-housing' && hs.unitOwnsProperty != null) radio('dwcq', hs.unitOwnsProperty ? '1' : '0');
    if (ap.companions) rowsFor('swtable', ap.companions.length).forEach(function (row, i) {
      var p = ap.companions[i];
      chooseText(cell(row, 'sw_gx'), LABELS.relation[p.relation]);
      type(cell(row, 'sw_xm'), p.name);
      type(cell(row, 'sw_sfzh'), p.idNumber);
      type(cell(row, 'sw_csrq'), p.birthDate && cnDate(p.birthDate));
      if (p.custodyWithApplicant != null) chooseValue(cell(row, 'sw_fyq'), p.custodyWithApplicant ? '1' : '0');
    });
    (c.attachments || []).forEach(function (a) {
      if (MATERIALS[a.material]) upload(MATERIALS[a.material], a.fileName);
    });
  }
  function attachmentRow(name) {
    var rows = document.querySelectorAll('#fjtable tr.fjrow');
    for (var i = 0; i < rows.length; i++) {
      if (rows[i].querySelector('.clmc').textContent.replace(/^\s*\*?\s*/, '').trim() === name) return rows[i];
    }
    return null;
  }
  function upload(name, fileName) {
    var row = attachmentRow(name);
    if (!row) throw new Error('no attachment row ' + name);
    setAttachment(row, fileName);
  }
  var page = location.pathname.split('/').pop() || 'index.html';
  Object.defineProperty(window, '__replica', {
    enumerable: false,
    value: {
      get submitted() { return submittedCount; },
      /** Pages here are separate documents: route() navigates, the caller waits for the load. */
      route: function (target) {
        location.href = target.replace(/^#?\/?/, '');
        return Promise.resolve();
      },
      fill: function (c) {
        if (page === 'jbxx.html') fillBasic(c.applicant || {});
        else if (page === 'xbsq.html') fillApplication(c);
        return Promise.resolve();
      },
      upload: function (name, fileName) {
        try {
          upload(name, fileName);
          return Promise.resolve();
        } catch (e) {
          return Promise.reject(e);
        }
      },
    },
  });
})();
