import { useText } from '../i18n/use-text';
import { layerById } from '../layers';
import { SLIDE_COLOURS } from '../map/slide-colours';
import { LegendEntries, LegendSwatch } from '../panels/legend-swatch';
import type { StorySlide } from './story-schema';

/** The legend of the slide's own layers (from the same category tables as the map), and of its highlights and flows. */
export function SlideLegend({ slide }: { slide: StorySlide }) {
  const { t, pick, language } = useText();
  // Top of the drawing order first, as in the layer panel.
  const layers = [...slide.layers]
    .reverse()
    .map((id) => layerById(id))
    .filter((layer) => layer !== undefined);
  const hasTrail = slide.flows?.some((flow) => flow.kind === 'trail') ?? false;
  const hasArc = slide.flows?.some((flow) => flow.kind === 'arc') ?? false;
  const notes = new Set(layers.map((layer) => layer.indicative).filter((note) => note !== false));
  return (
    <aside className="presentation-legend" aria-label={t('presentLegend')} data-testid="slide-legend">
      <h3>{t('presentLegend')}</h3>
      <ul>
        {slide.highlight.length > 0 && (
          <li className="legend-special">
            <LegendSwatch swatch={{ shape: 'line', color: SLIDE_COLOURS.highlight, width: 5 }} />
            <span>{t('presentHighlighted')}</span>
          </li>
        )}
        {hasTrail && (
          <li className="legend-special">
            <LegendSwatch
              swatch={{ shape: 'circle', color: '#ffffff', radius: 5, stroke: SLIDE_COLOURS.flow }}
            />
            <span>{t('presentTrail')}</span>
          </li>
        )}
        {hasArc && (
          <li className="legend-special">
            <LegendSwatch swatch={{ shape: 'line', color: SLIDE_COLOURS.flow, width: 3 }} />
            <span>{t('presentArc')}</span>
          </li>
        )}
        {hasArc && (
          // The arcs carry no labels on the map: name their ends here (also the slide's text description).
          <li className="legend-arc-ends">
            {slide.flows
              ?.flatMap((flow) => (flow.kind === 'arc' ? [pick(flow.label)] : []))
              .join(language === 'zh' ? '、' : ', ')}
          </li>
        )}
      </ul>
      {layers.map((layer) => (
        <section key={layer.id} className="legend-layer" data-layer={layer.id}>
          <h4>{pick(layer.title)}</h4>
          <ul>
            <LegendEntries layer={layer} />
          </ul>
        </section>
      ))}
      {[...notes].map((note) => (
        <p key={note} className="legend-note">
          {t(note === 'ecology' ? 'legendEcology' : 'legendIndicative')}
        </p>
      ))}
    </aside>
  );
}
