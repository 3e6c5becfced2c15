import { useCallback } from 'react';
import { useAtlas } from '../state/store';
import type { Bilingual } from './language';
import { type StringKey, translate } from './strings';

/** `t(key)` for interface strings and `pick(bilingual)` for data-table labels, in the current language. */
export function useText() {
  const language = useAtlas((state) => state.language);
  const t = useCallback(
    (key: StringKey, values?: Record<string, string | number>) => translate(language, key, values),
    [language],
  );
  const pick = useCallback((text: Bilingual) => text[language], [language]);
  return { t, pick, language };
}
