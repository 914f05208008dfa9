// What can be done to the cases ticked in the list at once: export (encrypted or plain), the
// deadlines as .ics, print in one document, set the status, delete. Status and delete reply with
// the cases as they were, which the list offers back through its undo notice.
import { useState } from 'preact/hooks';
import type { Lang } from '../../rules/types';
import { statusLabel } from '../../components/labels';
import { t } from '../../utils/i18n';
import { sendMessage } from '../../utils/messages';
import type { CaseRecord, CaseStatus } from '../../utils/store/types';
import { StatusSelect } from '../../components/StatusBadge';
import { CalendarExport } from './CalendarExport';
import { hrefOf } from './route';

export interface BulkActionsProps {
  lang: Lang;
  today: string;
  ids: readonly string[];
  onExport: () => void;
  /** The records as they were before a bulk change, with what the notice should say. */
  onChanged: (previous: CaseRecord[], message: string) => void;
  onMessage: (message: string | null) => void;
  onClear: () => void;
}

export function BulkActions({ lang, today, ids, onExport, onChanged, onMessage, onClear }: BulkActionsProps) {
  const [status, setStatus] = useState<CaseStatus>('ready');
  const [busy, setBusy] = useState(false);
  const n = ids.length;

  const setAll = async () => {
    setBusy(true);
    const reply = await sendMessage({ type: 'cases/set-status', ids: [...ids], status });
    setBusy(false);
    if (!reply.ok) return onMessage(t(lang, 'dashboard.actionFailed'));
    onChanged(reply.value, t(lang, 'bulk.statusSet', { n: reply.value.length, status: statusLabel(lang, status) }));
  };
  const deleteAll = async () => {
    setBusy(true);
    const reply = await sendMessage({ type: 'cases/delete', ids: [...ids] });
    setBusy(false);
    if (!reply.ok) return onMessage(t(lang, 'dashboard.actionFailed'));
    onChanged(reply.value, t(lang, 'bulk.deleted', { n: reply.value.length }));
    onClear();
  };

  return (
    <div class="toolbar bulk-actions" role="region" aria-label={t(lang, 'bulk.label')} data-selected={n}>
      <strong role="status">{t(lang, 'bulk.selected', { n })}</strong>
      <button type="button" class="secondary" disabled={busy} onClick={onExport}>
        {t(lang, 'bulk.export')}
      </button>
      <CalendarExport lang={lang} today={today} ids={ids} label={t(lang, 'ics.one')} onResult={onMessage} />
      <a class="button secondary" href={hrefOf({ view: 'print', ids: [...ids] })} target="_blank" rel="noopener">
        {t(lang, 'bulk.print')}
      </a>
      <span class="bulk-status">
        <label for="bulk-status">{t(lang, 'bulk.statusLabel')}</label>
        <StatusSelect id="bulk-status" lang={lang} value={status} onChange={setStatus} />
        <button type="button" class="secondary" disabled={busy} onClick={() => void setAll()}>
          {t(lang, 'bulk.setStatus')}
        </button>
      </span>
      <button type="button" class="danger" disabled={busy} onClick={() => void deleteAll()}>
        {t(lang, 'bulk.delete', { n })}
      </button>
      <button type="button" class="secondary small" onClick={onClear}>
        {t(lang, 'bulk.clear')}
      </button>
    </div>
  );
}
