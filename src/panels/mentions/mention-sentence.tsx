import { extractSentence } from '../../linking/client/sentence';

/**
 * The sentence around one or more spans of a block, spans in <mark>. Built from string segments as React text
 * nodes: plan text is never treated as HTML.
 */
export function MentionSentence({
  text,
  spans,
  fallback,
}: {
  text: string | undefined;
  spans: readonly { start: number; end: number }[];
  fallback: string;
}) {
  const first = spans[0];
  if (text === undefined || !first) return <q className="mention-sentence pending">{fallback}</q>;
  const sentence = extractSentence(text, first.start, first.end, spans);
  return (
    <q className="mention-sentence">
      {sentence.clippedStart && '…'}
      {sentence.segments.map((segment, index) =>
        segment.mark ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional and never reorder.
          <mark key={index}>{segment.text}</mark>
        ) : (
          segment.text
        ),
      )}
      {sentence.clippedEnd && '…'}
    </q>
  );
}

/** The sentence text for citations (same cut as shown). */
export function sentenceText(text: string | undefined, start: number, end: number, fallback: string): string {
  if (text === undefined) return fallback;
  const sentence = extractSentence(text, start, end);
  return `${sentence.clippedStart ? '…' : ''}${sentence.text}${sentence.clippedEnd ? '…' : ''}`;
}
