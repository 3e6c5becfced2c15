import { createContext, type ReactNode, useContext, useMemo } from 'react';
import { getFeature } from '../../data/feature-index';
import { useText } from '../../i18n/use-text';
import type { LinkLookup } from '../../linking/lookup';
import type { Link } from '../../linking/types';
import { fitToFeatures, flyToFeature } from '../../map/map-commands';
import { type MentionSpan, nonOverlappingMentions, splitAtMentions } from '../../reader/mention-spans';
import {
  atlasStore,
  select,
  setLayerVisible,
  setPanelOpen,
  setReaderMode,
  useAtlas,
} from '../../state/store';

/** The link lookup, once links.json has arrived (null before: the text renders plain meanwhile). */
export const LinksContext = createContext<LinkLookup | null>(null);

/** The non-overlapping links of one block, in reading order; [] while links.json loads. */
export function useBlockMentions(blockId: string): Link[] {
  const lookup = useContext(LinksContext);
  return useMemo(() => {
    if (!lookup) return [];
    return nonOverlappingMentions(lookup.linksOf(blockId.split('/')[0] ?? '', blockId));
  }, [lookup, blockId]);
}

/** The feature's name in the UI language; `fallback` (the surface form) while its layer has not loaded. */
export function featureLabel(id: string, language: 'zh' | 'en', fallback = id): string {
  const properties = getFeature(id)?.properties;
  const name = properties?.[language === 'en' ? 'name_en' : 'name_zh'] ?? properties?.name_zh;
  return typeof name === 'string' && name !== '' ? name : fallback;
}

/**
 * Retries a map command until the features' layers have loaded (a layer just turned on is fetched first),
 * giving up after a few seconds.
 */
function whenLoaded(command: () => boolean, tries = 30): void {
  if (command() || tries <= 0) return;
  window.setTimeout(() => whenLoaded(command, tries - 1), 200);
}

/** Makes the map visible on a phone (or under the full-page reader), so a fly-to is seen. */
function revealMap(): void {
  if (atlasStore.getState().readerMode === 'full') setReaderMode('panel');
  if (window.matchMedia('(max-width: 640px)').matches) setPanelOpen(false);
}

/** A mention or chip was activated: its layer on, the feature selected, the map flown to it. */
export function showFeatureOnMap(feature: string, layer: string): void {
  setLayerVisible(layer, true);
  select(feature);
  revealMap();
  whenLoaded(() => flyToFeature(feature));
}

/** Several features at once: their layers on, the map fitted to all of them. */
export function showFeaturesOnMap(features: readonly { feature: string; layer: string }[]): void {
  for (const layer of new Set(features.map((f) => f.layer))) setLayerVisible(layer, true);
  revealMap();
  const ids = features.map((f) => f.feature);
  whenLoaded(() => fitToFeatures(ids));
}

/** A run of passage text with its linked mentions as buttons; `offset` is where the run starts in the block. */
export function LinkedRun({
  text,
  offset,
  mentions,
}: {
  text: string;
  offset: number;
  mentions: readonly Link[];
}): ReactNode {
  const { language } = useText();
  // Names come from the layers: re-render when one loads.
  useAtlas((state) => state.loadStates);
  if (mentions.length === 0) return text;
  return splitAtMentions<Link>(text, offset, mentions).map((piece) =>
    piece.mention ? (
      <MentionButton
        key={`${piece.mention.start}-${piece.mention.feature}`}
        mention={piece.mention}
        text={piece.text}
        title={featureLabel(piece.mention.feature, language, piece.mention.surface)}
      />
    ) : (
      piece.text
    ),
  );
}

function MentionButton({ mention, text, title }: { mention: MentionSpan; text: string; title: string }) {
  return (
    <button
      type="button"
      className="reader-mention"
      title={title}
      data-feature={mention.feature}
      onClick={() => showFeatureOnMap(mention.feature, mention.layer)}
    >
      {text}
    </button>
  );
}
