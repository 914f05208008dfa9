// Cases on paper (A4): per case 材料清单, the materials with a box to tick, and 一次性告知单, every
// problem found at once with the clause it rests on; several cases print as one document.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { runChecks } from '../../rules/engine';
import { materialName } from '../../rules/materials';
import { eligibilityPlan } from '../../rules/planner';
import { groupByKind, type FindingKind } from '../../rules/summary';
import type { CheckOutput, Finding, Lang, WorkingDayDate } from '../../rules/types';
import { planSummary } from '../../components/EligibilityTimeline';
import { formatDate, materialGroupLabel, statusLabel, typeLabel } from '../../components/labels';
import { groupMaterials, materialState, materialWhy } from '../../components/MaterialList';
import { provisionalReason, t, type MessageKey } from '../../utils/i18n';
import { sendMessage } from '../../utils/messages';
import type { WorkCalendar } from '../../rules/calendar';
import { provisionalYearsOfDate, provisionalYearsOfDates } from '../../rules/provisional';
import type { CaseRecord, WageOverride } from '../../utils/store/types';
import { isEmployerLevel, subjectOf } from '../../rules/application-types';

/** The cases of `ids` on paper, in that order: one document, each case starting a new page. */
export function PrintView({ ids, lang, today, wageOverride, calendar }: { ids: readonly string[]; lang: Lang; today: string; wageOverride: WageOverride | null; calendar?: WorkCalendar }) {
  const [records, setRecords] = useState<(CaseRecord | null)[] | undefined>(undefined);
  const key = ids.join(',');
  useEffect(() => {
    void Promise.all(ids.map((id) => sendMessage({ type: 'case/get', id }).then((reply) => (reply.ok ? reply.value : null)))).then(setRecords);
  }, [key]);
  const printed = useMemo(
    () =>
      (records ?? []).flatMap((record) => {
        const output = record ? runChecks(record.case, { lang, today, wageOverride, ...(calendar && { calendar }) }) : null;
        return record && output ? [{ record, output }] : [];
      }),
    [records, lang, today, wageOverride, calendar],
  );

  if (records === undefined) return <p role="status">{t(lang, 'common.loading')}</p>;
  if (printed.length === 0) {
    return (
      <main class="print-page">
        <h1>{t(lang, 'dashboard.editor.notFoundTitle')}</h1>
        <p>{t(lang, 'dashboard.editor.notFound')}</p>
      </main>
    );
  }
  const missing = records.length - printed.length;
  return (
    <main class="print-page">
      <div class="print-actions no-print">
        <button type="button" onClick={() => window.print()}>
          {t(lang, 'dashboard.printView.print')}
        </button>
        <span class="muted">{t(lang, printed.length > 1 ? 'dashboard.printView.hintMany' : 'dashboard.printView.hint', { n: printed.length })}</span>
        {missing > 0 && <span role="status">{t(lang, 'dashboard.printView.missing', { n: missing })}</span>}
      </div>
      {printed.map(({ record, output }, index) => (
        <div key={record.id} class={index > 0 ? 'print-case page-break' : 'print-case'} data-case-id={record.id}>
          <MaterialSheet record={record} output={output} lang={lang} />
          <NoticeSheet record={record} output={output} lang={lang} />
        </div>
      ))}
    </main>
  );
}

function SheetHeader({ record, output, lang, titleKey }: { record: CaseRecord; output: CheckOutput; lang: Lang; titleKey: MessageKey }) {
  const c = record.case;
  const plan = eligibilityPlan(output);
  // Paper has no tooltips: the mark beside a date counted on the provisional calendar, its reason under the dates.
  const provisional = provisionalYearsOfDates(output);
  const mark = (date: WorkingDayDate) => provisionalYearsOfDate(output, date).length > 0 && <span class="provisional-mark">{t(lang, 'dates.provisionalMark')}</span>;
  return (
    <header class="sheet-header">
      <p class="sheet-app">{t(lang, 'common.appName')}</p>
      <h1>{t(lang, titleKey)}</h1>
      <dl class="sheet-meta">
        <div>
          <dt>{t(lang, 'dashboard.col.subject')}</dt>
          <dd>{subjectOf(c) || t(lang, 'dashboard.unnamed')}</dd>
        </div>
        <div>
          <dt>{t(lang, 'dashboard.col.type')}</dt>
          <dd>{typeLabel(lang, c.type)}</dd>
        </div>
        {c.employer?.name && !isEmployerLevel(c.type) && (
          <div>
            <dt>{t(lang, 'case.form.section.employer')}</dt>
            <dd>{c.employer.name}</dd>
          </div>
        )}
        <div>
          <dt>{t(lang, 'dashboard.col.status')}</dt>
          <dd>{statusLabel(lang, record.status)}</dd>
        </div>
        <div>
          <dt>{t(lang, 'case.dates.asOf')}</dt>
          <dd>{formatDate(lang, output.asOf)}</dd>
        </div>
        {output.dates.lastSafeSubmission && (
          <div>
            <dt>{t(lang, 'case.dates.lastSafe')}</dt>
            <dd>
              {formatDate(lang, output.dates.lastSafeSubmission)}
              {mark('lastSafeSubmission')}
            </dd>
          </div>
        )}
        {output.dates.approvalBy && (
          <div>
            <dt>{t(lang, 'case.dates.approvalBy')}</dt>
            <dd>
              {formatDate(lang, output.dates.approvalBy)}
              {mark('approvalBy')}
            </dd>
          </div>
        )}
        {plan && (
          <>
            <div data-date="earliestEligible">
              <dt>{t(lang, 'plan.mark.earliest')}</dt>
              <dd>{plan.earliestEligible ? formatDate(lang, plan.earliestEligible) : t(lang, 'dashboard.eligibility.blocked')}</dd>
            </div>
            <div data-date="eligibleUntil">
              <dt>{t(lang, 'plan.mark.until')}</dt>
              <dd>{plan.eligibleUntil ? formatDate(lang, plan.eligibleUntil) : t(lang, 'plan.noLimit')}</dd>
            </div>
          </>
        )}
      </dl>
      {plan && <p class={`sheet-plan${plan.closed ? ' closed' : ''}`}>{planSummary(plan, lang)}</p>}
      {provisional.length > 0 && (
        <p class="sheet-provisional" data-provisional={provisional.join(' ')}>
          {provisionalReason(provisional, lang)}
        </p>
      )}
    </header>
  );
}

