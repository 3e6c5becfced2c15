/**
 * The plan catalogue: what each document is, who issued it, when, for which period, and whether it stands on a
 * given day. Every date and issuer is quoted from its source file; `resolveCatalogue` finds the quoted text in the
 * file and records its line, so a citation that the text does not contain fails the build.
 */
import { CorpusError } from './corpus-error.ts';
import type { CatalogueEntry, CitedValue, DocumentKind, PlanDate } from './types.ts';

export const seedFiles = {
  sichuan15: 'seeds/000_b459015e3797d6d0.txt',
  decision2018: 'seeds/001_1acc3666f60ddf6e.txt',
  chengdu14: 'seeds/002_129cf0fd0f2ac0f5.txt',
  regional14: 'seeds/003_c8741b4fbcaab071.txt',
  workReport: 'seeds/004_603669ec919db96e.txt',
} as const;

/** A catalogue entry before its citations are located in the source text. */
export interface CatalogueDraft {
  id: string;
  source: string;
  title_zh: string;
  title_en: string;
  kind: DocumentKind;
  /** Quoted text naming the issuer (or approving body); null when the text names none. */
  issuer: { name: string; quote: string } | null;
  date: { iso: string; event: PlanDate['event']; quote: string } | null;
  other_dates: { iso: string; event: PlanDate['event']; quote: string }[];
  period: { start: number | null; end: number; quote: string } | null;
  successor: { id: string | null; note: string } | null;
  notes: string[];
}

const regionalIssuer = { name: '四川省人民政府', quote: '四川省人民政府' };
const regionalDate = { iso: '2021-06-09', event: 'issued' as const, quote: '2021 年 6 月 9 日' };
const regionalSuccessor = {
  id: null,
  note: 'No later plan for this zone is in the corpus. The later provincial plan sc15 (2026–2030, approved 2026-02-07) sets the strategy for the five zones (五区共兴; 专栏15 五大片区发展布局).',
};
const regionalPeriod = { start: null, end: 2025, quote: '规划期至 2025 年' };
const regionalNote =
  'The plan states only the end of its period (规划期至 2025 年); “十四五” names the 2021–2025 period.';

export const catalogueDrafts: CatalogueDraft[] = [
  {
    id: 'sc15',
    source: seedFiles.sichuan15,
    title_zh: '四川省国民经济和社会发展第十五个五年规划纲要',
    title_en:
      'Outline of the 15th Five-Year Plan for the National Economic and Social Development of Sichuan Province',
    kind: 'five-year-plan-outline',
    issuer: {
      name: '四川省第十四届人民代表大会第五次会议（批准）',
      quote: '四川省第十四届人民代表大会第五次会议批准',
    },
    date: {
      iso: '2026-02-07',
      event: 'approved',
      quote: '(2026年2月7日四川省第十四届人民代表大会第五次会议批准)',
    },
    other_dates: [{ iso: '2026-04-13', event: 'published', quote: '2026年04月13日 07时38分 来源: 四川日报' }],
    period: { start: 2026, end: 2030, quote: '第十五个五年（2026—2030年）规划纲要' },
    successor: null,
    notes: ['Web copy (四川日报); the file ends mid-sentence in 第六十四章第三节, recorded as a gap.'],
  },
  {
    id: 'sc-decision-2018',
    source: seedFiles.decision2018,
    title_zh: '中共四川省委关于全面推动高质量发展的决定',
    title_en:
      'Decision of the CPC Sichuan Provincial Committee on Comprehensively Promoting High-Quality Development',
    kind: 'decision',
    issuer: {
      name: '中国共产党四川省第十一届委员会第三次全体会议',
      quote: '中国共产党四川省第十一届委员会第三次全体会议通过',
    },
    date: { iso: '2018-06-30', event: 'adopted', quote: '(2018年6月30日中国共产党四川省第十一届委员会' },
    other_dates: [],
    period: null,
    successor: null,
    notes: ['The decision states no period or expiry; it is shown as in force from its adoption.'],
  },
  {
    id: 'cd14',
    source: seedFiles.chengdu14,
    title_zh: '成都市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要',
    title_en:
      'Outline of the 14th Five-Year Plan for the National Economic and Social Development of Chengdu and the Long-Range Objectives Through 2035',
    kind: 'five-year-plan-outline',
    issuer: { name: '成都市第十七届人民代表大会第五次会议（批准）', quote: '人民代表大会第五次会议批准' },
    date: { iso: '2021-02-07', event: 'approved', quote: '2021年2月7日成都市第十七届' },
    other_dates: [],
    period: { start: 2021, end: 2025, quote: '“十四五”时期（2021—2025年）' },
    successor: {
      id: null,
      note: 'No later Chengdu plan is in the corpus. The later provincial plan sc15 (2026–2030, approved 2026-02-07) covers Chengdu.',
    },
    notes: [
      'The body lost 第九篇第一章第三节 and 专栏41 (listed in the TOC), recorded as a gap. Long-range objectives run to 2035.',
    ],
  },
  {
    id: 'sc-regional-notice-2021',
    source: seedFiles.regional14,
    title_zh: '四川省人民政府关于印发《成都平原经济区“十四五”一体化发展规划》等5个规划的通知',
    title_en:
      'Notice of the Sichuan Provincial People’s Government on Issuing the Chengdu Plain Economic Zone 14th Five-Year Integrated Development Plan and Four Other Plans (川府发〔2021〕7号)',
    kind: 'notice',
    issuer: regionalIssuer,
    date: regionalDate,
    other_dates: [],
    period: regionalPeriod,
    successor: regionalSuccessor,
    notes: [
      'The notice issues the five regional plans; its standing follows theirs (period cited from the first plan).',
    ],
  },
  ...(
    [
      [
        'r14-chengdu-plain',
        '成都平原经济区“十四五”一体化发展规划',
        'Chengdu Plain Economic Zone 14th Five-Year Integrated Development Plan',
      ],
      [
        'r14-south',
        '川南经济区“十四五”一体化发展规划',
        'South Sichuan Economic Zone 14th Five-Year Integrated Development Plan',
      ],
      [
        'r14-northeast',
        '川东北经济区“十四五”振兴发展规划',
        'Northeast Sichuan Economic Zone 14th Five-Year Revitalisation Plan',
      ],
      [
        'r14-panxi',
        '攀西经济区“十四五”转型升级发展规划',
        'Panxi Economic Zone 14th Five-Year Transformation and Upgrading Plan',
      ],
      [
        'r14-northwest',
        '川西北生态示范区“十四五”发展规划',
        'Northwest Sichuan Ecological Demonstration Zone 14th Five-Year Development Plan',
      ],
    ] as const
  ).map(
    ([id, titleZh, titleEn]): CatalogueDraft => ({
      id,
      source: seedFiles.regional14,
      title_zh: titleZh,
      title_en: titleEn,
      kind: 'regional-plan',
      issuer: regionalIssuer,
      date: regionalDate,
      other_dates: [],
      period: regionalPeriod,
      successor: regionalSuccessor,
      notes: [
        'Issued by the cover notice 川府发〔2021〕7号 (sc-regional-notice-2021); issuer and date are cited from it.',
        regionalNote,
      ],
    }),
  ),
  {
    id: 'sc-work-report',
    source: seedFiles.workReport,
    title_zh: '政府工作报告（节选）',
    title_en: 'Government Work Report (newspaper fragment: sections 5–9 and the end of an earlier section)',
    kind: 'work-report',
    issuer: null,
    date: null,
    other_dates: [],
    period: null,
    successor: null,
    notes: [
      'The fragment states neither its issuer nor its date (it mentions targets for 2027 and 2035); neither is filled in.',
      'Verbatim copies of earlier lines spliced into lines 21, 23 and 35 are removed from block text and listed under `removed`.',
    ],
  },
];

