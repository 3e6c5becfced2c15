import type { Language } from '../i18n/language';
import { translate } from '../i18n/strings';
import { type BookmarksError, MAX_BOOKMARKS } from './bookmarks';

/** A refusal in the reader's language, naming what is wrong and where. */
export function describeBookmarksError(language: Language, error: BookmarksError): string {
  switch (error.kind) {
    case 'too-large':
      return translate(language, 'bookmarksErrorTooLarge', { bytes: error.bytes });
    case 'syntax':
      return error.line === null
        ? translate(language, 'bookmarksErrorSyntaxNoPosition', { detail: error.detail.slice(0, 120) })
        : translate(language, 'bookmarksErrorSyntax', { line: error.line, column: error.column ?? 1 });
    case 'not-object':
      return translate(language, 'bookmarksErrorNotObject');
    case 'format':
      return translate(language, 'bookmarksErrorFormat', { found: error.found });
    case 'version':
      return translate(language, 'bookmarksErrorVersion', { found: error.found });
    case 'not-list':
      return translate(language, 'bookmarksErrorNotList');
    case 'too-many':
      return translate(language, 'bookmarksErrorTooMany', { count: error.count, max: MAX_BOOKMARKS });
    case 'entry':
      // People count from 1; the field name stays as written in the file.
      return translate(language, 'bookmarksErrorEntry', {
        index: error.index + 1,
        field: error.field,
        detail: error.detail,
      });
  }
}
