/**
 * A paragraph as runs of plain text: its run-in lead (set in bold), the rest of its text, and markers where the
 * source lost text. The lead is the start of the text (data/README.md), so the runs always add up to the text.
 */
import { type GapMarker, splitAtGaps } from './source-gaps.ts';

export type ParagraphRun =
  | { kind: 'lead'; text: string }
  | { kind: 'text'; text: string }
  | { kind: 'gap'; marker: GapMarker };

export function paragraphRuns(text: string, lead: string | undefined, gaps: GapMarker[]): ParagraphRun[] {
  const leadLength = lead && text.startsWith(lead) ? lead.length : 0;
  const runs: ParagraphRun[] = [];
  let offset = 0;
  for (const piece of splitAtGaps(text, gaps)) {
    if (piece.kind === 'gap') {
      runs.push(piece);
      continue;
    }
    const end = offset + piece.text.length;
    const split = Math.min(Math.max(leadLength - offset, 0), piece.text.length);
    if (split > 0) runs.push({ kind: 'lead', text: piece.text.slice(0, split) });
    if (split < piece.text.length) runs.push({ kind: 'text', text: piece.text.slice(split) });
    offset = end;
  }
  return runs;
}
