import { featureName } from '../data/feature-index';
import type { Language } from '../i18n/language';
import { translate } from '../i18n/strings';

/** The title the dialog proposes: the selected feature's name, or the atlas. */
export function defaultTitle(selection: string | null, language: Language): string {
  const name = featureName(selection, language);
  return name
    ? translate(language, 'exportTitleSelected', { name })
    : translate(language, 'exportTitleDefault');
}
