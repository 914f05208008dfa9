// The deadlines of some cases as an .ics file for Outlook or a phone calendar (utils/store/ics.ts):
// of one case, of the selected cases or of the list as shown. Names go into the events only when
// the user ticks the box; ID numbers never do.
import { useState } from 'preact/hooks';
import type { Lang } from '../../rules/types';
import { downloadText } from '../../components/download';
import { t } from '../../utils/i18n';
import { sendMessage } from '../../utils/messages';

export interface CalendarExportProps {
  lang: Lang;
  today: string;
  /** The cases whose deadlines go into the file. */
  ids: readonly string[];
  /** The button's text, e.g. 导出日历（.ics，3 个案例）. */
  label: string;
  /** Tells the page what happened: null when the file was saved. */
  onResult: (message: string | null) => void;
}

export function CalendarExport({ lang, today, ids, label, onResult }: CalendarExportProps) {
  const [names, setNames] = useState(false);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    const reply = await sendMessage({ type: 'cases/ics', ids: [...ids], lang, names });
    setBusy(false);
    if (!reply.ok || !reply.value.ok) return onResult(t(lang, 'dashboard.actionFailed'));
    if (reply.value.events === 0) return onResult(t(lang, 'ics.noDates'));
    downloadText(t(lang, 'ics.fileName', { date: today }), reply.value.text, 'text/calendar;charset=utf-8');
    onResult(null);
  };
  return (
    <span class="calendar-export">
      <button type="button" class="secondary" disabled={busy || ids.length === 0} onClick={() => void run()}>
        {label}
      </button>
      <label class="check">
        <input type="checkbox" checked={names} onChange={(e) => setNames(e.currentTarget.checked)} />
        {t(lang, 'ics.names')}
      </label>
    </span>
  );
}
