import '../../mentions.css';
import { useState } from 'react';
import { getFeature } from '../../data/feature-index';
import { useText } from '../../i18n/use-text';
import type { LinksData } from '../../linking/client/links-data';
import { statusTimeline } from '../../linking/client/timeline';
import type { DocumentMentions } from '../../linking/lookup';
import type { Link } from '../../linking/types';
import { openPassage, showArea } from '../../state/store';
import { MentionSentence } from './mention-sentence';
import { StatusChip } from './status-chip';
import { AREA_LAYERS, DOC_SHORT_NAMES } from './status-labels';
import { useLinksData, usePlanTexts } from './use-links-data';

/** Mentions shown per document before "show all": a prefecture like 成都市 has hundreds. */
const FIRST_MENTIONS = 5;

/**
 * Map → text: every mention of the selected feature, grouped by plan in date order, with its sentence, the
 * surface form marked, the status the sentence commits it to, and a jump to the passage in the reader.
 */
export function FeatureMentions({ featureId }: { featureId: string }) {
  const { t } = useText();
  const { data, error } = useLinksData();
  const feature = getFeature(featureId);
  const isArea = feature ? AREA_LAYERS.has(feature.layer) : false;

  return (
    <section className="feature-mentions" aria-labelledby="mentions-title" data-testid="feature-mentions">
      <h3 id="mentions-title">{t('mentionsHeading')}</h3>
      {isArea && (
        <button type="button" className="text-button area-ask" onClick={() => showArea(featureId)}>
          {t('areaAsk')}
        </button>
      )}
      {error && <p className="warning">{t('mentionsError', { message: error })}</p>}
      {!data && !error && <p className="hint">{t('mentionsLoading')}</p>}
      {data && <MentionGroups data={data} featureId={featureId} />}
    </section>
  );
}

function MentionGroups({ data, featureId }: { data: LinksData; featureId: string }) {
  const { t } = useText();
  const groups = data.lookup.mentionsOf(featureId);
  const texts = usePlanTexts(
    data,
    groups.map((g) => g.doc),
  );
  if (groups.length === 0) return <p className="hint">{t('mentionsNone')}</p>;
  const total = groups.reduce((n, g) => n + g.links.length, 0);
  return (
    <>
      <p className="hint">{t('mentionsCount', { n: total, docs: groups.length })}</p>
      <StatusTimeline groups={groups} data={data} />
      {groups.map((group) => (
        <DocumentGroup key={group.doc} group={group} data={data} texts={texts.get(group.doc)} />
      ))}
    </>
  );
}

function docYear(date: string | null, undated: string): string {
  return date ? date.slice(0, 4) : undated;
}

/** One chip per plan, date order: how the feature's status moves from plan to plan. */
export function StatusTimeline({ groups, data }: { groups: readonly DocumentMentions[]; data: LinksData }) {
  const { t, pick, language } = useText();
  return (
    <section className="status-timeline" aria-label={t('timelineHeading')}>
      <h4>{t('timelineHeading')}</h4>
      <ol>
        {statusTimeline(groups).map((entry) => {
          const document = data.documentById.get(entry.doc);
          const short = DOC_SHORT_NAMES[entry.doc];
          const title = document ? (language === 'en' ? document.titleEn : document.titleZh) : entry.doc;
          return (
            <li key={entry.doc} title={title} data-doc={entry.doc}>
              <span className="timeline-doc">
                <span className="timeline-year">{docYear(entry.date, t('undated'))}</span>{' '}
                {short ? pick(short) : entry.doc}
              </span>
              <StatusChip status={entry.status} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}

interface SentenceItem {
  block: string;
  links: Link[];
}

/** Mentions in the same sentence are one item with several marks, not the same sentence twice. */
function sentenceItems(links: readonly Link[], text: Map<string, string> | undefined): SentenceItem[] {
  const items: SentenceItem[] = [];
  for (const link of links) {
    const last = items[items.length - 1];
    const blockText = text?.get(link.block);
    const sameSentence =
      last?.block === link.block &&
      blockText !== undefined &&
      !/[。！？；\n]/.test(blockText.slice(last.links[last.links.length - 1]?.end ?? 0, link.start));
    if (last && sameSentence) last.links.push(link);
    else items.push({ block: link.block, links: [link] });
  }
  return items;
}

function DocumentGroup({
  group,
  data,
  texts,
}: {
  group: DocumentMentions;
  data: LinksData;
  texts: Map<string, string> | undefined;
}) {
  const { t, language } = useText();
  const [showAll, setShowAll] = useState(false);
  const document = data.documentById.get(group.doc);
  const title = document ? (language === 'en' ? document.titleEn : document.titleZh) : group.doc;
  const items = sentenceItems(group.links, texts);
  const shown = showAll ? items : items.slice(0, FIRST_MENTIONS);
  return (
    <section className="mention-document" data-doc={group.doc}>
      <h4>
        {title} <span className="doc-date">({group.date ?? t('undated')})</span>
      </h4>
      <ol className="mention-list">
        {shown.map((item) => {
          const first = item.links[0] as Link;
          const statuses = [...new Set(item.links.map((l) => l.status_class))];
          return (
            <li key={`${item.block}:${first.start}`} className="mention" data-block={item.block}>
              <MentionSentence text={texts?.get(item.block)} spans={item.links} fallback={first.surface} />
              <div className="mention-meta">
                {statuses.map((status) => (
                  <StatusChip key={status} status={status} />
                ))}
                <span className="mention-line">{t('mentionsLine', { line: first.line })}</span>
                <button
                  type="button"
                  className="link-button mention-jump"
                  onClick={() => openPassage(item.block)}
                  aria-label={t('mentionsJumpLabel', { doc: title })}
                >
                  {t('mentionsJump')} →
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      {items.length > shown.length && (
        <button type="button" className="text-button" onClick={() => setShowAll(true)}>
          {t('mentionsMore', { n: items.length })}
        </button>
      )}
    </section>
  );
}
