import { useText } from '../i18n/use-text';
import { resetBearing, zoomBy } from '../map/map-commands';
import { resetView, useAtlas } from '../state/store';

/** Zoom, reset view and a north arrow that turns with the map (and puts north back up when pressed). */
export function MapControls() {
  const { t } = useText();
  const bearing = useAtlas((state) => state.view.bearing);
  return (
    <div className="map-controls">
      <button
        type="button"
        className="north-arrow"
        onClick={resetBearing}
        aria-label={t('northArrowLabel')}
        title={t('northArrowLabel')}
      >
        <svg
          viewBox="0 0 40 48"
          width="34"
          height="41"
          aria-hidden="true"
          style={{ transform: `rotate(${-bearing}deg)` }}
        >
          <polygon points="20,4 30,36 20,30 10,36" fill="#222" />
          <polygon points="20,4 20,30 10,36" fill="#777" />
          <text x="20" y="47" textAnchor="middle" fontSize="11" fontWeight="700" fill="#222">
            N
          </text>
        </svg>
      </button>
      <div className="zoom-buttons">
        <button type="button" onClick={() => zoomBy(1)} aria-label={t('zoomIn')} title={t('zoomIn')}>
          +
        </button>
        <button type="button" onClick={() => zoomBy(-1)} aria-label={t('zoomOut')} title={t('zoomOut')}>
          −
        </button>
      </div>
      <button
        type="button"
        className="reset-view"
        onClick={resetView}
        title={t('resetView')}
        aria-label={t('resetView')}
      >
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
          <path
            d="M4 9V4h5M4 4l5 5M20 15v5h-5M20 20l-5-5M15 4h5v5M20 4l-5 5M9 20H4v-5M4 20l5-5"
            fill="none"
            stroke="#222"
            strokeWidth="1.8"
          />
        </svg>
      </button>
    </div>
  );
}
