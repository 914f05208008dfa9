// The case list's 可申请日期 and 截止 cells: the planner's first and last day to apply, with where
// the case stands on the day (eligible now, later, window closed, something to fix first).
import type { Lang } from '../../rules/types';
import { t } from '../../utils/i18n';
import { eligibilityOf } from './eligibility';
import type { CaseRow } from './rows';

/** The two empty cells of the row prototype (rowCells.ts). */
export function eligibilityCells(): HTMLElement[] {
  return ['earliestEligible', 'eligibleUntil'].map((col) => {
    const node = document.createElement('div');
    node.setAttribute('role', 'cell');
    node.setAttribute('data-col', col);
    return node;
  });
}

/** Fills the two cells of a row; `shown` gives a date as the list shows dates. */
export function fillEligibilityCells(
  earliest: HTMLElement,
  until: HTMLElement,
  row: CaseRow,
  lang: Lang,
  today: string,
  shown: (iso: string) => string,
): void {
  const state = eligibilityOf(row, today);
  if (state === null) return;
  earliest.dataset.state = state;
  if (state === 'blocked') earliest.textContent = t(lang, 'dashboard.eligibility.blocked');
  else if (state === 'now') {
    earliest.textContent = t(lang, 'dashboard.eligibility.nowShort');
    earliest.title = t(lang, 'dashboard.eligibility.nowSince', { date: shown(row.earliestEligible!) });
  }
  else earliest.textContent = shown(row.earliestEligible!);
  if (row.eligibleUntil !== null) until.textContent = shown(row.eligibleUntil);
  if (state === 'closed') {
    const mark = document.createElement('span');
    mark.className = 'window-closed';
    mark.textContent = t(lang, 'dashboard.eligibility.closedMark');
    until.append(' ', mark);
  }
}
