import type { MultiPolygon, Polygon } from 'geojson';
import { useEffect, useMemo, useRef, useState } from 'react';
import { getFeature } from '../../data/feature-index';
import { saveText } from '../../data/save-file';
import { useText } from '../../i18n/use-text';
import { type Citation, citationsToCsv, citationsToText } from '../../linking/client/citations';
import { type LinksData, loadPlanTexts } from '../../linking/client/links-data';
import { type DocumentPassages, type Passage, passagesAbout } from '../../linking/client/passages';
import { setAreaOutline } from '../../map/map-commands';
import { addNotice, DRAWN_AREA, openPassage, select, showArea, useAtlas } from '../../state/store';
import { MentionSentence, sentenceText } from './mention-sentence';
import { useBesidePanelClass } from './plan-legend';
import { DOC_SHORT_NAMES } from './status-labels';
import { useLinksData, usePlanTexts } from './use-links-data';

const FIRST_PASSAGES = 8;

type AreaGeometry = Polygon | MultiPolygon;

function isAreaGeometry(geometry: { type: string } | undefined): geometry is AreaGeometry {
  return geometry?.type === 'Polygon' || geometry?.type === 'MultiPolygon';
}

function nameOf(id: string, language: 'zh' | 'en'): string {
  const properties = getFeature(id)?.properties;
  const name = properties?.[language === 'en' ? 'name_en' : 'name_zh'] ?? properties?.name_zh;
  return typeof name === 'string' ? name : id;
}

/** The polygon being asked about: a drawn one, or the zone/prefecture's own geometry once it is indexed. */
function useAreaGeometry(): AreaGeometry | null {
  const area = useAtlas((state) => state.area);
  const drawn = useAtlas((state) => state.drawnArea);
  // Re-read the feature whenever load states change: the area may be on a layer still being indexed.
  useAtlas((state) => state.loadStates);
  const feature = area && area !== DRAWN_AREA ? getFeature(area) : undefined;
  return useMemo(() => {
    if (area === DRAWN_AREA) {
      if (!drawn || drawn.length < 3) return null;
      const first = drawn[0] as [number, number];
      return { type: 'Polygon', coordinates: [[...drawn, first]] };
    }
    return isAreaGeometry(feature?.geometry) ? (feature?.geometry as AreaGeometry) : null;
  }, [area, drawn, feature]);
}

/** Outline of the area on the map while its passages are listed (the drawing mode draws its own). */
export function AreaOutlineSync() {
  const geometry = useAreaGeometry();
  const drawing = useAtlas((state) => state.drawing);
  const mapState = useAtlas((state) => state.loadStates.map);
  useEffect(() => {
    if (!drawing && mapState === 'ready') setAreaOutline(geometry);
  }, [geometry, drawing, mapState]);
  return null;
}

