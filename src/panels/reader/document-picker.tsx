import type { Standing } from '../../corpus/catalogue';
import type { IndexEntry } from '../../corpus/types';
import { useText } from '../../i18n/use-text';
import { shortTitle } from '../../reader/document-labels';
import {
  documentFacts,
  localIsoDate,
  readingOrder,
  standingOn,
  standingText,
} from '../../reader/standing-label';
import { openPassage } from '../../state/store';

/**
 * Which plan is open, and whether it stands today. A lapsed plan says "已到期 / Expired" in the list and on the
 * badge; the catalogue's caveats are one click away.
 */
export function DocumentPicker({ entries, current }: { entries: IndexEntry[]; current: IndexEntry }) {
  const { t, language } = useText();
  const today = localIsoDate();
  const standingOf = (entry: IndexEntry) => standingOn(entry, today, entries);
  const currentStanding = standingOf(current);
  return (
    <div className="reader-picker">
      <label className="reader-picker-label">
        <span>{t('readerDocument')}</span>
        <select
          value={current.id}
          onChange={(event) => openPassage(event.target.value)}
          data-testid="reader-document"
        >
          {readingOrder(entries).map((entry) => (
            <option key={entry.id} value={entry.id}>
              {shortTitle(entry, language)} · {standingText(standingOf(entry), language)}
            </option>
          ))}
        </select>
      </label>
      <div className="reader-document-facts">
        <StandingBadge standing={currentStanding} date={today} />
        <span className="reader-facts-text">{documentFacts(current, language).join(' · ')}</span>
      </div>
      {language === 'en' && (
        <p className="reader-title-en" lang="en">
          {current.title_en}
        </p>
      )}
      {(current.notes.length > 0 || current.successor) && (
        <details className="reader-about">
          <summary>{t('readerAbout')}</summary>
          <ul lang="en">
            {current.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
            {current.successor && <li>{current.successor.note}</li>}
          </ul>
        </details>
      )}
    </div>
  );
}

export function StandingBadge({
  standing,
  date,
  compact = false,
}: {
  standing: Standing;
  date: string;
  compact?: boolean;
}) {
  const { t, language } = useText();
  return (
    <span
      className={`reader-badge reader-badge-${standing}${compact ? ' reader-badge-compact' : ''}`}
      title={t('readerStandingOn', { date })}
      data-testid="standing-badge"
      data-standing={standing}
    >
      {standingText(standing, language)}
    </span>
  );
}