function MaterialSheet({ record, output, lang }: { record: CaseRecord; output: CheckOutput; lang: Lang }) {
  let number = 0;
  return (
    <section class="sheet" data-sheet="materials" aria-labelledby={`sheet-materials-${record.id}`}>
      <SheetHeader record={record} output={output} lang={lang} titleKey="dashboard.printView.materialsTitle" />
      <table class="print-table">
        <caption id={`sheet-materials-${record.id}`} class="sr-only">
          {t(lang, 'dashboard.printView.materialsTitle')}
        </caption>
        <thead>
          <tr>
            <th scope="col" class="col-no">{t(lang, 'dashboard.printView.no')}</th>
            <th scope="col">{t(lang, 'dashboard.printView.material')}</th>
            <th scope="col" class="col-state">{t(lang, 'dashboard.printView.state')}</th>
            <th scope="col">{t(lang, 'dashboard.printView.remark')}</th>
            <th scope="col" class="col-tick">{t(lang, 'dashboard.printView.tick')}</th>
          </tr>
        </thead>
        {groupMaterials(output.materials).map(({ group, entries }) => (
          <tbody key={group}>
            <tr class="group-row">
              <th scope="rowgroup" colSpan={5}>
                {materialGroupLabel(lang, group)}
              </th>
            </tr>
            {entries.map((entry) => {
              number += 1;
              const state = materialState(entry);
              const why = materialWhy(entry, lang);
              return (
                <tr key={entry.material} class={`state-${state}`} data-material={entry.material}>
                  <td class="col-no">{number}</td>
                  <td>{materialName(entry.material, lang)}</td>
                  <td class="col-state">{t(lang, `material.state.${state}`)}</td>
                  <td>{why ? t(lang, entry.required ? 'material.whyRequired' : 'material.whyConditional', { why }) : ''}</td>
                  <td class="col-tick">
                    <span class="tick-box" aria-hidden="true" />
                  </td>
                </tr>
              );
            })}
          </tbody>
        ))}
      </table>
      <p class="sheet-foot">{t(lang, 'dashboard.printView.footer', { version: output.ruleset, date: formatDate(lang, output.asOf) })}</p>
    </section>
  );
}

const NOTICE_GROUPS: ReadonlyArray<{ id: Exclude<FindingKind, 'info'>; key: MessageKey }> = [
  { id: 'error', key: 'dashboard.printView.groupError' },
  { id: 'warning', key: 'dashboard.printView.groupWarning' },
  { id: 'material', key: 'dashboard.printView.groupMaterial' },
  { id: 'incomplete', key: 'dashboard.printView.groupIncomplete' },
];

function NoticeSheet({ record, output, lang }: { record: CaseRecord; output: CheckOutput; lang: Lang }) {
  const groups = groupByKind(output.findings);
  const total = NOTICE_GROUPS.reduce((sum, { id }) => sum + groups[id].length, 0);
  let number = 0;
  return (
    <section class="sheet page-break" data-sheet="notice">
      <SheetHeader record={record} output={output} lang={lang} titleKey="dashboard.printView.noticeTitle" />
      <p>{total === 0 ? t(lang, 'dashboard.printView.noticeNone') : t(lang, 'dashboard.printView.noticeIntro', { n: total })}</p>
      {NOTICE_GROUPS.map(({ id, key }) => {
        const items: Finding[] = groups[id];
        if (items.length === 0) return null;
        return (
          <div key={id} class="notice-group" data-group={id}>
            <h2>{t(lang, key, { n: items.length })}</h2>
            <ol class="notice-list" start={number + 1}>
              {items.map((finding, i) => {
                number += 1;
                return (
                  <li key={i} data-rule={finding.rule}>
                    <p>{finding.message}</p>
                    {finding.basis && <p class="basis">{t(lang, 'case.findings.basis', { basis: finding.basis })}</p>}
                  </li>
                );
              })}
            </ol>
          </div>
        );
      })}
      {groups.info.length > 0 && (
        <div class="notice-group" data-group="info">
          <h2>{t(lang, 'case.findings.info', { n: groups.info.length })}</h2>
          <ul class="notice-list">
            {groups.info.map((finding, i) => (
              <li key={i} data-rule={finding.rule}>
                <p>{finding.message}</p>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p class="sheet-foot">{t(lang, 'dashboard.printView.disclaimer')}</p>
    </section>
  );
}
