/** Small documents for the reader's unit tests, shaped like the real files (ids, parents, reading order). */
import type { PlanDocument } from '../corpus/types.ts';
import type { PlanBlock } from '../data/schema.ts';

const block = (
  id: string,
  kind: PlanBlock['kind'],
  text: string,
  extra: Partial<PlanBlock> = {},
): PlanBlock => {
  const slash = id.lastIndexOf('/');
  const parent = id.slice(0, slash);
  return {
    id,
    kind,
    text,
    lines: [1, 1],
    parent: parent.includes('/') ? parent : null,
    ...extra,
  };
};

export const sampleBlocks: PlanBlock[] = [
  block('demo/p1', 'part', '第一篇 总体要求', { title: '总体要求' }),
  block('demo/p1/p1', 'paragraph', '引言段落。'),
  block('demo/p1/c1', 'chapter', '第一章 规划背景', { title: '规划背景' }),
  block('demo/p1/c1/s1', 'section', '第一节 发展成就', { title: '发展成就' }),
  block('demo/p1/c1/s1/p1', 'paragraph', '经济实力大幅提升。其余文字。', { lead: '经济实力大幅提升。' }),
  block('demo/p1/c1/s1/p2', 'paragraph', '第二段。'),
  block('demo/p1/c1/s2', 'section', '第二节 面临环境', { title: '面临环境' }),
  block('demo/p1/c1/s2/b1', 'box', '专栏1 重点工程', { title: '重点工程' }),
  block('demo/p1/c1/s2/b1/p1', 'paragraph', '建成成渝中线高铁。', { title: '铁路' }),
  block('demo/p1/c1/s2/b1/t1', 'table', '指标\t2025年\nGDP\t5.5'),
  block('demo/p2', 'part', '第二篇 空篇', { title: '空篇' }),
  block('demo/p3', 'part', '第三篇 交通', { title: '交通' }),
  block('demo/p3/c2', 'chapter', '第二章 综合交通', { title: '综合交通' }),
  block('demo/p3/c2/f1', 'figure', '图1 交通示意图', { title: '交通示意图' }),
  block('demo/p3/c2/p1', 'paragraph', '最后一段，农林产业等'),
];

export const sampleDocument: PlanDocument = {
  id: 'demo',
  source: 'seeds/demo.txt',
  source_lines: [1, 20],
  title_zh: '示范规划纲要',
  title_en: 'Demonstration Plan Outline',
  issuer: '示范人民政府',
  issuer_cited: { text: '示范人民政府', line: 1 },
  date: { iso: '2021-06-09', event: 'issued', cited: { text: '2021年6月9日', line: 2 } },
  other_dates: [],
  period: { start: 2021, end: 2025, cited: { text: '2021—2025年', line: 3 } },
  kind: 'regional-plan',
  successor: null,
  notes: [],
  gaps: [
    {
      lines: [19, 20],
      block: 'demo/p3/c2/p1',
      note: 'Text lost in the source: the sentence breaks off after "农林产业等"; the rest is missing.',
    },
  ],
  removed: [],
  blocks: sampleBlocks,
};
