import { getFeature } from '../data/feature-index';
import type { Language } from '../i18n/language';
import { translate } from '../i18n/strings';

export function featureName(id: string | null, language: Language): string | null {
  if (!id) return null;
  const properties = getFeature(id)?.properties;
  const name = properties?.[language === 'en' ? 'name_en' : 'name_zh'] ?? properties?.name_zh;
  return typeof name === 'string' ? name : null;
}

/** The title the dialog proposes: the selected feature's name, or the atlas. */
export function defaultTitle(selection: string | null, language: Language): string {
  const name = featureName(selection, language);
  return name
    ? translate(language, 'exportTitleSelected', { name })
    : translate(language, 'exportTitleDefault');
}
