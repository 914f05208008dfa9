// Employer profiles: the employer's details kept once and filled into new cases.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { lastThreeYears } from '../../rules/dates';
import { CASE_SCHEMA_ID } from '../../rules/schema';
import type { Lang } from '../../rules/types';
import { checkDraft, cleanDraft, type Draft } from '../../components/caseDraft';
import { EmployerFields } from '../../components/form/EmployerFields';
import { ErrorSummary } from '../../components/form/fields';
import { useFormApi } from '../../components/form/useFormApi';
import { describeExpected, enumLabel, fieldName, formatDate } from '../../components/labels';
import { Toast } from '../../components/Toast';
import { t } from '../../utils/i18n';
import { sendMessage } from '../../utils/messages';
import type { EmployerProfile } from '../../utils/store/types';
import { hrefOf } from './route';

/** Employer fields are validated as the employer of a case. */
const asCase = (employer: unknown): Draft => ({ schema: CASE_SCHEMA_ID, type: 'employer-registration', employer: employer ?? {} });

export function EmployerProfiles({ lang, today }: { lang: Lang; today: string }) {
  const [profiles, setProfiles] = useState<EmployerProfile[] | null>(null);
  /** The profile being edited: an existing one, a new one ('new'), or none. */
  const [editing, setEditing] = useState<EmployerProfile | 'new' | null>(null);
  const [deleted, setDeleted] = useState<EmployerProfile | null>(null);

  const load = async () => {
    const reply = await sendMessage({ type: 'employer/list' });
    setProfiles(reply.ok ? reply.value : []);
  };
  useEffect(() => {
    void load();
  }, []);

  const remove = async (profile: EmployerProfile) => {
    const reply = await sendMessage({ type: 'employer/delete', id: profile.id });
    if (reply.ok) setDeleted(profile);
    void load();
  };
  const undo = async (profile: EmployerProfile) => {
    await sendMessage({ type: 'employer/save', input: { id: profile.id, name: profile.name, employer: profile.employer } });
    setDeleted(null);
    void load();
  };

  return (
    <>
      <h1>{t(lang, 'dashboard.profiles.title')}</h1>
      <p class="muted">{t(lang, 'dashboard.profiles.intro')}</p>
      {editing === null ? (
        <div class="toolbar">
          <button type="button" onClick={() => setEditing('new')}>
            {t(lang, 'dashboard.profiles.new')}
          </button>
        </div>
      ) : (
        <ProfileEditor
          key={editing === 'new' ? 'new' : editing.id}
          profile={editing === 'new' ? null : editing}
          lang={lang}
          today={today}
          onDone={() => {
            setEditing(null);
            void load();
          }}
        />
      )}
      {profiles === null ? (
        <p role="status">{t(lang, 'common.loading')}</p>
      ) : profiles.length === 0 ? (
        <p class="empty">{t(lang, 'dashboard.profiles.empty')}</p>
      ) : (
        <table class="data profile-table">
          <caption class="sr-only">{t(lang, 'dashboard.profiles.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t(lang, 'dashboard.profiles.name')}</th>
              <th scope="col">{fieldName(lang, 'employer.creditCode')}</th>
              <th scope="col">{fieldName(lang, 'employer.orgForm')}</th>
              <th scope="col">{t(lang, 'dashboard.col.updatedAt')}</th>
              <th scope="col">{t(lang, 'dashboard.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {profiles.map((profile) => (
              <tr key={profile.id} data-id={profile.id}>
                <th scope="row">{profile.name}</th>
                <td>{profile.employer.creditCode ?? ''}</td>
                <td>{profile.employer.orgForm ? enumLabel(lang, 'orgForm', profile.employer.orgForm) : ''}</td>
                <td>{formatDate(lang, profile.updatedAt.slice(0, 10))}</td>
                <td class="row-actions">
                  <a class="button small" href={hrefOf({ view: 'new', profileId: profile.id })} aria-label={t(lang, 'dashboard.profiles.newCaseNamed', { name: profile.name })}>
                    {t(lang, 'dashboard.profiles.newCase')}
                  </a>
                  <button type="button" class="secondary small" aria-label={t(lang, 'dashboard.profiles.editNamed', { name: profile.name })} onClick={() => setEditing(profile)}>
                    {t(lang, 'dashboard.profiles.edit')}
                  </button>
                  <button type="button" class="danger small" aria-label={t(lang, 'dashboard.deleteNamed', { name: profile.name })} onClick={() => void remove(profile)}>
                    {t(lang, 'dashboard.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {deleted && (
        <Toast
          lang={lang}
          message={t(lang, 'dashboard.deleted', { name: deleted.name })}
          actionLabel={t(lang, 'dashboard.undo')}
          onAction={() => void undo(deleted)}
          focusAction
          onClose={() => setDeleted(null)}
        />
      )}
    </>
  );
}

function ProfileEditor({ profile, lang, today, onDone }: { profile: EmployerProfile | null; lang: Lang; today: string; onDone: () => void }) {
  const [name, setName] = useState(profile?.name ?? '');
  const [draft, setDraft] = useState<Draft>(() => asCase(structuredClone(profile?.employer ?? {})));
  const [showAllErrors, setShowAllErrors] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const check = useMemo(() => checkDraft(draft, { lang, today }), [draft, lang, today]);
  const { f, shownErrors } = useFormApi(draft, setDraft, check.errors, { lang, idPrefix: 'profile', showAllErrors });
  const employerName = typeof (draft.employer as { name?: unknown } | undefined)?.name === 'string' ? (draft.employer as { name: string }).name : '';

  const save = async () => {
    if (check.errors.length > 0) {
      setShowAllErrors(true);
      return;
    }
    const profileName = name.trim() || employerName.trim();
    if (!profileName) {
      setFailure(t(lang, 'dashboard.profiles.nameNeeded'));
      return;
    }
    const employer = cleanDraft(draft).employer ?? {};
    const reply = await sendMessage({ type: 'employer/save', input: { ...(profile && { id: profile.id }), name: profileName, employer } });
    if (!reply.ok) setFailure(t(lang, 'dashboard.editor.saveFailed'));
    else if (!reply.value.ok) setFailure(t(lang, 'case.form.fieldError', { field: reply.value.error.path, message: describeExpected(lang, reply.value.error.expected) }));
    else onDone();
  };

  return (
    <section class="form-section profile-editor" aria-labelledby="profile-editor-title">
      <h2 id="profile-editor-title">{profile ? t(lang, 'dashboard.profiles.editTitle', { name: profile.name }) : t(lang, 'dashboard.profiles.new')}</h2>
      <ErrorSummary lang={lang} errors={shownErrors} idPrefix="profile" />
      <div class="field-grid">
        <div class="field">
          <label for="profile-name">{t(lang, 'dashboard.profiles.name')}</label>
          <input id="profile-name" type="text" value={name} placeholder={employerName} onInput={(e) => setName(e.currentTarget.value)} />
          <span class="hint">{t(lang, 'dashboard.profiles.nameHint')}</span>
        </div>
      </div>
      <EmployerFields f={f} taxYears={lastThreeYears(today)} />
      {failure && (
        <p class="field-error" role="alert">
          {failure}
        </p>
      )}
      <div class="toolbar">
        <button type="button" onClick={() => void save()}>
          {t(lang, 'dashboard.profiles.save')}
        </button>
        <button type="button" class="secondary" onClick={onDone}>
          {t(lang, 'dashboard.import.cancel')}
        </button>
      </div>
    </section>
  );
}
