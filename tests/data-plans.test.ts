/**
 * Contract tests on the committed corpus files (public/data/plans/). They read the files the app fetches, so a
 * stale or hand-edited output fails here even when the parser tests pass.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpus, type CorpusIndex } from '../src/corpus/build.ts';
import { untraceableCharacter } from '../src/corpus/round-trip.ts';
import type { PlanDocument } from '../src/corpus/types.ts';
import type { BlockKind, PlanBlock } from '../src/data/schema.ts';

const root = join(import.meta.dirname, '..');
const plansDirectory = join(root, 'public/data/plans');
const index = JSON.parse(readFileSync(join(plansDirectory, 'index.json'), 'utf8')) as CorpusIndex;
const documents = new Map<string, PlanDocument>(
  index.documents.map((entry) => [
    entry.id,
    JSON.parse(readFileSync(join(root, 'public', entry.file), 'utf8')),
  ]),
);
const sourceLines = new Map<string, string[]>();
function linesOf(source: string): string[] {
  let lines = sourceLines.get(source);
  if (!lines) {
    lines = readFileSync(join(root, source), 'utf8').split('\n');
    sourceLines.set(source, lines);
  }
  return lines;
}
function documentById(id: string): PlanDocument {
  const document = documents.get(id);
  if (!document) throw new Error(`missing document ${id}`);
  return document;
}
/** Numbered containers only: `p8` parts, `c27` chapters, `s1` sections, `b18` boxes (not 前言/结语/附件). */
function countNumbered(document: PlanDocument, kind: BlockKind, prefix: string): number {
  const pattern = new RegExp(`/${prefix}\\d+$`);
  return document.blocks.filter((block) => block.kind === kind && pattern.test(block.id)).length;
}
const allBlocks = (): [string, PlanBlock][] =>
  [...documents.values()].flatMap((document) =>
    document.blocks.map((block): [string, PlanBlock] => [document.source, block]),
  );

