/* Shared by the person and unit SPAs: dictionaries, layout shell, hash router, attachments, submit. */
(function (global) {
  'use strict';
  var E = global.ELEMENT;
  var x = E.x, C = E.C;

  var opts = function (labels, codes) {
    return labels.map(function (l, i) { return { label: l, value: codes ? codes[i] : String(i + 1) }; });
  };
  var DICT = {
    gender: opts(['男', '女']),
    idType: opts(['居民身份证', '护照', '港澳居民来往内地通行证', '台湾居民来往大陆通行证'], ['01', '02', '03', '04']),
    nation: opts(['汉族', '蒙古族', '回族', '藏族', '维吾尔族', '苗族', '彝族', '壮族', '满族', '朝鲜族', '其他'], ['01', '02', '03', '04', '05', '06', '07', '08', '11', '10', '99']),
    politics: opts(['中共党员', '中共预备党员', '共青团员', '民主党派', '无党派人士', '群众'], ['01', '02', '03', '04', '12', '13']),
    marital: opts(['未婚', '已婚', '离异', '丧偶'], ['10', '20', '40', '30']),
    hukouType: opts(['非农业户口', '农业户口', '居民户口']),
    eduLevel: opts(['博士研究生', '硕士研究生', '大学本科', '大学专科', '中等专科', '高中及以下'], ['11', '14', '21', '31', '41', '61']),
    degree: opts(['博士', '硕士', '学士', '无'], ['2', '3', '4', '9']),
    titleLevel: opts(['初级', '中级', '副高级', '正高级']),
    obtainedBy: opts(['考试', '评审', '其他']),
    awardScope: opts(['国家级', '省部级（北京市）', '其他']),
    basis: opts([
      '取得学士（含）以上学位',
      '具有中级（含）以上专业技术职称或相当资格、资质',
      '国家和本市科学技术、文学艺术、哲学社会科学等类奖项获奖人',
      '科技创新主体工作人员（近三年每年应税收入超过上年度平均工资4倍）',
      '科技创新服务主体工作人员（近三年每年应税收入超过上年度平均工资8倍）',
      '以第二作者（含）以上身份取得知识产权并在京落地转化',
      '近三年累计自主投入超500万元或股权类现金融资大于1000万元的股东',
      '近三年平均每年纳税500万元以上创新创业团队股东',
      '贡献突出且近3年每年纳税20万元（含）以上的自由职业者、个体工商户等',
      '经集体研究并经市人才工作局批准',
    ], ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10']),
    housing: opts(['北京市居住证', '自有住房', '配偶名下住房', '租住房屋', '单位公房', '亲友住房'], ['1', '2', '3', '4', '5', '6']),
    ownershipProof: opts(['房屋所有权证/不动产权证书', '商品房买卖网签合同及购房发票']),
    landlord: opts(['单位/企业', '居民个人住房', '农村宅基地房屋']),
    relation: opts(['子女', '配偶'], ['10', '20']),
    yesNo: opts(['是', '否'], ['1', '0']),
    authorRank: opts(['第一作者', '第二作者', '第三作者及以后']),
    shareholderRank: opts(['第一位', '第二位', '第三位', '第四位', '第五位', '第五位以后'], ['1', '2', '3', '4', '5', '9']),
    changeItems: opts(['随往人员', '居住地', '户口所在地', '学历学位', '专业技术职称', '其他'], ['swry', 'jzd', 'hkszd', 'xlxw', 'zyjszc', 'qt']),
    orgForm: opts(['企业', '事业单位', '民办非企业单位', '社会团体', '外国（地区）在京非法人分支机构', '外埠在京非法人分支机构', '其他分支机构', '个体工商户', '其他'],
      ['100', '200', '300', '400', '510', '520', '590', '600', '900']),
    district: opts(['东城区', '西城区', '朝阳区', '海淀区', '丰台区', '石景山区', '门头沟区', '房山区', '通州区', '顺义区', '昌平区', '大兴区', '怀柔区', '平谷区', '密云区', '延庆区', '北京经济技术开发区'],
      ['110101', '110102', '110105', '110108', '110106', '110107', '110109', '110111', '110112', '110113', '110114', '110115', '110116', '110117', '110118', '110119', '110192']),
    qualification: opts(['高新技术企业', '软件企业', '环保企业', '新型研发机构', '创新型总部企业', '其他']),
    serviceKind: opts(['律师事务所', '会计师事务所', '审计师事务所', '税务师事务所', '人力资源服务机构', '金融机构', '不属于以上类型'], ['1', '2', '3', '4', '5', '6', '0']),
  };
  function labelOf(list, value) {
    var f = DICT[list].find(function (o) { return o.value === value; });
    return f ? f.label : '';
  }

  /** Names of the attachment rows, as the guide (七) names the materials. */
  var MATERIALS = {
    'unit-registration-application': '用人单位注册申请',
    'unit-change-application': '用人单位变更申请',
    'business-license': '营业执照',
    'agent-id-card': '经办人身份证',
    'tax-info-notice': '涉税信息查询结果告知书',
    'unit-integrity-pledge': '单位诚信声明',
    'unit-qualification-certificate': '单位资质证书',
    'unit-handling-application': '用人单位办理申请',
    'id-card': '申请人身份证',
    'hukou-booklet': '户口本首页及本人页',
    'integrity-pledge': '诚信声明',
    'labor-contract': '劳动（聘用）合同',
    'iit-records': '近6个月个人所得税纳税记录',
    'withholding-client-screenshot': '扣缴客户端截图',
    'residence-permit': '北京市居住证',
    'property-certificate': '房屋所有权证/不动产权证书',
    'purchase-contract': '商品房买卖网签合同',
    'purchase-invoice': '购房发票',
    'marriage-certificate': '结婚证',
    'spouse-id-card': '配偶身份证',
    'lease-contract': '房屋租赁合同',
    'landlord-property-certificate': '房主房屋所有权证/不动产权证书',
    'rent-invoice': '租赁发票',
    'landlord-hukou-booklet': '房屋所有人户口簿首页和本人页',
    'unit-residence-certificate': '单位出具的居住证明',
    'unit-property-proof': '单位房屋产权证明',
    'relative-property-certificate': '亲友房产证',
    'lodging-statement': '借住声明',
    'owner-id-card': '房主身份证',
    'child-birth-certificate': '子女出生医学证明',
    'child-hukou-booklet': '子女户口簿首页和个人页',
    'divorce-documents': '离婚证、离婚协议书或法院判决书',
    'degree-certificate': '学位证书',
    'diploma': '学历证书',
    'degree-verification-report': '学位认证报告',
    'diploma-verification-report': '学历认证报告',
    'title-certificate': '专业技术职称证书',
    'exam-registration-form': '考试合格人员登记表',
    'review-form': '评审表',
    'award-certificate': '获奖证书',
    'award-evidence': '获奖相关佐证材料',
    'unit-qualification-proof': '申请单位资质证书或证明材料',
    'income-records-3y': '近三年应税收入材料',
    'patent-certificates': '专利证书',
    'ip-commercialization-report': '知识产权成果在京落地转化说明报告',
    'ip-commercialization-evidence': '转化成果佐证材料',
    'capital-increase-agreement': '增资协议（投资协议）',
    'capital-verification-report': '验资报告（附银行回单）',
    'articles-of-association': '公司章程',
    'unit-tax-certificates': '涉税信息查询申请表及结果告知书',
    'iit-records-3y': '近三年个人所得税纳税记录',
    'contribution-evidence': '贡献突出材料',
    'iit-statement-pre-2019': '个人所得税纳税清单（2019年前）',
    'separation-certificate': '离职证明',
    'change-evidence': '变更事项证明材料',
  };

  /* ------------------------------------------------------------------ formatting */
  function wan(yuan) {
    if (yuan == null || yuan === '') return '';
    return String(Math.round(Number(yuan) / 100) / 100);
  }
  function money2(v) {
    if (v == null || v === '' || Number.isNaN(Number(v))) return '-';
    return Number(v).toFixed(2);
  }
  function dash(v) {
    return v == null || v === '' ? '-' : v;
  }

  /* ------------------------------------------------------------------ layout + router */
  /**
   * Builds the vue-element-admin style shell and a hash router.
   * cfg: { platform, brand, sub, menu, routes: { path: { title, crumbs, page(ctx) } }, fallback }
   * page(ctx) returns { node, fill?(case) }.
   */
  function createApp(cfg) {
    var layoutScope = 'data-v-' + cfg.layoutHash;
    E.setScopeAttr(layoutScope);
    var h = E.h;
    var menu = E.Menu(cfg.menu, {
      backgroundColor: '#304156', textColor: '#bfcbd9', activeTextColor: '#409EFF',
      onSelect: function (index) { location.hash = '#' + index; },
    });
    var crumbHost = h('div', { class: 'app-breadcrumb-host' });
    var main = h('section', { class: 'app-main' });
    var root = h('div', { id: 'app' },
      h('div', { class: 'app-wrapper openSidebar' },
        h('header', { class: 'portal-header' },
          h('div', { class: 'portal-header__brand' },
            h('span', { class: 'portal-header__logo' }, '京'),
            h('span', { class: 'portal-header__title' }, '北京国际人才网'),
            h('span', { class: 'portal-header__dot' }, '·'),
            h('span', { class: 'portal-header__sub' }, cfg.sub)),
          h('div', { class: 'portal-header__right' },
            h('span', { class: 'portal-header__bell' }, h('i', { class: 'el-icon-bell' })),
            h('span', { class: 'portal-header__user' }, h('i', { class: 'el-icon-user' }), ' ', h('span', { class: 'user-name' }, cfg.userName)),
            h('a', { role: 'button', class: 'portal-header__logout', href: 'javascript:;' }, h('i', { class: 'el-icon-switch-button' }), ' 退出'))),
        h('div', { class: 'sidebar-container' },
          h('div', { class: 'el-scrollbar' },
            h('div', { class: 'scrollbar-wrapper el-scrollbar__wrap' },
              h('div', { class: 'el-scrollbar__view' }, menu)))),
        h('div', { class: 'main-container' },
          h('div', { class: 'fixed-header' },
            h('div', { class: 'navbar' },
              h('div', { class: 'hamburger-container', style: 'padding: 0px 15px;' }, h('i', { class: 'el-icon-s-fold hamburger' })),
              crumbHost)),
          main,
          h('footer', { class: 'portal-footer' }, '主办单位：中共北京市委组织部（北京市人才工作局） 技术支持：北京市人才工作服务中心　京ICP备05060933号'))));
    document.getElementById('app').replaceWith(root);

    var pageScope = null;
    var current = null;
    var seq = 0;
    var mountedWaiters = [];
    var uploaders = new Map();

    function resolveRoute() {
      var raw = location.hash.replace(/^#/, '') || '/';
      var path = raw.split('?')[0];
      if (path === '/' || path === '') return { path: cfg.home, redirect: true };
      return { path: path, route: cfg.routes[path] };
    }
    function mount() {
      var r = resolveRoute();
      if (r.redirect) {
        location.replace('#' + r.path);
        return;
      }
      var route = r.route || cfg.notFound;
      var my = ++seq;
      if (pageScope) E.stopScope(pageScope);
      pageScope = null;
      current = null;
      uploaders.clear();
      menu.setActive(route.menu || r.path);
      document.title = route.title + ' - 北京国际人才网' + cfg.sub;
      var stopLoading = E.Loading(main, '加载中');
      // The real portal fetches page data before rendering; keep that asynchrony.
      setTimeout(function () {
        if (my !== seq) return;
        stopLoading();
        pageScope = E.createScope();
        E.setScopeAttr('data-v-' + route.hash);
        var page = E.runInScope(pageScope, function () {
          return route.page({ uploaders: uploaders, path: r.path });
        });
        E.setScopeAttr(layoutScope);
        crumbHost.replaceChildren(E.Breadcrumb([{ label: '首页', to: '#' + cfg.home }].concat(route.crumbs || [])));
        main.replaceChildren(x('div', { class: 'fade-transform-enter-active' }, page.node));
        current = page;
        window.scrollTo(0, 0);
        mountedWaiters.splice(0).forEach(function (fn) { fn(); });
      }, 80);
    }
    window.addEventListener('hashchange', mount);
    mount();

    function whenMounted() {
      return new Promise(function (resolve) {
        if (current) resolve();
        else mountedWaiters.push(resolve);
      });
    }
    return {
      current: function () { return current; },
      uploaders: uploaders,
      whenMounted: whenMounted,
      route: function (hash) {
        var target = hash.charAt(0) === '#' ? hash : '#' + hash;
        if (location.hash === target && current) return Promise.resolve();
        current = null;
        location.hash = target;
        return whenMounted().then(E.nextTick);
      },
    };
  }

  /* ------------------------------------------------------------------ attachments */
  /**
   * 附件管理 table. rows(): [{ name, required }]; files: { [name]: fileName } (kept in the store).
   * Registers an uploader per row so the app's test hook can "choose a file".
   */
  function attachmentTable(rows, files, uploaders) {
    var cache = new Map();
    var rowObjects = function () {
      return rows().map(function (r) {
        var key = r.name + '|' + (r.required ? 1 : 0);
        if (!cache.has(key)) cache.set(key, { name: r.name, required: r.required, note: r.note });
        return cache.get(key);
      });
    };
    var setFile = function (name, fileName) {
      files[name] = fileName;
      E.notify();
    };
    var swap = function (keyFn, render) {
      var holder = x('span');
      var last;
      var apply = function () {
        var k = keyFn();
        if (k === last) return;
        last = k;
        holder.replaceChildren(render(k));
      };
      apply();
      E.effect(apply);
      return holder;
    };
    var table = E.Table({
      data: function () {
        var list = rowObjects();
        uploaders.clear();
        list.forEach(function (r) { uploaders.set(r.name, function (fileName) { setFile(r.name, fileName); }); });
        return list;
      },
      columns: [
        { label: '序号', type: 'index', width: 60, align: 'center' },
        { label: '材料名称', render: function (r) { return [r.name, r.note ? x('div', { class: 'material-note' }, r.note) : null]; } },
        { label: '是否必传', width: 90, align: 'center', render: function (r) { return r.required ? '是' : '否'; } },
        { label: '状态', width: 100, align: 'center', render: function (r) {
          return swap(function () { return files[r.name] ? 1 : 0; }, function (up) {
            return up ? E.Tag('已上传', 'success') : E.Tag('未上传', 'info');
          });
        } },
        { label: '文件名', render: function (r) {
          return swap(function () { return files[r.name] || ''; }, function (f) {
            return f ? x('a', { class: 'file-link', href: 'javascript:;', title: f }, x('i', { class: 'el-icon-document' }), ' ', f) : x('span', { class: 'text-muted' }, '-');
          });
        } },
        { label: '操作', width: 170, align: 'center', render: function (r) {
          return swap(function () { return files[r.name] ? 1 : 0; }, function (up) {
            return x('div', { class: 'op-cell' },
              E.Upload(function (fileName) { setFile(r.name, fileName); }, { label: up ? '重新上传' : '上传', accept: '.pdf,.jpg,.png', plain: up, icon: 'el-icon-upload2' }),
              up ? E.Button('删除', { type: 'text', size: 'mini', onClick: function () {
                E.confirm('确定删除该附件吗？', '提示').then(function (ok) { if (ok) setFile(r.name, ''); });
              } }) : C());
          });
        } },
      ],
    });
    return x('div', { class: 'attachment-panel' },
      E.Alert('请上传原件彩色扫描件（PDF格式，单个文件不超过5M）。', { type: 'warning' }),
      table);
  }

  /* ------------------------------------------------------------------ submit */
  var counter = { submitted: 0 };
  /** The page's own submit: $confirm, POST /api/submit, then a 提交成功 $alert. */
  function submitFlow(payload) {
    return E.confirm('确定提交申请吗？', '提示', { confirmButtonText: '确定', cancelButtonText: '取消', type: 'warning' }).then(function (ok) {
      if (!ok) return false;
      return fetch('/api/submit', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json;charset=UTF-8' },
        body: JSON.stringify(payload()),
      }).then(function (res) { return res.json(); }).then(function (body) {
        if (body.code !== 0) {
          E.Message(body.msg || '提交失败', 'error');
          return false;
        }
        counter.submitted++;
        E.alert('提交成功', '提示', { type: 'success' });
        return true;
      }).catch(function () {
        E.Message('网络异常，请稍后重试', 'error');
        return false;
      });
    });
  }
  function footer(buttons) {
    return x('div', { class: 'form-footer' }, buttons);
  }

  /* ------------------------------------------------------------------ fill helpers */
  /** Sets a widget's value the way a user would; null / undefined leave it alone. */
  function userSet(node, value) {
    if (value === undefined || value === null || !node) return Promise.resolve();
    var c = E.ctl(node);
    return c ? c.userSet(value) : Promise.resolve();
  }
  /**
   * Makes a table hold `items`: clicks 新增 / 删除 until the row count matches, then lets
   * fillRow(cell, item, tr) fill each row, where cell(col) is the widget in that column.
   */
  function fillTable(tableNode, addButton, items, fillRow) {
    var t = E.ctl(tableNode);
    var chain = Promise.resolve();
    items = items || [];
    return chain.then(function loop() {
      var rows = t.rows();
      if (rows.length < items.length) {
        addButton.click();
        return E.nextTick().then(loop);
      }
      if (rows.length > items.length) {
        var last = rows[rows.length - 1];
        var del = Array.from(last.querySelectorAll('button')).find(function (b) { return b.textContent.trim() === '删除'; });
        del.click();
        return E.nextTick().then(loop);
      }
      return items.reduce(function (p, item, i) {
        return p.then(function () {
          var tr = t.rows()[i];
          return fillRow(function (col) { return t.cell(tr, col); }, item, tr);
        });
      }, Promise.resolve());
    });
  }
  function seq(steps) {
    return steps.reduce(function (p, step) { return p.then(step); }, Promise.resolve());
  }
  /** Map of case enum values to the portal's option labels. */
  var CASE_LABELS = {
    gender: { male: '男', female: '女' },
    marital: { single: '未婚', married: '已婚', divorced: '离异', widowed: '丧偶' },
    level: { doctor: '博士研究生', master: '硕士研究生', bachelor: '大学本科', college: '大学专科', 'below-college': '高中及以下' },
    degree: { doctor: '博士', master: '硕士', bachelor: '学士', none: '无' },
    verification: { valid: '有效', invalid: '无效', unknown: '未核验' },
    titleLevel: { junior: '初级', intermediate: '中级', 'deputy-senior': '副高级', senior: '正高级' },
    obtainedBy: { exam: '考试', review: '评审', other: '其他' },
    awardScope: { national: '国家级', municipal: '省部级（北京市）', other: '其他' },
    basis: { degree: '01', title: '02', award: '03', 'innovation-entity': '04', 'innovation-service': '05', ip: '06', 'equity-investment': '07', 'equity-tax': '08', freelance: '09', special: '10' },
    housing: { 'residence-permit': '北京市居住证', owned: '自有住房', 'owned-by-spouse': '配偶名下住房', rented: '租住房屋', 'unit-housing': '单位公房', 'relative-housing': '亲友住房' },
    ownershipProof: { certificate: '房屋所有权证/不动产权证书', 'purchase-contract': '商品房买卖网签合同及购房发票' },
    landlord: { company: '单位/企业', 'private-home': '居民个人住房', 'rural-homestead': '农村宅基地房屋' },
    relation: { child: '子女', spouse: '配偶' },
    permitStatus: { valid: '有效', suspended: '挂起', expired: '已失效' },
    changeItems: { companions: '随往人员', residence: '居住地', hukou: '户口所在地', education: '学历学位', title: '专业技术职称', other: '其他' },
    orgForm: { enterprise: '100', 'public-institution': '200', 'private-non-enterprise': '300', 'social-organization': '400', 'foreign-branch': '510', 'non-beijing-branch': '520', 'other-branch': '590', 'individual-business': '600', other: '900' },
    district: { dongcheng: '东城区', xicheng: '西城区', chaoyang: '朝阳区', haidian: '海淀区', fengtai: '丰台区', shijingshan: '石景山区', mentougou: '门头沟区', fangshan: '房山区', tongzhou: '通州区', shunyi: '顺义区', changping: '昌平区', daxing: '大兴区', huairou: '怀柔区', pinggu: '平谷区', miyun: '密云区', yanqing: '延庆区', yizhuang: '北京经济技术开发区' },
    qualification: { 'high-tech-enterprise': '高新技术企业', 'software-enterprise': '软件企业', 'environmental-enterprise': '环保企业', 'new-rd-institution': '新型研发机构', 'innovative-hq': '创新型总部企业', other: '其他' },
    serviceKind: { 'law-firm': '律师事务所', 'accounting-firm': '会计师事务所', 'audit-firm': '审计师事务所', 'tax-agent-firm': '税务师事务所', 'hr-service': '人力资源服务机构', 'financial-institution': '金融机构' },
    yesNo: function (b) { return b == null ? null : b ? '是' : '否'; },
  };
  function uploadAll(uploaders, attachments) {
    (attachments || []).forEach(function (a) {
      var name = MATERIALS[a.material];
      var up = name && uploaders.get(name);
      if (up) up(a.fileName);
    });
    return E.nextTick();
  }

  /**
   * window.__replica for tests (the product must not use it): route(hash), fill(case) for the
   * current page, upload(rowName, fileName), submitted (count of successful submits).
   */
  function exposeTestHooks(shell) {
    Object.defineProperty(global, '__replica', {
      enumerable: false,
      value: {
        get submitted() { return counter.submitted; },
        route: function (hash) { return shell.route(hash); },
        fill: function (c) {
          return shell.whenMounted().then(function () {
            var page = shell.current();
            return page.fill ? page.fill(c) : null;
          }).then(E.nextTick);
        },
        upload: function (name, fileName) {
          var up = shell.uploaders.get(name);
          if (!up) return Promise.reject(new Error('no attachment row ' + name));
          up(fileName);
          return E.nextTick();
        },
      },
    });
  }

  global.PORTAL = {
    exposeTestHooks: exposeTestHooks,
    DICT: DICT, labelOf: labelOf, MATERIALS: MATERIALS, CASE_LABELS: CASE_LABELS,
    wan: wan, money2: money2, dash: dash,
    createApp: createApp, attachmentTable: attachmentTable, submitFlow: submitFlow, footer: footer, counter: counter,
    userSet: userSet, fillTable: fillTable, seq: seq, uploadAll: uploadAll,
  };
})(window);
