import { translate } from '../i18n/strings';
import { LAYER_IDS } from '../layers';
import { ALL_STATUSES } from '../layers/style-helpers';
import { addNotice, applyUrlState, atlasStore, DEFAULT_URL_STATE, urlStateOf } from './store';
import { differsBeyondView, formatUrl, parseUrl, type UrlProblem } from './url';

/**
 * Keeps the address bar and the store in step: the URL is read once at start and on back/forward; every later
 * store change writes it. Camera moves replace the current entry; everything else pushes a new one, so the
 * back button undoes a layer toggle or a selection, not every pan.
 */
export function startUrlSync(): () => void {
  const context = { layerIds: LAYER_IDS, statuses: ALL_STATUSES };

  const readLocation = (transition: 'jump' | 'none') => {
    const { state, problems } = parseUrl(window.location.search, context);
    applyUrlState(state, transition);
    reportProblems(problems);
  };

  readLocation('none');
  // Rewrite the address without the parameters that were dropped, so a copied link is clean.
  let lastState = urlStateOf(atlasStore.getState());
  window.history.replaceState(null, '', addressFor(formatUrl(lastState, DEFAULT_URL_STATE)));

  const unsubscribe = atlasStore.subscribe((state) => {
    const next = urlStateOf(state);
    const search = formatUrl(next, DEFAULT_URL_STATE);
    if (search === window.location.search) {
      lastState = next;
      return;
    }
    const address = addressFor(search);
    if (differsBeyondView(lastState, next)) window.history.pushState(null, '', address);
    else window.history.replaceState(null, '', address);
    lastState = next;
  });

  const onPopState = () => {
    readLocation('jump');
    lastState = urlStateOf(atlasStore.getState());
  };
  window.addEventListener('popstate', onPopState);
  return () => {
    unsubscribe();
    window.removeEventListener('popstate', onPopState);
  };
}

function addressFor(search: string): string {
  return `${window.location.pathname}${search}${window.location.hash}`;
}

function reportProblems(problems: UrlProblem[]): void {
  const language = atlasStore.getState().language;
  for (const problem of problems) {
    addNotice(
      translate(language, 'invalidParam', {
        name: problem.param,
        value: `${problem.value}: ${problem.reason}`,
      }),
    );
  }
}
