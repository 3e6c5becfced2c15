/**
 * Short names for the picker, search hits and filter, where the full titles (up to 60 characters) do not fit.
 * A document missing here falls back to its full title, so a new document never shows up nameless.
 */
import type { CatalogueEntry } from '../corpus/types.ts';
import type { Bilingual, Language } from '../i18n/language.ts';

const SHORT_TITLES: Record<string, Bilingual> = {
  sc15: { zh: '四川省“十五五”规划纲要', en: 'Sichuan 15th Five-Year Plan' },
  'sc-decision-2018': {
    zh: '省委高质量发展决定（2018）',
    en: 'Provincial decision on high-quality development (2018)',
  },
  cd14: { zh: '成都市“十四五”规划纲要', en: 'Chengdu 14th Five-Year Plan' },
  'sc-regional-notice-2021': { zh: '五个区域规划印发通知', en: 'Notice issuing the five regional plans' },
  'r14-chengdu-plain': { zh: '成都平原经济区规划', en: 'Chengdu Plain Economic Zone plan' },
  'r14-south': { zh: '川南经济区规划', en: 'South Sichuan Economic Zone plan' },
  'r14-northeast': { zh: '川东北经济区规划', en: 'Northeast Sichuan Economic Zone plan' },
  'r14-panxi': { zh: '攀西经济区规划', en: 'Panxi Economic Zone plan' },
  'r14-northwest': { zh: '川西北生态示范区规划', en: 'Northwest Sichuan Ecological Zone plan' },
  'sc-work-report': { zh: '政府工作报告（节选）', en: 'Government work report (fragment)' },
};

export function shortTitle(
  entry: Pick<CatalogueEntry, 'id' | 'title_zh' | 'title_en'>,
  language: Language,
): string {
  return SHORT_TITLES[entry.id]?.[language] ?? (language === 'zh' ? entry.title_zh : entry.title_en);
}
