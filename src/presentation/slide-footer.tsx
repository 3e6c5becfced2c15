import { useEffect, useState } from 'react';
import type { Language } from '../i18n/language';
import { useText } from '../i18n/use-text';
import { addressLabel } from '../reader/address-label';
import { formatPlanDate } from '../reader/citation';
import { documentIdOf } from '../reader/passage-address';
import { plansLoader } from '../reader/plans-loader';
import { quoteOf } from './briefing-actions';
import type { StorySlide } from './story-schema';

interface Citation {
  passage: string;
  title: string;
  date: string | null;
  where: string;
  quote: string;
}

/** Plan title, date, where in the plan, and a short quote, for each passage the slide cites. */
async function citationsOf(passages: readonly string[], language: Language): Promise<Citation[]> {
  const loader = plansLoader();
  const index = await loader.loadIndex();
  return Promise.all(
    passages.map(async (passage) => {
      const doc = documentIdOf(passage);
      const entry = index.find((candidate) => candidate.id === doc);
      const document = await loader.loadDocument(doc).catch(() => null);
      const block = document?.blocks.find((candidate) => candidate.id === passage);
      return {
        passage,
        title: entry ? (language === 'zh' ? entry.title_zh : entry.title_en) : doc,
        date: entry?.date ? formatPlanDate(entry.date, language) : null,
        where: addressLabel(passage, language),
        quote: block ? quoteOf(block.text, 50) : '',
      };
    }),
  );
}

/** The citation footer every slide carries: what the plans say, where. */
export function SlideFooter({ slide }: { slide: StorySlide }) {
  const { t, language } = useText();
  const [state, setState] = useState<{ key: string; citations: Citation[] } | null>(null);
  const key = `${language} ${slide.passages.join(' ')}`;

  useEffect(() => {
    let live = true;
    citationsOf(slide.passages, language).then(
      (citations) => live && setState({ key, citations }),
      () => live && setState({ key, citations: [] }),
    );
    return () => {
      live = false;
    };
  }, [key, slide.passages, language]);

  const citations = state?.key === key ? state.citations : null;
  return (
    <footer className="presentation-footer" data-testid="slide-footer">
      <span className="presentation-footer-label">{t('presentSources')}</span>
      {slide.passages.length === 0 ? (
        <p>{t('presentNoPassage')}</p>
      ) : citations === null ? (
        <p>{t('presentSourceLoading')}</p>
      ) : (
        citations.map((citation) => (
          <p key={citation.passage} className="presentation-citation" data-passage={citation.passage}>
            <cite>{language === 'zh' ? `《${citation.title}》` : citation.title}</cite>
            {citation.date && (
              <span>{language === 'zh' ? `（${citation.date}）` : ` (${citation.date})`}</span>
            )}
            <span className="presentation-where">{citation.where}</span>
            {citation.quote && <q>{citation.quote}</q>}
          </p>
        ))
      )}
    </footer>
  );
}
