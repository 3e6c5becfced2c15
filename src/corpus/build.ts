/**
 * Pure corpus build: source bytes in, documents and index out. The script (scripts/build-corpus.ts) does the I/O.
 */
import { gzipSync } from 'node:zlib';
import type { BlockKind, PlanBlock } from '../data/schema.ts';
import { type CatalogueDraft, catalogueDrafts, resolveCatalogue, seedFiles } from './catalogue.ts';
import { CorpusError } from './corpus-error.ts';
import { parseChengduOutline } from './parse-chengdu-outline.ts';
import { parseDecision } from './parse-decision.ts';
import { parseNotice, parseRegionalPlan, splitRegional } from './parse-regional.ts';
import { type ParsedBody, parseSichuanOutline } from './parse-sichuan-outline.ts';
import { parseWorkReport } from './parse-work-report.ts';
import { untraceableCharacter } from './round-trip.ts';
import { decodeSource, splitLines } from './source-text.ts';
import type { CorpusIndex, IndexEntry, PlanDocument, RemovedText } from './types.ts';

export type { CorpusIndex, IndexEntry } from './types.ts';

export interface BuiltCorpus {
  documents: PlanDocument[];
  /** File name (under public/data/plans/) → contents. */
  files: Map<string, string>;
  index: CorpusIndex;
}

/** Returns the bytes of a seeds file, or null when it does not exist. */
export type SourceReader = (path: string) => Uint8Array | null;

function draftFor(id: string): CatalogueDraft {
  const draft = catalogueDrafts.find((entry) => entry.id === id);
  if (!draft) throw new Error(`no catalogue entry for ${id}`);
  return draft;
}

/** Last line number with content position: a final newline does not start another line. */
function lastLine(lines: string[]): number {
  return lines[lines.length - 1] === '' ? lines.length - 1 : lines.length;
}

function readLines(read: SourceReader, path: string): string[] {
  const bytes = read(path);
  if (bytes === null) throw new CorpusError(path, null, 'file is missing');
  return splitLines(decodeSource(path, bytes));
}

export function buildCorpus(read: SourceReader): BuiltCorpus {
  const documents: PlanDocument[] = [];
  const add = (
    id: string,
    lines: string[],
    range: [number, number],
    body: ParsedBody,
    removed: RemovedText[] = [],
    issuerRange: [number, number] = range,
    periodRange: [number, number] = range,
  ) => {
    const entry = resolveCatalogue(draftFor(id), lines, range, issuerRange, periodRange);
    if (body.blocks.length === 0) throw new CorpusError(entry.source, range[0], `no blocks parsed for ${id}`);
    for (const block of body.blocks) assertTraceable(entry.source, block, lines);
    documents.push({ ...entry, gaps: body.gaps, removed, blocks: body.blocks });
  };

  const sichuan = readLines(read, seedFiles.sichuan15);
  add('sc15', sichuan, [1, lastLine(sichuan)], parseSichuanOutline('sc15', seedFiles.sichuan15, sichuan));

  const decision = readLines(read, seedFiles.decision2018);
  add(
    'sc-decision-2018',
    decision,
    [1, lastLine(decision)],
    parseDecision('sc-decision-2018', seedFiles.decision2018, decision),
  );

  const chengdu = readLines(read, seedFiles.chengdu14);
  add('cd14', chengdu, [1, lastLine(chengdu)], parseChengduOutline('cd14', seedFiles.chengdu14, chengdu));

  const regional = readLines(read, seedFiles.regional14);
  const regionalDrafts = catalogueDrafts.filter((draft) => draft.kind === 'regional-plan');
  const split = splitRegional(
    seedFiles.regional14,
    regional,
    regionalDrafts.map((draft) => ({ id: draft.id, title: draft.title_zh })),
  );
  const noticeId = 'sc-regional-notice-2021';
  const firstPlan = split.plans[0];
  if (!firstPlan) throw new CorpusError(seedFiles.regional14, regional.length, 'no regional plan found');
  // The notice's period is cited from the first plan it issues.
  const notice = parseNotice(noticeId, seedFiles.regional14, regional, split.notice);
  add(noticeId, regional, split.notice, notice, [], split.notice, firstPlan.lines);
  for (const plan of split.plans) {
    const body = parseRegionalPlan(plan.spec.id, seedFiles.regional14, regional, plan.lines);
    add(plan.spec.id, regional, plan.lines, body, [], split.notice);
  }

  const report = readLines(read, seedFiles.workReport);
  const parsedReport = parseWorkReport('sc-work-report', seedFiles.workReport, report);
  add('sc-work-report', report, [1, lastLine(report)], parsedReport, parsedReport.removed);

  documents.sort((left, right) => (left.id < right.id ? -1 : left.id > right.id ? 1 : 0));
  const files = new Map<string, string>();
  const entries: IndexEntry[] = [];
  for (const document of documents) {
    const json = serializeDocument(document);
    const file = `${document.id}.json`;
    files.set(file, json);
    const counts = new Map<BlockKind, number>();
    for (const block of document.blocks) counts.set(block.kind, (counts.get(block.kind) ?? 0) + 1);
    const kinds: Partial<Record<BlockKind, number>> = Object.fromEntries(
      [...counts].sort(([left], [right]) => (left < right ? -1 : 1)),
    );
    const { gaps: _gaps, removed: _removed, blocks, ...catalogue } = document;
    entries.push({
      ...catalogue,
      file: `data/plans/${file}`,
      block_count: blocks.length,
      kinds,
      bytes: Buffer.byteLength(json),
      gzip_bytes: gzipSync(json, { level: 9 }).length,
    });
  }
  const index: CorpusIndex = { documents: entries };
  files.set('index.json', `${JSON.stringify(index, null, 1)}\n`);
  return { documents, files, index };
}

function assertTraceable(source: string, block: PlanBlock, lines: string[]): void {
  const index = untraceableCharacter(block, lines);
  if (index !== -1) {
    throw new CorpusError(
      source,
      block.lines[0],
      `block ${block.id}: character ${index} of its text is not in lines ${block.lines.join('–')}`,
    );
  }
}

/** One block per line so diffs of a rebuild stay readable; key order is fixed by construction. */
export function serializeDocument(document: PlanDocument): string {
  const { blocks, ...head } = document;
  const headJson = JSON.stringify(head);
  const blockLines = blocks.map((block) => JSON.stringify(orderBlock(block)));
  return `${headJson.slice(0, -1)},"blocks":[\n${blockLines.join(',\n')}\n]}\n`;
}

function orderBlock(block: PlanBlock): PlanBlock {
  return {
    id: block.id,
    kind: block.kind,
    ...(block.title === undefined ? {} : { title: block.title }),
    ...(block.lead === undefined ? {} : { lead: block.lead }),
    text: block.text,
    lines: block.lines,
    parent: block.parent,
  };
}
