// A case's status as a small labelled badge; the text carries the meaning, the colour only helps.
import type { Lang } from '../rules/types';
import type { CaseStatus } from '../utils/store/types';
import { statusLabel } from './labels';

export function StatusBadge({ status, lang }: { status: CaseStatus; lang: Lang }) {
  return <span class={`status-badge status-${status}`}>{statusLabel(lang, status)}</span>;
}
