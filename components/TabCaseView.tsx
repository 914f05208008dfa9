// The case of the portal page in a tab, for the popup and the side panel: who and what it is,
// then its checklist. Says so when the page's data could not yet be made into a case.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { subjectOf } from '../rules/application-types';
import type { WorkCalendar } from '../rules/calendar';
import { runChecks } from '../rules/engine';
import { fieldLabel } from '../rules/fields';
import type { CaseError } from '../rules/schema';
import type { Finding, Lang } from '../rules/types';
import { LIMIT_ERRORS, MAX_CASE_JSON_LENGTH, MAX_DRAFTS_PER_TAB_PER_MINUTE, MAX_QUARANTINED_PAGES } from '../utils/store/limits';
import { t } from '../utils/i18n';
import type { CaseRecord, WageOverride } from '../utils/store/types';
import { Checklist } from './Checklist';
import { FillBack } from './FillBack';
import { CaseChooser } from './CaseChooser';
import { PendingMerge } from './PendingMerge';
import { describeExpected, typeLabel } from './labels';
import { StatusBadge } from './StatusBadge';
import type { TabCase } from './useTabCase';
import { useEligibleReminder } from './useEligibleReminder';

export interface TabCaseViewProps {
  tabCase: TabCase;
  lang: Lang;
  today: string;
  wageOverride: WageOverride | null;
  /** The working-day calendar with the imported years (default: the embedded one). */
  calendar?: WorkCalendar;
  onRevealFinding?: (finding: Finding) => void;
  onRevealMaterial?: (material: string) => void;
}

export function TabCaseView({ tabCase, lang, today, wageOverride, calendar, onRevealFinding, onRevealMaterial }: TabCaseViewProps) {
  const { state, record } = tabCase;
  const output = useMemo(
    () => (record ? runChecks(record.case, { lang, today, wageOverride, ...(calendar && { calendar }) }) : null),
    // The record object changes with every reload; its updatedAt says whether the case did.
    [record?.id, record?.updatedAt, lang, today, wageOverride, calendar],
  );
  const eligibilityReminder = useEligibleReminder(record?.id);
  // A case the user chose to fill into a page that shows none; forgotten when the tab moves on.
  const [chosen, setChosen] = useState<CaseRecord | null>(null);
  useEffect(() => setChosen(null), [state?.tabId, state?.pageKey]);
  if (!state) return null;
  const bound = state.caseId !== null && record !== null && output !== null;
  if (!bound && state.stored !== 'none' && !state.refused) {
    return (
      <div class="notice warning" data-notice="no-case">
        {t(lang, 'panel.notACaseYet')}
      </div>
    );
  }
  const refused = state.refused && <RefusedNotice error={state.refused} lang={lang} />;
  const filling = chosen ?? (bound ? record : null);
  // Keyed by tab, case and page: a change of any of them drops a preview made for another. The
  // same position in both views keeps a fill started from a chosen case going when the page,
  // once filled, shows that case and the tab is bound to it.
  const fill = filling && (
    <FillBack
      key={`${state.tabId}:${filling.id}:${state.pageKey}`}
      tabId={state.tabId}
      caseId={filling.id}
      subject={subjectOf(filling.case)}
      caseData={filling.case}
      lang={lang}
    />
  );
  if (!bound) {
    // Nothing saved from this page since the tab came to it: no case is offered, one may be chosen.
    return (
      <div class="tab-unbound">
        {refused}
        <CaseChooser lang={lang} onChoose={setChosen} />
        {fill}
      </div>
    );
  }
  const c = record.case;
  const name = subjectOf(c) || t(lang, 'dashboard.unnamed');
  return (
    <div class="tab-case" data-case-id={record.id}>
      <p class="case-heading">
        <span class="case-name">{name}</span>
        <span class="case-type">{typeLabel(lang, c.type)}</span>
        <StatusBadge status={record.status} lang={lang} />
      </p>
      {state.stored === 'salvaged' && record.draftRaw && (
        <p class="notice warning" data-notice="salvaged">
          {t(lang, 'panel.salvaged', {
            field: fieldLabel(record.draftRaw.error.path, lang),
            expected: describeExpected(lang, record.draftRaw.error.expected),
          })}
        </p>
      )}
      {state.unrecognised > 0 && <p class="muted">{t(lang, 'panel.unrecognised', { n: state.unrecognised })}</p>}
      {refused}
      <PendingMerge record={record} lang={lang} />
      {fill}
      <Checklist
        output={output}
        lang={lang}
        level={2}
        onRevealFinding={onRevealFinding}
        onRevealMaterial={onRevealMaterial}
        eligibilityReminder={eligibilityReminder}
      />
    </div>
  );
}

const LIMIT_NOTICES: Record<string, { key: 'limit.drafts' | 'limit.size' | 'limit.quarantine'; n: number }> = {
  [LIMIT_ERRORS.drafts.path]: { key: 'limit.drafts', n: MAX_DRAFTS_PER_TAB_PER_MINUTE },
  [LIMIT_ERRORS.size.path]: { key: 'limit.size', n: MAX_CASE_JSON_LENGTH },
  [LIMIT_ERRORS.quarantine.path]: { key: 'limit.quarantine', n: MAX_QUARANTINED_PAGES },
};

/** Why the page's last save was refused or set aside by a limit. */
function RefusedNotice({ error, lang }: { error: CaseError; lang: Lang }) {
  const limit = LIMIT_NOTICES[error.path];
  return (
    <p class="notice error" role="alert" data-notice="refused" data-limit={error.path}>
      {limit ? t(lang, limit.key, { n: limit.n }) : `${fieldLabel(error.path, lang)}: ${describeExpected(lang, error.expected)}`}
    </p>
  );
}
