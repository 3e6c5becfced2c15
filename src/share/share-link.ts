import { DEFAULT_URL_STATE } from '../state/store';
import { formatUrl, type UrlState } from '../state/url';

/**
 * Share links and iframe snippets, built from the one URL format (src/state/url.ts). Pure functions: the dialog
 * passes the state and the page address in, so the tests can check lengths and escaping without a browser.
 */

/** Browsers, chat tools and mail clients cut or refuse links beyond this; the atlas promises to stay under it. */
export const MAX_LINK_LENGTH = 2000;

/** The address of the atlas page itself (no query, no hash), e.g. "https://example.org/atlas/". */
export function atlasBase(location: Pick<Location, 'origin' | 'pathname'>): string {
  return `${location.origin}${location.pathname}`;
}

/** The link to what is on screen, for a person to open in the full atlas (never in embed mode). */
export function shareLink(state: UrlState, base: string): string {
  return `${base}${formatUrl({ ...state, embed: false }, DEFAULT_URL_STATE)}`;
}

/**
 * The same map with minimal chrome, for an iframe. An embed is a map: the reader and the coverage page, which
 * would cover it (and whose panels an embed does not show), are left out.
 */
export function embedLink(state: UrlState, base: string): string {
  const mapOnly: UrlState = { ...state, passage: null, readerMode: 'closed', page: null, embed: true };
  return `${base}${formatUrl(mapOnly, DEFAULT_URL_STATE)}`;
}

export interface EmbedSize {
  id: string;
  /** Pixels, or "100%" to fill the column of the host page. */
  width: number | '100%';
  height: number;
}

export const EMBED_SIZES: readonly EmbedSize[] = [
  { id: '640x480', width: 640, height: 480 },
  { id: '800x600', width: 800, height: 600 },
  { id: 'full-480', width: '100%', height: 480 },
  { id: 'full-640', width: '100%', height: 640 },
];

/**
 * Everything the host page needs: scripts and same-origin so the atlas can run and keep bookmarks, popups so
 * "open in the atlas" works, and popups escaping the sandbox so that tab is a normal page (downloads, clipboard).
 */
export const EMBED_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

/** Escapes text for a double-quoted HTML attribute (a title from the user, a URL with "&"). */
export function escapeAttribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/** The HTML to paste into a web page or a CMS. */
export function iframeSnippet(src: string, size: EmbedSize, title: string): string {
  const attributes = [
    `src="${escapeAttribute(src)}"`,
    `width="${size.width}"`,
    `height="${size.height}"`,
    'style="border:0"',
    'loading="lazy"',
    `title="${escapeAttribute(title)}"`,
    `sandbox="${EMBED_SANDBOX}"`,
    'allowfullscreen',
  ];
  return `<iframe ${attributes.join(' ')}></iframe>`;
}
