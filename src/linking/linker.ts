/**
 * The linker: clean corpus blocks in, `Link[]` out. Pure: the caller supplies the plans, the raw source lines and
 * the prepared matcher/status reader; nothing here reads files.
 */
import type { PlanBlock } from '../data/schema.ts';
import { createLineLocator, rawStream } from './line-map.ts';
import { findMentions, type Matcher } from './matcher.ts';
import { readStatus, type StatusReader } from './status.ts';
import type { FormSource, Link, Mention } from './types.ts';

export interface PlanInput {
  id: string;
  /** seeds/ path; the key of `sourceLines`. */
  source: string;
  blocks: PlanBlock[];
}

export type Confidence = Record<FormSource | 'ambiguous', number>;

export interface LinkerContext {
  matcher: Matcher;
  status: StatusReader;
  confidence: Confidence;
  /** Source file lines (split on \n) by seeds path. */
  sourceLines: Map<string, string[]>;
  layerOf: (featureId: string) => string;
}

/** Heading-like blocks carry only their heading as text, but their line range spans their children. */
const CONTAINER_KINDS = new Set(['part', 'chapter', 'section', 'box']);

export interface BlockMentions {
  doc: string;
  block: PlanBlock;
  mentions: Mention[];
}

export function linkBlock(
  context: LinkerContext,
  plan: PlanInput,
  block: PlanBlock,
): { links: Link[]; mentions: Mention[] } {
  const mentions = findMentions(context.matcher, block.text);
  if (mentions.length === 0) return { links: [], mentions };
  const lines = context.sourceLines.get(plan.source) ?? [];
  const [first, last] = block.lines;
  const rawLast = CONTAINER_KINDS.has(block.kind) ? Math.min(last, first + 2) : last;
  const locate = createLineLocator(block.text, rawStream(lines, first, rawLast), [first, rawLast]);
  const names: [number, number][] = mentions.map((m) => [m.start, m.end]);
  const links: Link[] = [];
  for (const mention of mentions) {
    const status_class = readStatus(context.status, block.text, mention.start, mention.end, names);
    const line = locate(mention.start, mention.surface);
    const confidence = mention.ambiguous ? context.confidence.ambiguous : context.confidence[mention.source];
    for (const feature of mention.features) {
      links.push({
        feature,
        layer: context.layerOf(feature),
        doc: plan.id,
        block: block.id,
        start: mention.start,
        end: mention.end,
        surface: mention.surface,
        line,
        status_class,
        confidence,
      });
    }
  }
  return { links, mentions };
}

/** Deterministic order: document id, block order in its document, start, end, feature id. */
export function linkCorpus(context: LinkerContext, plans: PlanInput[]): Link[] {
  const links: Link[] = [];
  const orderedPlans = [...plans].sort((a, b) => a.id.localeCompare(b.id));
  for (const plan of orderedPlans) {
    const perPlan: { order: number; link: Link }[] = [];
    plan.blocks.forEach((block, order) => {
      for (const link of linkBlock(context, plan, block).links) perPlan.push({ order, link });
    });
    perPlan.sort(
      (a, b) =>
        a.order - b.order ||
        a.link.start - b.link.start ||
        a.link.end - b.link.end ||
        a.link.feature.localeCompare(b.link.feature),
    );
    for (const { link } of perPlan) links.push(link);
  }
  return links;
}