/**
 * Locates every quoted citation in its source lines (within `range`, 1-based inclusive) and returns the entry.
 * Issuer and date are looked up in `issuerRange` (the regional plans take them from their cover notice) and the
 * period in `periodRange` (the notice takes it from the first plan it issues).
 * Quotes are compared with whitespace removed, since the sources space digits and dates irregularly.
 */
export function resolveCatalogue(
  draft: CatalogueDraft,
  lines: string[],
  range: [number, number],
  issuerRange: [number, number] = range,
  periodRange: [number, number] = range,
): CatalogueEntry {
  // Quotes may run over a line break (川南's 规划期 line), so search the joined text and map back to lines.
  const cite = (quote: string, within: [number, number] = range): CitedValue => {
    const wanted = quote.replace(/\s+/g, '');
    let joined = '';
    const lineAt: number[] = [];
    for (let lineNumber = within[0]; lineNumber <= within[1]; lineNumber++) {
      const compact = (lines[lineNumber - 1] ?? '').replace(/\s+/g, '');
      joined += compact;
      for (let index = 0; index < compact.length; index++) lineAt.push(lineNumber);
    }
    const found = joined.indexOf(wanted);
    const line = lineAt[found];
    if (found === -1 || line === undefined) {
      throw new CorpusError(
        draft.source,
        within[1],
        `catalogue citation not found for ${draft.id} in lines ${within[0]}–${within[1]}: "${quote}"`,
      );
    }
    return { text: quote, line };
  };
  return {
    id: draft.id,
    source: draft.source,
    source_lines: range,
    title_zh: draft.title_zh,
    title_en: draft.title_en,
    issuer: draft.issuer?.name ?? null,
    issuer_cited: draft.issuer ? cite(draft.issuer.quote, issuerRange) : null,
    date: draft.date
      ? { iso: draft.date.iso, event: draft.date.event, cited: cite(draft.date.quote, issuerRange) }
      : null,
    other_dates: draft.other_dates.map((date) => ({
      iso: date.iso,
      event: date.event,
      cited: cite(date.quote),
    })),
    period: draft.period
      ? { start: draft.period.start, end: draft.period.end, cited: cite(draft.period.quote, periodRange) }
      : null,
    kind: draft.kind,
    successor: draft.successor,
    notes: draft.notes,
  };
}

/**
 * Standing of a document on a day. `in-force` from its date to the end of its period; `expired` after the period;
 * `superseded` when a successor in the catalogue took effect while the period still ran. Two more values keep a
 * plan from being shown as current when that cannot be said: `not-yet-in-force` before its date and `undated`
 * when the text states no date at all.
 */
export type Standing = 'in-force' | 'expired' | 'superseded' | 'not-yet-in-force' | 'undated';

export function standing(
  document: Pick<CatalogueEntry, 'date' | 'period' | 'successor'>,
  isoDate: string,
  catalogue: Pick<CatalogueEntry, 'id' | 'date'>[] = [],
): Standing {
  if (!document.date) return 'undated';
  if (isoDate < document.date.iso) return 'not-yet-in-force';
  const periodEnd = document.period ? `${document.period.end}-12-31` : null;
  const successorId = document.successor?.id;
  const successor = successorId ? catalogue.find((entry) => entry.id === successorId) : undefined;
  if (
    successor?.date &&
    isoDate >= successor.date.iso &&
    (periodEnd === null || successor.date.iso <= periodEnd)
  ) {
    return 'superseded';
  }
  if (periodEnd !== null && isoDate > periodEnd) return 'expired';
  return 'in-force';
}
