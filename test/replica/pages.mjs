// Every replica page a reader is measured on, by markup family: where it is, how it is brought
// into the state a user sees (an example case filled in as a user would), and the file that says
// what a person would say the page shows (type, case paths, materials; see README "Expected fields").
// Pages left out on purpose: #/odd (written to be partly unreadable, for map-by-hand) and
// #/business/new-large (the 新办 page with hundreds of rows, for speed).

/**
 * @typedef {object} ReplicaPage
 * @property {string} id        family/page
 * @property {string} family    markup family (see README "Families")
 * @property {string} url       path (and hash route) on the replica
 * @property {string} [fill]    example case of test/cases/ filled in through window.__replica.fill
 * @property {string} expected  file under test/replica/ with the expected type, fields and materials
 * @property {{ width: number, height: number }} [viewport] a phone's, for the mobile family
 */

const PHONE = { width: 414, height: 896 };

/** @type {ReplicaPage[]} */
export const PAGES = [
  { id: 'element/new', family: 'element', url: '/person-platform/#/business/new', fill: 'new-problems', expected: 'site/person-platform/expected/business-new.json' },
  { id: 'element/renewal', family: 'element', url: '/person-platform/#/business/renewal', fill: 'renewal-complete', expected: 'site/person-platform/expected/business-renewal.json' },
  { id: 'element/employer-change', family: 'element', url: '/person-platform/#/business/employer-change', fill: 'employer-change-late', expected: 'site/person-platform/expected/business-employer-change.json' },
  { id: 'element/info-change', family: 'element', url: '/person-platform/#/business/info-change', fill: 'info-change-complete', expected: 'site/person-platform/expected/business-info-change.json' },
  { id: 'element/basic', family: 'element', url: '/person-platform/#/basic', fill: 'new-complete', expected: 'site/person-platform/expected/basic.json' },
  { id: 'element/education', family: 'element', url: '/person-platform/#/education', fill: 'new-complete', expected: 'site/person-platform/expected/education.json' },
  { id: 'element/study', family: 'element', url: '/person-platform/#/study', fill: 'new-complete', expected: 'site/person-platform/expected/study.json' },
  { id: 'element/work', family: 'element', url: '/person-platform/#/work', fill: 'new-complete', expected: 'site/person-platform/expected/work.json' },
  { id: 'element/attachments', family: 'element', url: '/person-platform/#/attachments', fill: 'new-complete', expected: 'site/person-platform/expected/attachments.json' },
  { id: 'element/unit-info', family: 'element', url: '/unit-platform/#/unit-info', expected: 'site/unit-platform/expected/unit-info.json' },
  { id: 'element/permission', family: 'element', url: '/unit-platform/#/permission', fill: 'employer-registration-problems', expected: 'site/unit-platform/expected/permission.json' },
  { id: 'element/department-change', family: 'element', url: '/unit-platform/#/department-change', fill: 'department-change-complete', expected: 'site/unit-platform/expected/department-change.json' },
  { id: 'element/employees', family: 'element', url: '/unit-platform/#/employees', expected: 'site/unit-platform/expected/employees.json' },
  { id: 'jsp/xbsq', family: 'jsp', url: '/person-platform-classic/xbsq.html', fill: 'new-problems', expected: 'site/person-platform-classic/xbsq.expected.json' },
  { id: 'jsp/jbxx', family: 'jsp', url: '/person-platform-classic/jbxx.html', fill: 'new-complete', expected: 'site/person-platform-classic/jbxx.expected.json' },
  { id: 'antdv/new', family: 'antdv', url: '/antdv/xbsq.html', expected: 'site/antdv/xbsq.expected.json' },
  { id: 'antdv/department-change', family: 'antdv', url: '/antdv/zgbm.html', expected: 'site/antdv/zgbm.expected.json' },
  { id: 'iview/renewal', family: 'iview', url: '/iview/xqsq.html', expected: 'site/iview/xqsq.expected.json' },
  { id: 'iview/employer-registration', family: 'iview', url: '/iview/dwqx.html', expected: 'site/iview/dwqx.expected.json' },
  { id: 'bootstrap3/employer-change', family: 'bootstrap3', url: '/bootstrap3/bgpydw.html', expected: 'site/bootstrap3/bgpydw.expected.json' },
  { id: 'bootstrap3/info-change', family: 'bootstrap3', url: '/bootstrap3/grbg.html', expected: 'site/bootstrap3/grbg.expected.json' },
  { id: 'legacy/new', family: 'legacy', url: '/legacy/sqb.html', expected: 'site/legacy/sqb.expected.json' },
  { id: 'legacy/employer-registration', family: 'legacy', url: '/legacy/qxsq.html', expected: 'site/legacy/qxsq.expected.json' },
  { id: 'vant/renewal', family: 'vant', url: '/vant/xq.html', expected: 'site/vant/xq.expected.json', viewport: PHONE },
  { id: 'vant/info-change', family: 'vant', url: '/vant/bg.html', expected: 'site/vant/bg.expected.json', viewport: PHONE },
];