describe('plan corpus files', () => {
  it('lists the ten documents: 000, 001, 002, 004 and 003 as cover notice plus five plans', () => {
    expect(index.documents.map((entry) => entry.id)).toEqual([
      'cd14',
      'r14-chengdu-plain',
      'r14-northeast',
      'r14-northwest',
      'r14-panxi',
      'r14-south',
      'sc-decision-2018',
      'sc-regional-notice-2021',
      'sc-work-report',
      'sc15',
    ]);
  });

  it('matches the structure counts of the bodies', () => {
    const sichuan = documentById('sc15');
    expect(countNumbered(sichuan, 'part', 'p')).toBe(18);
    expect(countNumbered(sichuan, 'chapter', 'c')).toBe(64);
    expect(countNumbered(sichuan, 'section', 's')).toBe(213);
    expect(countNumbered(sichuan, 'box', 'b')).toBe(35);
    expect(sichuan.blocks.filter((block) => block.kind === 'figure')).toHaveLength(4);
    const chengdu = documentById('cd14');
    expect(countNumbered(chengdu, 'part', 'p')).toBe(12);
    expect(countNumbered(chengdu, 'chapter', 'c')).toBe(49);
    expect(countNumbered(chengdu, 'section', 's')).toBe(164);
    expect(countNumbered(chengdu, 'box', 'b')).toBe(52);
    const regional: [string, number, number, number][] = [
      ['r14-chengdu-plain', 12, 36, 10],
      ['r14-south', 12, 39, 8],
      ['r14-northeast', 11, 38, 10],
      ['r14-panxi', 11, 33, 7],
      ['r14-northwest', 12, 40, 7],
    ];
    for (const [id, chapters, sections, boxes] of regional) {
      const plan = documentById(id);
      expect([
        id,
        countNumbered(plan, 'chapter', 'c'),
        countNumbered(plan, 'section', 's'),
        countNumbered(plan, 'box', 'b'),
      ]).toEqual([id, chapters, sections, boxes]);
    }
    expect(documentById('r14-chengdu-plain').blocks.filter((block) => block.kind === 'figure')).toHaveLength(
      4,
    );
    expect(documentById('sc-decision-2018').blocks.filter((block) => block.kind === 'item')).toHaveLength(26);
    expect(
      documentById('sc-work-report')
        .blocks.filter((block) => block.kind === 'section')
        .map((block) => block.id),
    ).toEqual([
      'sc-work-report/s5',
      'sc-work-report/s6',
      'sc-work-report/s7',
      'sc-work-report/s8',
      'sc-work-report/s9',
    ]);
  });

  it('gives every block a unique id under its parent, a valid kind and an ordered line range', () => {
    const kinds = new Set(['part', 'chapter', 'section', 'box', 'figure', 'table', 'item', 'paragraph']);
    for (const document of documents.values()) {
      const ids = new Set<string>();
      for (const block of document.blocks) {
        expect(ids.has(block.id), block.id).toBe(false);
        ids.add(block.id);
        expect(kinds.has(block.kind), block.id).toBe(true);
        expect(block.id.startsWith(`${document.id}/`), block.id).toBe(true);
        expect(block.lines[0] <= block.lines[1], block.id).toBe(true);
        expect(
          block.lines[0] >= document.source_lines[0] && block.lines[1] <= document.source_lines[1],
          block.id,
        ).toBe(true);
        if (block.parent !== null) {
          expect(ids.has(block.parent), `${block.id} parent ${block.parent}`).toBe(true);
          expect(block.id.startsWith(`${block.parent}/`), block.id).toBe(true);
        }
      }
    }
  });

  it('traces every character of every block text to its lines in the seeds file (round trip)', () => {
    const failures: string[] = [];
    for (const [source, block] of allBlocks()) {
      const at = untraceableCharacter(block, linesOf(source));
      if (at !== -1) failures.push(`${block.id} at ${at}`);
      if (
        block.title !== undefined &&
        untraceableCharacter(
          { text: block.title.replace(/\s/g, ''), lines: block.lines },
          linesOf(source),
        ) !== -1
      ) {
        failures.push(`${block.id} title`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('keeps TOC lines, page numbers, repeated box headers, page-jump markers and web chrome out of block text', () => {
    const forbidden: [string, RegExp][] = [
      ['TOC leader', /…{2,}|\.{4,}|\t\d+$/m],
      ['page line', /—\d+—/],
      ['web chrome', /【字体|分享[:：]|来源: 四川日报|Chengde's Outline|市国民经济和社会发展 第十四个/],
      ['page-jump marker', /[(（](上接|下转)第.版[)）]/],
      ['repeated box header', /专栏\s*\d+/],
      ['Word bookmark', /_GoBack/],
      ['markdown bold or bullet', /\*\*[^*]+\*\*|◆/],
    ];
    const failures: string[] = [];
    for (const [, block] of allBlocks()) {
      if (block.kind === 'box' || block.kind === 'table') continue;
      for (const [name, pattern] of forbidden) {
        if (pattern.test(block.text)) failures.push(`${block.id}: ${name}`);
      }
    }
    // Box headings are the only text that may say 专栏, and each box appears once.
    for (const document of documents.values()) {
      const boxTitles = document.blocks.filter((block) => block.kind === 'box').map((block) => block.id);
      expect(new Set(boxTitles).size).toBe(boxTitles.length);
    }
    expect(failures).toEqual([]);
  });

  it('takes nothing from the tables of contents (000 15–179, 002 25–275, 003 28–584)', () => {
    const tocRanges: Record<string, [number, number]> = {
      'seeds/000_b459015e3797d6d0.txt': [15, 179],
      'seeds/002_129cf0fd0f2ac0f5.txt': [25, 275],
      'seeds/003_c8741b4fbcaab071.txt': [28, 584],
    };
    const failures: string[] = [];
    for (const [source, block] of allBlocks()) {
      const toc = tocRanges[source];
      if (toc && block.lines[0] <= toc[1] && block.lines[1] >= toc[0]) failures.push(block.id);
    }
    expect(failures).toEqual([]);
  });

  it('joins names cut by page breaks and PDF line wraps', () => {
    const text = (id: string) =>
      documentById(id)
        .blocks.map((block) => block.text)
        .join('\n');
    expect(text('sc15')).toContain('金花寺水库');
    expect(text('sc15')).toContain('孟中印缅');
    expect(text('sc15')).toContain('新增装机规模约 1200 万千瓦');
    expect(text('cd14')).toContain('龙泉山东侧');
    expect(text('cd14')).toContain('西部陆海新通道');
    expect(text('sc-decision-2018')).toContain('天府国际机场');
    expect(text('sc-decision-2018')).toContain('眉山创新谷');
    expect(text('r14-chengdu-plain')).toContain('成自宜高铁');
    expect(text('r14-chengdu-plain')).toContain('四川天府新区');
    expect(text('r14-northeast')).toContain('达州绕城西段');
    expect(text('r14-northwest')).toContain('汶川—理县—茂县');
  });

  it('keeps run-in lead sentences as the lead of their paragraph', () => {
    const lead = (id: string, wanted: string) =>
      documentById(id).blocks.find((block) => block.lead === wanted && block.text.startsWith(wanted));
    expect(lead('cd14', '打造轨道上的都市圈。')).toBeDefined();
    expect(lead('r14-chengdu-plain', '经济实力大幅提升。')).toBeDefined();
    expect(lead('sc-work-report', '着力扩通道强枢纽。')).toBeDefined();
    expect(lead('sc15', '国际铁路大通道工程。')).toBeDefined();
  });

  it('keeps the spliced duplicates of 004 once, and reports the removed copies', () => {
    const report = documentById('sc-work-report');
    const text = report.blocks.map((block) => block.text).join('\n');
    const occurrences = (needle: string) => text.split(needle).length - 1;
    expect(occurrences('深化强县扩权赋能改革')).toBe(1);
    expect(occurrences('建立“保障+市场”住房供应体系')).toBe(1);
    expect(occurrences('着力稳外贸引外资。')).toBe(1);
    expect(report.removed.map((entry) => [entry.lines[0], entry.duplicate_of])).toEqual([
      [21, 9],
      [23, 11],
      [35, 23],
    ]);
  });

  it('records the source gaps instead of inventing text', () => {
    expect(documentById('cd14').gaps.map((gap) => gap.lines)).toEqual([[1861, 1863]]);
    expect(documentById('sc15').gaps.map((gap) => gap.lines)).toEqual([[1975, 1975]]);
    expect(documentById('sc15').gaps[0]?.block).toBe('sc15/p18/c64/s3/p1');
    expect(documentById('sc-work-report').gaps.length).toBeGreaterThan(0);
  });

  it('states catalogue dates and periods with the line that says them', () => {
    for (const entry of index.documents) {
      if (entry.date) {
        const line = linesOf(entry.source)[entry.date.cited.line - 1] ?? '';
        expect(line.replace(/\s/g, ''), entry.id).toContain(
          entry.date.cited.text.replace(/\s/g, '').slice(0, 8),
        );
      }
      if (entry.period) expect(entry.period.cited.line, entry.id).toBeGreaterThan(0);
    }
    expect(index.documents.find((entry) => entry.id === 'sc15')?.date?.iso).toBe('2026-02-07');
    expect(index.documents.find((entry) => entry.id === 'sc-work-report')?.date).toBeNull();
  });

  it('reports block counts and sizes that match the files', () => {
    for (const entry of index.documents) {
      const contents = readFileSync(join(root, 'public', entry.file));
      expect(entry.bytes, entry.id).toBe(contents.length);
      expect(entry.block_count, entry.id).toBe(documentById(entry.id).blocks.length);
    }
  });

  it('is exactly what a rebuild from seeds/ produces (deterministic, not hand-edited)', () => {
    const rebuilt = buildCorpus((path) => new Uint8Array(readFileSync(join(root, path))));
    for (const [name, contents] of rebuilt.files) {
      expect(readFileSync(join(plansDirectory, name), 'utf8'), name).toBe(contents);
    }
  });
});
