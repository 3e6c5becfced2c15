/**
 * Finds gazetteer mentions in one text: all candidate forms (a character trie over normalised forms), plus the
 * items of distributive lists (`绵遂资内、达成、达万铁路` names three railways), then keeps the longest candidates first
 * so 成都天府国际机场 wins over 成都 and 天府国际机场. False-friend rules veto candidates before selection.
 */
import type { Gazetteer } from './gazetteer.ts';
import { listItemsBefore } from './list-items.ts';
import { normalizeText, toOriginalRange } from './normalize.ts';
import {
  breaksCodeBoundary,
  cutsProtected,
  type FalseFriendRule,
  hasCodeBoundaryRule,
  isShadowed,
  protectedSpans,
} from './rules.ts';
import type { FormTarget, Mention } from './types.ts';

export interface DistributiveRules {
  /** Shared suffixes that close a list (铁路, 高速公路, 水库 …); longest first is not required. */
  suffixes: string[];
  /** Words allowed between 等 and the suffix (`…观口等大中型水库`). */
  modifiers: string[];
  /** Longest list item, in characters. */
  maxItemLength: number;
  /** Suffixes that only close a list after 等 or a modifier (…岷江五大生态廊道, not …岷江等绿色生态廊道). */
  requireGap?: string[];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  targets?: FormTarget[];
}

export interface Matcher {
  gazetteer: Gazetteer;
  trie: TrieNode;
  rules: FalseFriendRule[];
  distributive: DistributiveRules;
}

export function createMatcher(
  gazetteer: Gazetteer,
  rules: FalseFriendRule[],
  distributive: DistributiveRules,
): Matcher {
  const trie: TrieNode = { next: new Map() };
  for (const [form, targets] of gazetteer.forms) {
    let node = trie;
    for (const char of form) {
      let child = node.next.get(char);
      if (!child) {
        child = { next: new Map() };
        node.next.set(char, child);
      }
      node = child;
    }
    node.targets = targets;
  }
  return { gazetteer, trie, rules, distributive };
}

interface Candidate {
  start: number;
  end: number;
  targets: FormTarget[];
  distributive: boolean;
}

function formCandidates(matcher: Matcher, text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let start = 0; start < text.length; start++) {
    let node: TrieNode | undefined = matcher.trie;
    for (let end = start; end < text.length && node; end++) {
      node = node.next.get(text[end] as string);
      if (node?.targets) out.push({ start, end: end + 1, targets: node.targets, distributive: false });
    }
  }
  return out;
}

function distributiveCandidates(matcher: Matcher, text: string): Candidate[] {
  const { suffixes, modifiers, maxItemLength } = matcher.distributive;
  const forms = matcher.gazetteer.forms;
  const out: Candidate[] = [];
  const lookup = (key: string) => forms.get(key);
  for (const suffix of suffixes) {
    for (let at = text.indexOf(suffix); at !== -1; at = text.indexOf(suffix, at + 1)) {
      const { items, gap, modifier } = listItemsBefore(text, at, modifiers, maxItemLength);
      if (items.length < 2 && !gap) continue;
      if (!gap && matcher.distributive.requireGap?.includes(suffix)) continue;
      items.forEach(([start, end], index) => {
        if (index === 0 && !gap) return; // contiguous last item: an ordinary form match covers it
        // An item may end with a bracketed section (成汶（彭州段）); the name is what precedes it.
        const bracket = /\([^()]*\)$/u.exec(text.slice(start, end));
        const nameEnd = bracket ? end - bracket[0].length : end;
        for (let tail = start; tail <= nameEnd - 2; tail++) {
          const name = text.slice(tail, nameEnd);
          const targets = lookup(name + suffix) ?? (modifier ? lookup(name + modifier + suffix) : undefined);
          if (targets) {
            const marked = targets.map((t) => ({ ...t, source: 'distributive' as const }));
            out.push({ start: tail, end: nameEnd, targets: marked, distributive: true });
            break;
          }
        }
      });
    }
  }
  return out;
}

/** Mentions in `original`, with original offsets, sorted by start. */
export function findMentions(matcher: Matcher, original: string): Mention[] {
  const norm = normalizeText(original);
  const text = norm.text;
  const spans = protectedSpans(text, matcher.rules);
  const codeRule = hasCodeBoundaryRule(matcher.rules);
  const candidates = [...distributiveCandidates(matcher, text), ...formCandidates(matcher, text)].filter(
    (c) => !cutsProtected(c.start, c.end, spans) && !(codeRule && breaksCodeBoundary(text, c.start, c.end)),
  );
  // Longest first; on equal length a distributive item beats an ordinary form, then the earlier start wins.
  candidates.sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      Number(b.distributive) - Number(a.distributive) ||
      a.start - b.start,
  );
  const taken: Candidate[] = [];
  for (const candidate of candidates) {
    if (taken.some((t) => candidate.start < t.end && t.start < candidate.end)) continue;
    taken.push(candidate);
  }
  taken.sort((a, b) => a.start - b.start);
  const kept = taken.filter(
    (c) => !isShadowed(text, c.end, (c.targets[0] as FormTarget).layer, matcher.rules),
  );
  return kept.map((candidate) => {
    const [start, end] = toOriginalRange(norm, candidate.start, candidate.end);
    const best = candidate.targets[0] as FormTarget;
    const rivals = candidate.targets.filter((t) => t.source === best.source && t.layer !== best.layer);
    return {
      start,
      end,
      surface: original.slice(start, end),
      features: best.features,
      source: best.source,
      ambiguous: rivals.length > 0,
    };
  });
}
