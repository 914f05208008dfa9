// The case as a form over its whole JSON, checked live: the schema's complaints next to their
// fields, and the checklist of the valid part beside the form. Invalid input stays in the draft.
import { useMemo, useState } from 'preact/hooks';
import { hasPermit, isEmployerLevel } from '../rules/application-types';
import { isRealDate, lastThreeYears } from '../rules/dates';
import { APPLICATION_TYPES, type ApplicationType } from '../rules/schema';
import type { Lang } from '../rules/types';
import { t } from '../utils/i18n';
import type { WorkCalendar } from '../rules/calendar';
import type { EmployerProfile, WageOverride } from '../utils/store/types';
import { checkDraft, type Draft, type DraftCheck } from './caseDraft';
import { Checklist } from './Checklist';
import { fieldName, typeLabel } from './labels';
import { ApplicantFields } from './form/ApplicantFields';
import { AttachmentFields } from './form/AttachmentFields';
import { EmployerFields } from './form/EmployerFields';
import { CheckGroup, DateField, EnumField, ErrorSummary, TextField } from './form/fields';
import { useFormApi } from './form/useFormApi';
import { useEligibleReminder } from './useEligibleReminder';


export interface DraftCheckOptions {
  lang: Lang;
  today: string;
  wageOverride?: WageOverride | null;
  calendar?: WorkCalendar;
}

/** The draft's check, recomputed when the draft or the options change. */
export function useDraftCheck(draft: Draft, { lang, today, wageOverride = null, calendar }: DraftCheckOptions): DraftCheck {
  return useMemo(() => checkDraft(draft, { lang, today, wageOverride, ...(calendar && { calendar }) }), [draft, lang, today, wageOverride, calendar]);
}

export interface CaseFormProps {
  draft: Draft;
  onChange: (draft: Draft) => void;
  check: DraftCheck;
  lang: Lang;
  today: string;
  /** Shows every error at once (after a save attempt), not only those of fields the user has left. */
  showAllErrors?: boolean;
  profiles?: readonly EmployerProfile[];
  /** Prefix of the inputs' ids, for a page with more than one form. */
  idPrefix?: string;
  /** Shows the checklist of the valid part beside the form (default true). */
  liveCheck?: boolean;
  /** The stored case's id, once saved: its first day to apply can then be reminded of. */
  caseId?: string;
}

export function CaseForm({ draft, onChange, check, lang, today, showAllErrors = false, profiles = [], idPrefix = 'case', liveCheck = true, caseId }: CaseFormProps) {
  const { f, shownErrors } = useFormApi(draft, onChange, check.errors, { lang, idPrefix, showAllErrors });
  const eligibilityReminder = useEligibleReminder(caseId);

  const type = typeof draft.type === 'string' ? draft.type : 'new';
  // The years of the check date, or today's while the date is not (yet) a real one.
  const years = lastThreeYears(typeof draft.asOf === 'string' && isRealDate(draft.asOf) ? draft.asOf : today);
  const profileSelectId = `${idPrefix}-profile`;
  const [profileId, setProfileId] = useState('');

  return (
    <div class={`case-form-layout${liveCheck ? ' with-check' : ''}`}>
      <form class="case-form" noValidate onSubmit={(e) => e.preventDefault()} aria-label={t(lang, 'case.form.label')}>
        <ErrorSummary lang={lang} errors={shownErrors} idPrefix={idPrefix} />

        <section class="form-section" data-section="application">
          <h2>{t(lang, 'case.form.section.application')}</h2>
          <div class="field-grid">
            <div class="field">
              <label for={f.id('type')}>{fieldName(lang, 'type')}</label>
              <select id={f.id('type')} value={type} onChange={(e) => f.set('type', e.currentTarget.value as ApplicationType)}>
                {APPLICATION_TYPES.map((value) => (
                  <option key={value} value={value}>
                    {typeLabel(lang, value)}
                  </option>
                ))}
              </select>
            </div>
            <EnumField f={f} path="district" name="district" emptyKey="case.form.districtDefault" />
            <DateField f={f} path="asOf" />
            <DateField f={f} path="acceptedOn" />
          </div>
        </section>

        <section class="form-section" data-section="employer">
          <h2>{t(lang, 'case.form.section.employer')}</h2>
          {profiles.length > 0 && (
            <div class="profile-fill">
              <label for={profileSelectId}>{t(lang, 'case.form.fromProfile')}</label>
              <select id={profileSelectId} value={profileId} onChange={(e) => setProfileId(e.currentTarget.value)}>
                <option value="">{t(lang, 'case.form.chooseProfile')}</option>
                {profiles.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
              <button
                type="button"
                class="secondary small"
                disabled={profileId === ''}
                onClick={() => {
                  const profile = profiles.find((p) => p.id === profileId);
                  if (profile) f.set('employer', structuredClone(profile.employer));
                }}
              >
                {t(lang, 'case.form.fillFromProfile')}
              </button>
            </div>
          )}
          <EmployerFields f={f} taxYears={years} showPreviousDistrict={type === 'department-change'} />
        </section>

        {!isEmployerLevel(type) && (
          <section class="form-section" data-section="applicant">
            <h2>{t(lang, 'case.form.section.applicant')}</h2>
            <ApplicantFields f={f} incomeYears={years} />
          </section>
        )}

        {hasPermit(type) && (
          <section class="form-section" data-section="permit">
            <h2>{t(lang, 'case.form.section.permit')}</h2>
            <div class="field-grid">
              <TextField f={f} path="permit.number" />
              <TextField f={f} path="permit.employer" />
              <DateField f={f} path="permit.validUntil" />
              <EnumField f={f} path="permit.status" name="permitStatus" />
            </div>
          </section>
        )}

        {(type === 'employer-change' || type === 'info-change') && (
          <section class="form-section" data-section="changes">
            <h2>{t(lang, 'case.form.section.changes')}</h2>
            {type === 'employer-change' ? (
              <div class="field-grid">
                <TextField f={f} path="employerChange.previousEmployer" />
                <DateField f={f} path="employerChange.separationDate" />
              </div>
            ) : (
              <CheckGroup f={f} path="infoChange.items" name="infoChangeItem" />
            )}
          </section>
        )}

        <section class="form-section" data-section="attachments">
          <h2>{t(lang, 'case.form.section.attachments')}</h2>
          <AttachmentFields f={f} materials={check.output?.materials ?? []} />
        </section>
      </form>

      {liveCheck && (
        // It scrolls on its own (sticky, at most the window's height): focusable, so that it can be scrolled by keyboard.
        <aside class="live-check" aria-label={t(lang, 'case.form.liveCheck')} tabIndex={0}>
          <h2>{t(lang, 'case.form.liveCheck')}</h2>
          {check.errors.length > 0 && <p class="note">{t(lang, 'case.form.checkedValidPart')}</p>}
          {check.output ? <Checklist output={check.output} lang={lang} level={3} eligibilityReminder={eligibilityReminder} /> : <p class="muted">{t(lang, 'case.form.noCheck')}</p>}
        </aside>
      )}
    </div>
  );
}
