import type { Bilingual } from '../../i18n/language';
import type { StatusClass } from '../../linking/types';

/** What each status class means, in the plans' own terms (data-table labels, so pick() not t()). */
export const STATUS_CLASS_LABELS: Record<StatusClass, Bilingual> = {
  completed: { zh: '已建成', en: 'Completed' },
  'under-construction': { zh: '在建', en: 'Under construction' },
  start: { zh: '开工', en: 'Start of works' },
  preparatory: { zh: '前期工作', en: 'Preparatory work' },
  study: { zh: '研究论证', en: 'Under study' },
  upgrade: { zh: '扩能改造', en: 'Upgrade' },
  mention: { zh: '提及', en: 'Mentioned' },
};

/**
 * Chip and map-tint colours: green done, warm for works (under way → starting), purple/blue for not yet,
 * brown for works on an existing line, grey for no commitment. Dark enough for white text (WCAG AA).
 */
export const STATUS_CLASS_COLOURS: Record<StatusClass, string> = {
  completed: '#1b7a3d',
  'under-construction': '#c0392b',
  start: '#b35900',
  preparatory: '#6a3d9a',
  study: '#1f5f99',
  upgrade: '#7a5a2b',
  mention: '#666666',
};

/** Short names for the timeline chips and selects; the full title is in the plans index. */
export const DOC_SHORT_NAMES: Record<string, Bilingual> = {
  'sc-decision-2018': { zh: '省委决定', en: 'Party decision' },
  cd14: { zh: '成都“十四五”', en: 'Chengdu 14th FYP' },
  'r14-chengdu-plain': { zh: '成都平原经济区', en: 'Chengdu Plain zone' },
  'r14-northeast': { zh: '川东北经济区', en: 'Northeast zone' },
  'r14-northwest': { zh: '川西北生态示范区', en: 'Northwest zone' },
  'r14-panxi': { zh: '攀西经济区', en: 'Panxi zone' },
  'r14-south': { zh: '川南经济区', en: 'South zone' },
  'sc-regional-notice-2021': { zh: '印发通知', en: 'Issuing notice' },
  sc15: { zh: '四川“十五五”', en: 'Sichuan 15th FYP' },
  'sc-work-report': { zh: '政府工作报告', en: 'Work report' },
};

export const TRANSPORT_LAYERS: ReadonlySet<string> = new Set([
  'railways',
  'stations',
  'expressways',
  'airports',
  'waterways',
  'ports',
]);

/** Layers whose features are areas one can ask "what do the plans say about this area" of. */
export const AREA_LAYERS: ReadonlySet<string> = new Set(['zones', 'prefectures', 'counties', 'metro-circle']);
