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
        zh: '请上传：{material}。上传材料不齐全的，受理部门将一次性告知并退回修改。',
        en: 'Upload: {material}. If the materials are incomplete, the office lists everything missing at once and sends the application back for correction.',
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
    id: 'calendar.provisional',
    severity: 'warning',
    title: { zh: '节假日安排为临时推算', en: 'Provisional holiday calendar' },
    messages: {
      fail: {
        zh: '{year}年的节假日安排尚未添加（国务院办公厅通知未公布或未内置），该年按保守的临时安排计算：各节日按历年最长的放假扣除，不计调休上班，所以最晚提交日只会偏早、不会偏晚，核准日期只会偏晚。通知公布后，可在设置页的“节假日安排”中粘贴通知全文或选择日历文件添加该年安排。',
        en: 'The {year} holiday schedule has not been added (the State Council notice is not published or not built in), so {year} uses a conservative provisional calendar: each holiday takes the longest break it has had, and no make-up working days count. A last safe day can only be early, never late, and an approval date only late. Once the notice is out, add the year under Holiday calendars in the options by pasting the notice text or choosing a calendar file.',
      },
    },
    citation: { document: { zh: '国务院办公厅部分节假日安排的通知（该年未公布：临时推算）', en: 'State Council holiday schedule notices (not published for that year: provisional)' }, section: '' },
    note: 'rules.md v2, Years without a published calendar: no make-up days; 元旦, 清明, 端午 and 中秋 with the Monday or Friday that makes a three-day break; every weekday of 04-29..05-05, 10-01..10-08 and from the day before 除夕 to 正月初八.',
  },
  {
    id: 'wage.figure-year',
    severity: 'info',
    title: { zh: '平均工资年度', en: 'Average-wage year' },
    messages: {
      fail: {
        zh: '收入标准按{year}年度本市全口径城镇单位就业人员月平均工资{monthly}元计算（{expected}年度数据尚未公布或未内置）。如{expected}年度数据已公布，请在设置页“本市职工月平均工资”中填写，以免收入标准偏低。',
        en: 'Income thresholds use the {year} Beijing average monthly wage of {monthly} yuan (the {expected} figure is not published or not built in). If the {expected} figure is out, enter it under "Beijing average monthly wage" in the options, so that the thresholds are not too low.',
      },
    },
    citation: { document: `${DOC.notice2019}；北京市人力资源和社会保障局《历年北京市全口径城镇单位就业人员平均工资》`, section: '二(二)' },
  },
];
