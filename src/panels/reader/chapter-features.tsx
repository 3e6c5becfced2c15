import { useMemo, useSyncExternalStore } from 'react';
import type { PlanBlock } from '../../data/schema';
import { useText } from '../../i18n/use-text';
import { layerById } from '../../layers';
import type { LinksData } from '../../linking/client/links-data';
import type { LinkLookup } from '../../linking/lookup';
import { setFeatureTints } from '../../map/map-commands';
import { ancestorsOf, type DocumentStructure, headingLabel } from '../../reader/document-structure';
import { atlasStore, useAtlas } from '../../state/store';
import { planTintsFor } from '../mentions/plan-colouring';
import { useLinksData } from '../mentions/use-links-data';
import { featureLabel, showFeatureOnMap, showFeaturesOnMap, useBlockMentions } from './linked-text';

/** The one colour chapter features are tinted with until the user clears it. */
export const CHAPTER_TINT = '#e8590c';

interface FeatureRef {
  feature: string;
  layer: string;
}

/** Distinct features of a block's links, in reading order, with their layers. */
function featuresOfBlock(lookup: LinkLookup, blockId: string): FeatureRef[] {
  const seen = new Map<string, string>();
  for (const link of lookup.linksOf(blockId.split('/')[0] ?? '', blockId))
    if (!seen.has(link.feature)) seen.set(link.feature, link.layer);
  return [...seen].map(([feature, layer]) => ({ feature, layer }));
}

/** The chapter holding a block (its nearest 章 ancestor, else its outermost container, else itself). */
export function chapterOf(structure: DocumentStructure, blockId: string): PlanBlock | null {
  const ancestors = ancestorsOf(structure, blockId);
  return (
    ancestors.findLast((block) => block.kind === 'chapter') ??
    ancestors[0] ??
    structure.byId.get(blockId) ??
    null
  );
}

/** Every linked feature in a block and all blocks under it, in reading order. */
export function chapterFeatures(
  lookup: LinkLookup,
  structure: DocumentStructure,
  rootId: string,
): FeatureRef[] {
  const found = new Map<string, FeatureRef>();
  const visit = (id: string) => {
    for (const ref of featuresOfBlock(lookup, id)) if (!found.has(ref.feature)) found.set(ref.feature, ref);
    for (const child of structure.children.get(id) ?? []) visit(child.id);
  };
  visit(rootId);
  return [...found.values()];
}

// The chapter whose features are tinted; outside React state so it survives switching reader layouts.
let tinted: { chapter: string; count: number } | null = null;
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

function setTinted(next: typeof tinted, features: readonly FeatureRef[], data: LinksData | null): void {
  tinted = next;
  for (const listener of listeners) listener();
  // Cleared: back to the status-by-plan colouring if one is chosen, else no tint.
  const { plan, changed } = atlasStore.getState();
  const tints = next
    ? new Map(features.map((f) => [f.feature, { layer: f.layer, colour: CHAPTER_TINT }]))
    : data && (plan || changed)
      ? planTintsFor(data, plan, changed)
      : null;
  const send = (tries: number) => {
    if (!setFeatureTints(tints) && tries > 0 && tinted === next)
      window.setTimeout(() => send(tries - 1), 300);
  };
  send(20);
}

/** Toolbar buttons: put every feature of the open passage's chapter on the map, and clear that again. */
export function ChapterFeaturesButtons({
  structure,
  openId,
}: {
  structure: DocumentStructure;
  openId: string;
}) {
  const { t } = useText();
  const { data } = useLinksData();
  const current = useSyncExternalStore(subscribe, () => tinted);
  const chapter = chapterOf(structure, openId);
  const features = useMemo(
    () => (data && chapter ? chapterFeatures(data.lookup, structure, chapter.id) : []),
    [data, structure, chapter],
  );
  return (
    <>
      <button
        type="button"
        className="reader-button"
        disabled={features.length === 0}
        title={chapter ? t('readerChapterFeaturesOf', { chapter: headingLabel(chapter) }) : undefined}
        onClick={() => {
          if (!chapter) return;
          setTinted({ chapter: chapter.id, count: features.length }, features, data);
          showFeaturesOnMap(features);
        }}
        data-testid="chapter-features"
      >
        {t('readerChapterFeatures', { n: features.length })}
      </button>
      {current && (
        <button
          type="button"
          className="reader-button"
          onClick={() => setTinted(null, [], data)}
          data-testid="chapter-features-clear"
        >
          {t('readerChapterFeaturesClear')}
        </button>
      )}
    </>
  );
}

/** Under the open passage: its linked features as chips (name · layer), each showing the feature on the map. */
export function PassageFeatures({ block }: { block: PlanBlock }) {
  const { t, pick, language } = useText();
  const mentions = useBlockMentions(block.id);
  useAtlas((state) => state.loadStates);
  const features = useMemo(() => {
    const seen = new Map<string, FeatureRef & { surface: string }>();
    for (const link of mentions)
      if (!seen.has(link.feature))
        seen.set(link.feature, { feature: link.feature, layer: link.layer, surface: link.surface });
    return [...seen.values()];
  }, [mentions]);
  if (features.length === 0) return null;
  return (
    <ul
      className="reader-feature-chips"
      aria-label={t('readerPassageFeatures')}
      data-testid="passage-features"
    >
      {features.map(({ feature, layer, surface }) => {
        const layerInfo = layerById(layer);
        return (
          <li key={feature}>
            <button
              type="button"
              className="reader-feature-chip"
              onClick={(event) => {
                event.stopPropagation();
                showFeatureOnMap(feature, layer);
              }}
              data-feature={feature}
            >
              {featureLabel(feature, language, surface)}
              <span className="reader-feature-layer">{layerInfo ? pick(layerInfo.title) : layer}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
