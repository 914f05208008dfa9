// A case's status as a small labelled badge, and the list a status is chosen from; the text
// carries the meaning, the colour only helps.
import type { Lang } from '../rules/types';
import { CASE_STATUSES, type CaseStatus } from '../utils/store/types';
import { statusLabel } from './labels';

export function StatusBadge({ status, lang }: { status: CaseStatus; lang: Lang }) {
  return <span class={`status-badge status-${status}`}>{statusLabel(lang, status)}</span>;
}

/** Every status, in the order of the workflow, each under its label. */
export function StatusSelect({ id, lang, value, onChange }: { id: string; lang: Lang; value: CaseStatus; onChange: (status: CaseStatus) => void }) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value as CaseStatus)}>
      {CASE_STATUSES.map((s) => (
        <option key={s} value={s}>
          {statusLabel(lang, s)}
        </option>
      ))}
    </select>
  );
}
