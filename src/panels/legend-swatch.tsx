import { useText } from '../i18n/use-text';
import type { LayerModule, LegendSwatch as Swatch } from '../layers/types';

/** Draws a legend symbol from the same values the map paint uses. */
export function LegendSwatch({ swatch }: { swatch: Swatch }) {
  const size = { width: 28, height: 16 };
  switch (swatch.shape) {
    case 'line':
      return (
        <svg {...size} aria-hidden="true" className="swatch">
          <line
            x1="2"
            y1="8"
            x2="26"
            y2="8"
            stroke={swatch.color}
            strokeWidth={Math.min(swatch.width, 5)}
            strokeOpacity={swatch.opacity ?? 1}
            strokeDasharray={
              swatch.dash ? swatch.dash.map((d) => d * Math.max(1.5, swatch.width)).join(' ') : undefined
            }
          />
        </svg>
      );
    case 'fill':
      return (
        <svg {...size} aria-hidden="true" className="swatch">
          <rect
            x="2"
            y="2"
            width="24"
            height="12"
            fill={swatch.color}
            fillOpacity={Math.max(swatch.opacity, 0.15)}
            stroke={swatch.outline ?? 'none'}
            strokeWidth="1.5"
            strokeDasharray={swatch.dashedOutline ? '4 2' : undefined}
          />
        </svg>
      );
    case 'circle':
      return (
        <svg {...size} aria-hidden="true" className="swatch">
          <circle
            cx="14"
            cy="8"
            r={swatch.radius}
            fill={swatch.hollow ? '#fff' : swatch.color}
            stroke={swatch.hollow ? swatch.color : (swatch.stroke ?? 'none')}
            strokeWidth={swatch.hollow ? 2 : 1.2}
          />
        </svg>
      );
    case 'relief':
      return (
        <svg {...size} aria-hidden="true" className="swatch">
          <defs>
            <linearGradient id="relief-gradient" x1="0" x2="1">
              <stop offset="0" stopColor="#f4f1ea" />
              <stop offset="1" stopColor="#8c877d" />
            </linearGradient>
          </defs>
          <rect x="2" y="2" width="24" height="12" fill="url(#relief-gradient)" />
        </svg>
      );
  }
}

/**
 * A layer's legend rows (swatch and label from its category table), and optionally its "indicative geometry" note:
 * the one rendering shared by the layer panel, the embed legend and the slide legend.
 */
export function LegendEntries({ layer, withNote = false }: { layer: LayerModule; withNote?: boolean }) {
  const { t, pick } = useText();
  return (
    <>
      {layer.legend.map((entry) => (
        <li key={entry.key}>
          <LegendSwatch swatch={entry.swatch} />
          <span>{pick(entry.label)}</span>
        </li>
      ))}
      {withNote && layer.indicative && (
        <li className="legend-note">
          {t(layer.indicative === 'ecology' ? 'legendEcology' : 'legendIndicative')}
        </li>
      )}
    </>
  );
}
