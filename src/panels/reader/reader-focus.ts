/**
 * Focus requests that cross components: "/" asks for the search box (which may not be mounted yet, when the reader
 * was closed), and opening a search hit asks for the passage once it is rendered.
 */
let focusSearch: (() => void) | null = null;
let searchFocusPending = false;
let passageFocusPending = false;
let openedFromText = false;

export function registerSearchFocus(focus: () => void): () => void {
  focusSearch = focus;
  if (searchFocusPending) {
    searchFocusPending = false;
    focus();
  }
  return () => {
    if (focusSearch === focus) focusSearch = null;
  };
}

export function requestSearchFocus(): void {
  if (focusSearch) focusSearch();
  else searchFocusPending = true;
}

export function requestPassageFocus(): void {
  passageFocusPending = true;
}

export function takePassageFocusRequest(): boolean {
  const pending = passageFocusPending;
  passageFocusPending = false;
  return pending;
}

/** A click in the text opens the passage where the reader already looks: no scrolling then. */
export function markOpenedFromText(): void {
  openedFromText = true;
}

export function takeOpenedFromText(): boolean {
  const value = openedFromText;
  openedFromText = false;
  return value;
}
