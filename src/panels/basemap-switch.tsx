import { useState } from 'react';
import { useText } from '../i18n/use-text';
import { isOnlineBasemapUrl } from '../map/online-basemap';
import { setBasemap, useAtlas } from '../state/store';

/** Online basemap switch: off by default, and says plainly that switching it on leaves the offline world. */
export function BasemapSwitch() {
  const { t } = useText();
  const basemap = useAtlas((state) => state.basemap);
  const customStyleUrl = useAtlas((state) => state.customStyleUrl);
  const [draft, setDraft] = useState(customStyleUrl ?? '');
  const draftValid = draft === '' || isOnlineBasemapUrl(draft);
  return (
    <fieldset className="basemap-switch">
      <legend>{t('onlineBasemap')}</legend>
      <label className="check-row">
        <input type="radio" name="basemap" checked={basemap === 'none'} onChange={() => setBasemap('none')} />
        <span>{t('onlineBasemapNone')}</span>
      </label>
      <label className="check-row">
        <input
          type="radio"
          name="basemap"
          checked={basemap === 'osm' && !customStyleUrl}
          onChange={() => setBasemap('osm')}
        />
        <span>{t('onlineBasemapOsm')}</span>
      </label>
      <form
        className="custom-basemap"
        onSubmit={(event) => {
          event.preventDefault();
          if (draft && draftValid) setBasemap('osm', draft);
        }}
      >
        <label>
          <span>{t('onlineBasemapCustom')}</span>
          <input
            type="url"
            value={draft}
            placeholder="https://…/{z}/{x}/{y}.png · https://…/style.json"
            aria-invalid={!draftValid}
            onChange={(event) => setDraft(event.target.value)}
          />
        </label>
        <button type="submit" disabled={!draft || !draftValid}>
          {t('onlineBasemapApply')}
        </button>
      </form>
      <p className="hint">{t('onlineBasemapHint')}</p>
    </fieldset>
  );
}
