import type { LineString, Polygon } from 'geojson';
import { useEffect, useRef, useState } from 'react';
import { useText } from '../../i18n/use-text';
import { setAreaOutline, setDrawHandler } from '../../map/map-commands';
import { addNotice, setDrawing, setDrawnArea, useAtlas } from '../../state/store';

/** Vertices closer than this (degrees) to the previous one are the second click of a double-click. */
const SAME_VERTEX = 1e-7;

function outlineOf(vertices: [number, number][]): LineString | Polygon | null {
  if (vertices.length === 0) return null;
  if (vertices.length < 3)
    return { type: 'LineString', coordinates: [...vertices, vertices[0] as [number, number]] };
  return { type: 'Polygon', coordinates: [[...vertices, vertices[0] as [number, number]]] };
}

/**
 * Click-to-add-vertices drawing on the map. Enter or double-click finishes, Esc cancels, Backspace removes the last
 * vertex. (Keyboard users choose a zone or prefecture from the list instead.)
 */
export function DrawArea() {
  const { t } = useText();
  const drawing = useAtlas((state) => state.drawing);
  const mapState = useAtlas((state) => state.loadStates.map);
  const [vertices, setVertices] = useState<[number, number][]>([]);
  const verticesRef = useRef(vertices);
  verticesRef.current = vertices;
  const finishButton = useRef<HTMLButtonElement>(null);

  const finish = () => {
    const current = verticesRef.current;
    if (current.length < 3) {
      addNotice(t('drawTooFew'));
      return;
    }
    setDrawnArea(current);
    setVertices([]);
  };
  const finishRef = useRef(finish);
  finishRef.current = finish;

  useEffect(() => {
    if (!drawing || mapState !== 'ready') return;
    setVertices([]);
    setDrawHandler({
      onVertex: (lngLat) =>
        setVertices((current) => {
          const last = current[current.length - 1];
          if (
            last &&
            Math.abs(last[0] - lngLat[0]) < SAME_VERTEX &&
            Math.abs(last[1] - lngLat[1]) < SAME_VERTEX
          )
            return current;
          return [...current, lngLat];
        }),
      onFinish: () => finishRef.current(),
    });
    finishButton.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        setDrawing(false);
      } else if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement)) {
        event.preventDefault();
        finishRef.current();
      } else if (event.key === 'Backspace' && !(event.target instanceof HTMLInputElement)) {
        event.preventDefault();
        setVertices((current) => current.slice(0, -1));
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      setDrawHandler(null);
    };
  }, [drawing, mapState]);

  useEffect(() => {
    if (drawing) setAreaOutline(outlineOf(vertices));
  }, [drawing, vertices]);

  if (!drawing) return null;
  return (
    <section className="draw-banner" aria-label={t('drawArea')} data-testid="draw-banner">
      <p>{t('drawHint')}</p>
      <p className="hint" aria-live="polite">
        {t('drawVertices', { n: vertices.length })}
      </p>
      <div className="tools-row">
        <button type="button" className="text-button" ref={finishButton} onClick={finish}>
          {t('drawFinish')}
        </button>
        <button
          type="button"
          className="text-button"
          disabled={vertices.length === 0}
          onClick={() => setVertices((current) => current.slice(0, -1))}
        >
          {t('drawUndo')}
        </button>
        <button type="button" className="text-button" onClick={() => setDrawing(false)}>
          {t('drawCancel')}
        </button>
      </div>
    </section>
  );
}