/** Linked features inside the area (turf, loaded with its module only when an area is asked about). */
function useFeaturesInside(
  data: LinksData | null,
  geometry: AreaGeometry | null,
): { ids: string[] | null; error: string | null } {
  const [inside, setInside] = useState<{ geometry: AreaGeometry; ids: string[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const loadStates = useAtlas((state) => state.loadStates);
  const layers = useMemo(() => [...new Set(data?.links.map((l) => l.layer) ?? [])], [data]);
  const indexed = layers.every((layer) => {
    const state = loadStates[`index:${layer}`];
    return state === 'ready' || state === 'error';
  });
  useEffect(() => {
    if (!data || !geometry || !indexed) return;
    let live = true;
    import('../../linking/client/area').then(
      ({ featuresInArea }) => {
        const candidates = data.lookup.features().flatMap((id) => {
          const feature = getFeature(id);
          return feature ? [{ id, geometry: feature.geometry }] : [];
        });
        const ids = featuresInArea(geometry, candidates);
        if (live) setInside({ geometry, ids });
      },
      // A stale page after a redeploy cannot fetch the chunk: say so rather than spin forever.
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [data, geometry, indexed]);
  return { ids: inside && inside.geometry === geometry ? inside.ids : null, error };
}

/** A shared link may name an area that does not exist or is not an area: drop it with a notice once indexed. */
function useRejectUnknownArea(area: string | null, geometry: AreaGeometry | null): void {
  const { t } = useText();
  const indexed = useAtlas(
    (state) =>
      state.loadStates['index:zones'] === 'ready' && state.loadStates['index:prefectures'] === 'ready',
  );
  const allSettled = useAtlas((state) =>
    Object.entries(state.loadStates).every(
      ([key, value]) => !key.startsWith('index:') || value !== 'loading',
    ),
  );
  useEffect(() => {
    if (!area || area === DRAWN_AREA || geometry || !indexed || !allSettled) return;
    addNotice(t('unknownFeature', { value: area }));
    showArea(null);
  }, [area, geometry, indexed, allSettled, t]);
}

/** Area → passages: every passage about a feature inside the chosen or drawn area, grouped by plan. */
export function AreaPassages() {
  const { t, language } = useText();
  const area = useAtlas((state) => state.area);
  // Beside the layer panel, not over it, when that panel is open on a wide screen.
  const beside = useBesidePanelClass();
  const withLegend = useAtlas((state) => state.plan !== null || state.changed !== null);
  const { data, error } = useLinksData(area !== null);
  const geometry = useAreaGeometry();
  useRejectUnknownArea(area, geometry);
  const { ids: inside, error: areaError } = useFeaturesInside(data, geometry);
  const heading = useRef<HTMLHeadingElement>(null);
  const groups = useMemo(
    () => (data && inside ? passagesAbout(data.links, new Set(inside), data.documents) : []),
    [data, inside],
  );
  const texts = usePlanTexts(
    data,
    groups.map((g) => g.doc),
  );

  useEffect(() => {
    if (area) heading.current?.focus();
  }, [area]);

  if (!area) return null;
  const name = area === DRAWN_AREA ? t('areaDrawn') : nameOf(area, language);
  const passages = groups.reduce((n, g) => n + g.passages.length, 0);

  const exportAs = async (format: 'text' | 'csv') => {
    if (!data) return;
    const citations: Citation[] = [];
    for (const group of groups) {
      const document = data.documentById.get(group.doc);
      const blocks = document ? await loadPlanTexts(document).catch(() => undefined) : undefined;
      for (const passage of group.passages) {
        const first = passage.links[0];
        if (!first) continue;
        citations.push({
          doc: group.doc,
          docTitle: document ? (language === 'en' ? document.titleEn : document.titleZh) : group.doc,
          date: group.date,
          block: passage.block,
          line: passage.line,
          features: passage.features.map((id) => nameOf(id, language)),
          sentence: sentenceText(blocks?.get(passage.block), first.start, first.end, first.surface),
        });
      }
    }
    const title = t('areaHeading', { name });
    const base = `passages-${area === DRAWN_AREA ? 'drawn-area' : area}`;
    if (format === 'text') saveText(`${base}.txt`, citationsToText(citations, title), 'text/plain');
    else saveText(`${base}.csv`, citationsToCsv(citations), 'text/csv');
  };

  return (
    <section
      className={`area-passages${beside}${withLegend ? ' with-legend' : ''}`}
      aria-labelledby="area-title"
      data-testid="area-passages"
    >
      <header>
        <h2 id="area-title" ref={heading} tabIndex={-1}>
          {t('areaHeading', { name })}
        </h2>
        <button
          type="button"
          className="icon-button close"
          onClick={() => showArea(null)}
          aria-label={t('areaClose')}
        >
          ×
        </button>
      </header>
      {(error || areaError) && (
        <p className="warning">{t('mentionsError', { message: error ?? areaError ?? '' })}</p>
      )}
      {!error && (!data || !geometry) && <p className="hint">{t('areaWaiting')}</p>}
      {data && geometry && !inside && <p className="hint">{t('areaComputing')}</p>}
      {inside && (
        <p className="hint" data-testid="area-summary">
          {t('areaSummary', { features: inside.length, passages, docs: groups.length })}
        </p>
      )}
      {inside && groups.length === 0 && <p className="hint">{t('areaNone')}</p>}
      {groups.length > 0 && (
        <div className="tools-row">
          <button type="button" className="text-button" onClick={() => void exportAs('text')}>
            {t('exportText')}
          </button>
          <button type="button" className="text-button" onClick={() => void exportAs('csv')}>
            {t('exportCsv')}
          </button>
        </div>
      )}
      {data &&
        groups.map((group) => (
          <AreaDocument key={group.doc} group={group} data={data} texts={texts.get(group.doc)} />
        ))}
    </section>
  );
}

function AreaDocument({
  group,
  data,
  texts,
}: {
  group: DocumentPassages;
  data: LinksData;
  texts: Map<string, string> | undefined;
}) {
  const { t, pick, language } = useText();
  const [showAll, setShowAll] = useState(false);
  const document = data.documentById.get(group.doc);
  const short = DOC_SHORT_NAMES[group.doc];
  const title = document ? (language === 'en' ? document.titleEn : document.titleZh) : group.doc;
  const shown = showAll ? group.passages : group.passages.slice(0, FIRST_PASSAGES);
  return (
    <section className="area-document" data-doc={group.doc}>
      <h3 title={title}>
        {short ? pick(short) : title} <span className="doc-date">({group.date ?? t('undated')})</span> ·{' '}
        {t('areaPassages', { n: group.passages.length })}
      </h3>
      <ol className="mention-list">
        {shown.map((passage) => (
          <AreaPassageItem
            key={passage.block}
            passage={passage}
            text={texts?.get(passage.block)}
            title={title}
          />
        ))}
      </ol>
      {group.passages.length > shown.length && (
        <button type="button" className="text-button" onClick={() => setShowAll(true)}>
          {t('mentionsMore', { n: group.passages.length })}
        </button>
      )}
    </section>
  );
}

function AreaPassageItem({
  passage,
  text,
  title,
}: {
  passage: Passage;
  text: string | undefined;
  title: string;
}) {
  const { t, language } = useText();
  const first = passage.links[0];
  if (!first) return null;
  return (
    <li className="mention" data-block={passage.block}>
      <MentionSentence text={text} spans={passage.links} fallback={first.surface} />
      <div className="mention-meta">
        {passage.features.map((id) => (
          <button key={id} type="button" className="feature-chip" onClick={() => select(id)}>
            {nameOf(id, language)}
          </button>
        ))}
        <button
          type="button"
          className="link-button mention-jump"
          onClick={() => openPassage(passage.block)}
          aria-label={t('mentionsJumpLabel', { doc: title })}
        >
          {t('mentionsJump')} →
        </button>
      </div>
    </li>
  );
}
