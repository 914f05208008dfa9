// The case of the portal page in a tab, for the popup and the side panel: who and what it is,
// then its checklist. Says so when the page's data could not yet be made into a case.
import { useMemo } from 'preact/hooks';
import { runChecks } from '../rules/engine';
import { fieldLabel } from '../rules/fields';
import type { Finding, Lang } from '../rules/types';
import { t } from '../utils/i18n';
import type { WageOverride } from '../utils/store/types';
import { Checklist } from './Checklist';
import { FillBack } from './FillBack';
import { describeExpected, typeLabel } from './labels';
import { StatusBadge } from './StatusBadge';
import type { TabCase } from './useTabCase';
import { useEligibleReminder } from './useEligibleReminder';

export interface TabCaseViewProps {
  tabCase: TabCase;
  lang: Lang;
  today: string;
  wageOverride: WageOverride | null;
  onRevealFinding?: (finding: Finding) => void;
  onRevealMaterial?: (material: string) => void;
}

const EMPLOYER_LEVEL: ReadonlySet<string> = new Set(['employer-registration', 'department-change']);

export function TabCaseView({ tabCase, lang, today, wageOverride, onRevealFinding, onRevealMaterial }: TabCaseViewProps) {
  const { state, record } = tabCase;
  const output = useMemo(
    () => (record ? runChecks(record.case, { lang, today, wageOverride }) : null),
    // The record object changes with every reload; its updatedAt says whether the case did.
    [record?.id, record?.updatedAt, lang, today, wageOverride],
  );
  const eligibilityReminder = useEligibleReminder(record?.id);
  if (!state) return null;
  if (!state.caseId || !record || !output) {
    return (
      <div class="notice warning" data-notice="no-case">
        {t(lang, 'panel.notACaseYet')}
      </div>
    );
  }
  const c = record.case;
  const name = (EMPLOYER_LEVEL.has(c.type) ? c.employer?.name : c.applicant?.name) || t(lang, 'dashboard.unnamed');
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
      <FillBack key={`${state.tabId}`} tabId={state.tabId} caseData={c} lang={lang} />
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
