import { type MouseEvent, useEffect, useMemo, useRef } from 'react';
import type { PlanDocument } from '../../corpus/types';
import type { PlanBlock } from '../../data/schema';
import { useText } from '../../i18n/use-text';
import { type DocumentStructure, headingLabel, PASSAGE_KINDS } from '../../reader/document-structure';
import { paragraphRuns } from '../../reader/paragraph-runs';
import {
  type GapMarker,
  gapMarkersByBlock,
  type RemovedMarker,
  removedMarkersByBlock,
} from '../../reader/source-gaps';
import { openPassage } from '../../state/store';
import { useLinksData } from '../mentions/use-links-data';
import { PassageFeatures } from './chapter-features';
import { LinkedRun, LinksContext, useBlockMentions } from './linked-text';
import { markOpenedFromText, takeOpenedFromText, takePassageFocusRequest } from './reader-focus';

interface Marks {
  gaps: Map<string, GapMarker[]>;
  removed: Map<string, RemovedMarker[]>;
}

interface BlockProps {
  block: PlanBlock;
  structure: DocumentStructure;
  marks: Marks;
  openId: string | null;
}

/**
 * The document body, nested as the plan is (篇 > 章 > 节 > 专栏 > 段). Every block carries its id, so a permalink
 * can find it; the open passage is marked, scrolled to and (when asked) focused. All text is rendered as React text
 * nodes: nothing from the data reaches innerHTML.
 */
export function DocumentText({
  document,
  structure,
  openId,
}: {
  document: PlanDocument;
  structure: DocumentStructure;
  openId: string | null;
}) {
  const container = useRef<HTMLDivElement>(null);
  const marks = useMemo(
    () => ({
      gaps: gapMarkersByBlock(document.blocks, document.gaps),
      removed: removedMarkersByBlock(document.blocks, document.removed),
    }),
    [document],
  );

  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const fromText = takeOpenedFromText();
    const focus = takePassageFocusRequest();
    const target = openId ? root.querySelector<HTMLElement>(`[data-block-id="${CSS.escape(openId)}"]`) : null;
    if (!target) {
      // A document opened at its start: show its top, not wherever the previous document was scrolled to.
      if (!fromText) scrollingAncestor(root)?.scrollTo({ top: 0 });
      return;
    }
    if (!fromText) target.scrollIntoView({ block: target.matches('.reader-passage') ? 'center' : 'start' });
    if (focus) target.focus({ preventScroll: true });
  }, [openId]);

  // links.json is fetched now that the reader shows text; until it arrives the text renders plain.
  const { data: links } = useLinksData();
  const topLevel = structure.children.get(null) ?? [];
  return (
    <LinksContext.Provider value={links?.lookup ?? null}>
      <div className="reader-text" lang="zh-Hans" ref={container}>
        <h2 className="reader-document-title">{document.title_zh}</h2>
        <GapNotes markers={marks.gaps.get('') ?? []} />
        {topLevel.map((block) => (
          <Block key={block.id} block={block} structure={structure} marks={marks} openId={openId} />
        ))}
      </div>
    </LinksContext.Provider>
  );
}

function scrollingAncestor(element: HTMLElement): HTMLElement | null {
  for (let current = element.parentElement; current; current = current.parentElement) {
    const overflow = getComputedStyle(current).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && current.scrollHeight > current.clientHeight)
      return current;
  }
  return null;
}

function onPassageClick(event: MouseEvent<HTMLElement>, id: string) {
  // Selecting text to copy it is not a request to move the permalink.
  const selection = window.getSelection();
  if (selection && !selection.isCollapsed && selection.toString().trim() !== '') return;
  event.stopPropagation();
  markOpenedFromText();
  openPassage(id);
}

function Block({ block, structure, marks, openId }: BlockProps) {
  const children = structure.children.get(block.id) ?? [];
  const isOpen = block.id === openId;
  const common = {
    'data-block-id': block.id,
    'aria-current': isOpen ? ('true' as const) : undefined,
    tabIndex: isOpen ? 0 : -1,
  };
  const nested = children.map((child) => (
    <Block key={child.id} block={child} structure={structure} marks={marks} openId={openId} />
  ));
  if (PASSAGE_KINDS.includes(block.kind)) {
    return (
      // biome-ignore lint/a11y/noStaticElementInteractions: a passage is text first; the click only sets the permalink, and keyboard users reach passages by prev/next, the outline and search.
      <div
        {...common}
        className={`reader-passage reader-${block.kind}${isOpen ? ' is-open' : ''}`}
        onClick={(event) => onPassageClick(event, block.id)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && event.target === event.currentTarget) openPassage(block.id);
        }}
      >
        <PassageBody block={block} marks={marks} />
        {isOpen && <PassageFeatures block={block} />}
        {isOpen && <PassageAddress block={block} />}
        {nested}
      </div>
    );
  }
  const heading = <Heading block={block} common={common} isOpen={isOpen} />;
  if (block.kind === 'box') {
    return (
      <section className={`reader-box${isOpen ? ' is-open' : ''}`} aria-label={block.text}>
        {heading}
        {nested}
      </section>
    );
  }
  return (
    <section className={`reader-${block.kind}-section`}>
      {heading}
      {nested}
    </section>
  );
}

