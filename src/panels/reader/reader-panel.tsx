import { useText } from '../../i18n/use-text';
import { Notices } from '../status-panels';
import { ReaderView } from './reader-view';

/** The reader in the side panel's "规划文本 / Plans" tab. */
export function ReaderPanel() {
  return <ReaderView layout="panel" />;
}

/**
 * Full-page reading in place of the map. The map's notice overlay is hidden with the map, so notices (such as a
 * link to a passage that does not exist) are shown here.
 */
export function ReaderPage() {
  const { t } = useText();
  return (
    <section className="reader-page" aria-label={t('tabPlans')}>
      <div className="reader-page-notices">
        <Notices />
      </div>
      <ReaderView layout="page" />
    </section>
  );
}
