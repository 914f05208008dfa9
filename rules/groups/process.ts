// Findings the engine emits itself: missing materials, the approval date, and notes on the data used.
import { cite, DOC } from '../citations';
import type { MetaRuleDef } from '../types';

export const META_RULE_LIST: MetaRuleDef[] = [
  {
    id: 'material.missing',
    severity: 'error',
    title: { zh: '缺少材料', en: 'Missing material' },
    messages: {
      fail: {
        zh: '缺少材料：{material}。材料不齐全将被一次性告知并退回。',
        en: 'Missing material: {material}. An incomplete set of materials is sent back.',
      },
    },
    citation: cite('三、七'),
  },
  {
    id: 'process.approval-eta',
    severity: 'info',
    title: { zh: '预计核准日期', en: 'Expected approval' },
    messages: {
      fail: {
        zh: '自受理之日起15个工作日内完成核准：预计不晚于{date}。',
        en: 'Approval is due within 15 working days of acceptance: by {date} at the latest.',
      },
    },
    citation: cite('三、六'),
  },
  {
    id: 'calendar.unknown-year',
    severity: 'info',
    title: { zh: '节假日安排未公布', en: 'Holiday calendar not published' },
    messages: {
      fail: {
        zh: '{year}年的节假日安排尚未内置（国务院办公厅通知未公布），该年按周一至周五计算工作日，日期可能有出入。',
        en: 'The {year} holiday schedule is not built in (the State Council notice is not published yet); working days in {year} are counted Monday to Friday and dates may shift.',
      },
    },
    citation: { document: '国务院办公厅部分节假日安排的通知', section: '' },
  },
  {
    id: 'wage.figure-year',
    severity: 'info',
    title: { zh: '平均工资年度', en: 'Average-wage year' },
    messages: {
      fail: {
        zh: '收入标准按{year}年度本市全口径城镇单位就业人员月平均工资{monthly}元计算（上一年度数据尚未公布或未内置）。',
        en: 'Income thresholds use the {year} Beijing average monthly wage of {monthly} yuan (the figure for the previous year is not published or not built in).',
      },
    },
    citation: { document: `${DOC.notice2019}；北京市人力资源和社会保障局《历年北京市全口径城镇单位就业人员平均工资》`, section: '二(二)' },
  },
];