const HEADING_TAGS = { part: 'h3', chapter: 'h4', item: 'h4', section: 'h5', box: 'p' } as const;

function Heading({
  block,
  common,
  isOpen,
}: {
  block: PlanBlock;
  common: Record<string, unknown>;
  isOpen: boolean;
}) {
  const Tag = HEADING_TAGS[block.kind as keyof typeof HEADING_TAGS] ?? 'p';
  return (
    <Tag
      {...common}
      className={`reader-heading reader-heading-${block.kind}${isOpen ? ' is-open' : ''}`}
      onClick={(event: MouseEvent<HTMLElement>) => onPassageClick(event, block.id)}
    >
      {headingLabel(block)}
    </Tag>
  );
}

function PassageBody({ block, marks }: { block: PlanBlock; marks: Marks }) {
  const { t } = useText();
  const gaps = marks.gaps.get(block.id) ?? [];
  const removed = marks.removed.get(block.id) ?? [];
  const mentions = useBlockMentions(block.id);
  if (block.kind === 'table') return <PlanTable block={block} />;
  if (block.kind === 'figure') {
    return (
      <figure className="reader-figure-box">
        <figcaption>{block.text}</figcaption>
        <p className="reader-figure-note">{t('readerFigureNote')}</p>
      </figure>
    );
  }
  let runOffset = 0;
  return (
    <>
      <p className="reader-paragraph-text">
        {block.title && <strong className="reader-item-title">{block.title}</strong>}
        {paragraphRuns(block.text, block.lead, gaps).map((run, index) => {
          const key = `${run.kind}-${index}`;
          // Where this run starts in the block's text (gap markers take no characters).
          const offset = runOffset;
          if (run.kind !== 'gap') runOffset += run.text.length;
          if (run.kind === 'lead')
            return (
              <strong key={key} className="reader-lead">
                <LinkedRun text={run.text} offset={offset} mentions={mentions} />
              </strong>
            );
          if (run.kind === 'text')
            return (
              <span key={key}>
                <LinkedRun text={run.text} offset={offset} mentions={mentions} />
              </span>
            );
          return (
            <span key={key} className="reader-gap" title={run.marker.note}>
              〔{t('readerGap')}〕
            </span>
          );
        })}
      </p>
      <GapNotes markers={gaps} />
      {removed.map((marker) => (
        <p key={`${marker.lines[0]}-${marker.duplicateOf}`} className="reader-source-note">
          {t('readerRemoved', { line: marker.duplicateOf })}
        </p>
      ))}
    </>
  );
}

/** The parser's own words on what was lost (English), under the marker in the text. */
function GapNotes({ markers }: { markers: GapMarker[] }) {
  const { t } = useText();
  return markers.map((marker) => (
    <p key={`${marker.lines[0]}-${marker.offset}`} className="reader-source-note reader-gap-note" role="note">
      <strong>{t('readerGap')}</strong> ({sourceLines(marker.lines, t)}): <span lang="en">{marker.note}</span>
    </p>
  ));
}

function PlanTable({ block }: { block: PlanBlock }) {
  const rows = block.text.split('\n').map((row) => row.split('\t'));
  const [head, ...body] = rows;
  return (
    <div className="reader-table-scroll">
      <table className="reader-table">
        {head && (
          <thead>
            <tr>
              {head.map((cell, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells have no identity but their column.
                <th key={index} scope="col">
                  {cell}
                </th>
              ))}
            </tr>
          </thead>
        )}
        <tbody>
          {body.map((row, rowIndex) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their position.
            <tr key={rowIndex}>
              {row.map((cell, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells have no identity but their column.
                <td key={index}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function sourceLines([first, last]: [number, number], t: ReturnType<typeof useText>['t']): string {
  return first === last ? t('readerSourceLine', { line: first }) : t('readerSourceLines', { first, last });
}

/** Under the open passage: its id (the permalink) and where it is in the source file. */
function PassageAddress({ block }: { block: PlanBlock }) {
  const { t } = useText();
  return (
    <p className="reader-address">
      <code>{block.id}</code> · {sourceLines(block.lines, t)}
    </p>
  );
}
