// The district names users read; a case stores the ids (rules.md, District ids). Messages show
// these names, never the ids.
import type { District } from './schema';
import type { Text } from './types';

export const DISTRICT_NAMES: Readonly<Record<District, Text>> = {
  dongcheng: { zh: '东城区', en: 'Dongcheng' },
  xicheng: { zh: '西城区', en: 'Xicheng' },
  chaoyang: { zh: '朝阳区', en: 'Chaoyang' },
  haidian: { zh: '海淀区', en: 'Haidian' },
  fengtai: { zh: '丰台区', en: 'Fengtai' },
  shijingshan: { zh: '石景山区', en: 'Shijingshan' },
  mentougou: { zh: '门头沟区', en: 'Mentougou' },
  fangshan: { zh: '房山区', en: 'Fangshan' },
  tongzhou: { zh: '通州区', en: 'Tongzhou' },
  shunyi: { zh: '顺义区', en: 'Shunyi' },
  changping: { zh: '昌平区', en: 'Changping' },
  daxing: { zh: '大兴区', en: 'Daxing' },
  huairou: { zh: '怀柔区', en: 'Huairou' },
  pinggu: { zh: '平谷区', en: 'Pinggu' },
  miyun: { zh: '密云区', en: 'Miyun' },
  yanqing: { zh: '延庆区', en: 'Yanqing' },
  yizhuang: { zh: '北京经济技术开发区', en: 'Beijing Economic-Technological Development Area' },
};

/** The district a case is handled in when it names none: the only one with a guide today. */
export const DEFAULT_DISTRICT: District = 'shijingshan';
