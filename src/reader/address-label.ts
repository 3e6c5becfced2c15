/**
 * A readable "where" for a passage from its id alone (sc15/p8/c27/s3/b18/p1 → 第8篇 › 第27章 › 第3节 › 专栏18 › 第1段),
 * for search hits in documents that are not loaded: the id is built from the numbers printed in the text
 * (data/README.md), so no document needs fetching to say where a hit is.
 */
import type { Language } from '../i18n/language.ts';

const NAMED: Record<string, { zh: string; en: string }> = {
  resolution: { zh: '决议', en: 'Resolution' },
  preface: { zh: '前言', en: 'Preface' },
  conclusion: { zh: '结语', en: 'Conclusion' },
};

function segmentLabel(segment: string, isLast: boolean, language: Language): string {
  const named = NAMED[segment];
  if (named) return named[language];
  const match = /^([a-z]+?)(\d+)$/.exec(segment);
  if (!match) return segment;
  const [, letter, number] = match;
  const zh = language === 'zh';
  switch (letter) {
    // "p" is a part (篇) inside the path and a paragraph (段) at its end.
    case 'p':
      if (isLast) return zh ? `第${number}段` : `¶${number}`;
      return zh ? `第${number}篇` : `Part ${number}`;
    case 'c':
      return zh ? `第${number}章` : `Chapter ${number}`;
    case 's':
      return zh ? `第${number}节` : `Section ${number}`;
    case 'b':
      return zh ? `专栏${number}` : `Box ${number}`;
    case 'i':
      return zh ? `第${number}条` : `Item ${number}`;
    case 'f':
      return zh ? `图${number}` : `Figure ${number}`;
    case 't':
      return zh ? `表格${number}` : `Table ${number}`;
    case 'annex':
      return zh ? `附件${number}` : `Annex ${number}`;
    default:
      return segment;
  }
}

export function addressLabel(blockId: string, language: Language): string {
  const segments = blockId.split('/').slice(1);
  return segments
    .map((segment, index) => segmentLabel(segment, index === segments.length - 1, language))
    .join(' › ');
}
