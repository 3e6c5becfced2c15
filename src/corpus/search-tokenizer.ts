/**
 * CJK-aware tokens for minisearch. Chinese has no spaces, so a run of Han characters is indexed as its
 * overlapping pairs (bigrams) plus its last character alone; a query of two or more characters is matched on all
 * of its bigrams (see search.ts), which finds the exact term without a dictionary. A one-character query is a
 * prefix search: every occurrence of a character either starts a bigram or ends a run, so nothing is missed,
 * while the index stays half the size of one holding every single character. ASCII runs such as G4216 or PM2.5
 * stay whole words.
 */

const hanPattern = /\p{Script=Han}/u;
const asciiWordPattern = /[a-z0-9]+(?:\.[a-z0-9]+)*/g;

/**
 * Same-length normalisation, so offsets in the normalised text are offsets in the original: full-width ASCII
 * forms become ASCII (the sources mix `（成都）` and `(成都)`), the ideographic space a space, Latin lower case.
 */
export function normalizeForSearch(text: string): string {
  let result = '';
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0xff01 && code <= 0xff5e) result += String.fromCharCode(code - 0xfee0).toLowerCase();
    else if (code === 0x3000) result += ' ';
    else result += (text[index] ?? '').toLowerCase();
  }
  return result;
}

function hanRuns(text: string): string[] {
  const runs: string[] = [];
  let run = '';
  for (const character of text) {
    if (hanPattern.test(character)) run += character;
    else if (run !== '') {
      runs.push(run);
      run = '';
    }
  }
  if (run !== '') runs.push(run);
  return runs;
}

function asciiWords(text: string): string[] {
  return text.match(asciiWordPattern) ?? [];
}

/** Tokens stored in the index: every Han bigram, the last character of each Han run, every ASCII word. */
export function indexTokens(text: string): string[] {
  const normalized = normalizeForSearch(text);
  const tokens: string[] = [];
  for (const run of hanRuns(normalized)) {
    const characters = [...run];
    for (let index = 0; index < characters.length; index++) {
      const character = characters[index] ?? '';
      const next = characters[index + 1];
      tokens.push(next === undefined ? character : character + next);
    }
  }
  tokens.push(...asciiWords(normalized));
  return tokens;
}

/** Tokens of a query: bigrams of each Han run (a lone character stays a unigram) and ASCII words. */
export function queryTokens(query: string): string[] {
  const normalized = normalizeForSearch(query);
  const tokens = new Set<string>();
  for (const run of hanRuns(normalized)) {
    const characters = [...run];
    if (characters.length === 1) tokens.add(run);
    for (let index = 0; index + 1 < characters.length; index++) {
      tokens.add((characters[index] ?? '') + (characters[index + 1] ?? ''));
    }
  }
  for (const word of asciiWords(normalized)) tokens.add(word);
  return [...tokens];
}

/** The literal terms of a query (split on whitespace), normalised, for exact-match boosting and highlighting. */
export function queryTerms(query: string): string[] {
  return normalizeForSearch(query)
    .split(/\s+/)
    .map((term) => term.trim())
    .filter((term) => term !== '');
}

/** True for a query token that is a single Han character, searched as a prefix of the indexed bigrams. */
export function isSingleHanCharacter(token: string): boolean {
  return [...token].length === 1 && hanPattern.test(token);
}
