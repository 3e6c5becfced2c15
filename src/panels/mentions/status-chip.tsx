import { useText } from '../../i18n/use-text';
import type { StatusClass } from '../../linking/types';
import { STATUS_CLASS_COLOURS, STATUS_CLASS_LABELS } from './status-labels';

export function StatusChip({ status }: { status: StatusClass }) {
  const { pick } = useText();
  return (
    <span
      className={`status-chip status-${status}`}
      data-status={status}
      style={{ backgroundColor: STATUS_CLASS_COLOURS[status] }}
    >
      {pick(STATUS_CLASS_LABELS[status])}
    </span>
  );
}
