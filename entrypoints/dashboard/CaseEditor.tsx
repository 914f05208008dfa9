// A case by hand: the applicant's own check without the portal, or the edit of a stored case.
// The form is checked live; saving needs a valid case, and until then nothing typed is lost.
import { useEffect, useRef, useState } from 'preact/hooks';
import { fieldLabel } from '../../rules/fields';
import type { Lang } from '../../rules/types';
import { cleanDraft, newDraft, type Draft } from '../../components/caseDraft';
import { CaseForm, useDraftCheck } from '../../components/CaseForm';
import { CaseVersions } from '../../components/CaseVersions';
import { describeExpected, fieldName } from '../../components/labels';
import { t } from '../../utils/i18n';
import { onStoreEvent, sendMessage } from '../../utils/messages';
import type { WorkCalendar } from '../../rules/calendar';
import { StatusSelect } from '../../components/StatusBadge';
import { type CaseRecord, type CaseStatus, type EmployerProfile, type WageOverride } from '../../utils/store/types';
import { CalendarExport } from './CalendarExport';
import { ExportPanel } from './ExportPanel';
import { hrefOf, navigate } from './route';
import { subjectOf } from '../../rules/application-types';

export interface CaseEditorProps {
  /** Null for a new case. */
  id: string | null;
  /** For a new case: the employer profile to start from. */
  profileId?: string | null;
  lang: Lang;
  today: string;
  wageOverride: WageOverride | null;
  calendar?: WorkCalendar;
}

type Message = { kind: 'saved' } | { kind: 'fix-first'; field: string } | { kind: 'failed'; text: string } | { kind: 'changed-elsewhere' };

/**
 * The id of a new case just saved. Its first save moves the editor to #/case/<id>, which mounts a
 * new editor; that one still has to say 已保存.
 */
let savedNewCaseId: string | null = null;

export function CaseEditor({ id, profileId = null, lang, today, wageOverride, calendar }: CaseEditorProps) {
  const [record, setRecord] = useState<CaseRecord | null>(null);
  const [missing, setMissing] = useState(false);
  const [draft, setDraft] = useState<Draft>(() => newDraft('new'));
  const [status, setStatus] = useState<CaseStatus>('draft');
  const [notes, setNotes] = useState('');
  const [dirty, setDirty] = useState(false);
  const [showAllErrors, setShowAllErrors] = useState(false);
  const [message, setMessage] = useState<Message | null>(() => {
    if (id === null || id !== savedNewCaseId) return null;
    savedNewCaseId = null;
    return { kind: 'saved' };
  });
  const [profiles, setProfiles] = useState<EmployerProfile[]>([]);
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  /** updatedAt of the version shown, to tell our own saves from changes made elsewhere. */
  const shownVersion = useRef<string | null>(null);

  const check = useDraftCheck(draft, { lang, today, wageOverride, ...(calendar && { calendar }) });

  const adopt = (r: CaseRecord) => {
    shownVersion.current = r.updatedAt;
    dirtyRef.current = false;
    setRecord(r);
    setDraft(structuredClone(r.case) as Draft);
    setStatus(r.status);
    setNotes(r.notes);
    setDirty(false);
  };

  useEffect(() => {
    let live = true;
    void sendMessage({ type: 'employer/list' }).then((reply) => {
      if (!live || !reply.ok) return;
      setProfiles(reply.value);
      const profile = profileId ? reply.value.find((p) => p.id === profileId) : undefined;
      if (id === null && profile) setDraft((d) => ({ ...d, employer: structuredClone(profile.employer) }));
    });
    if (id === null) return () => {
      live = false;
    };
    const load = async (fromEvent: boolean) => {
      const reply = await sendMessage({ type: 'case/get', id });
      if (!live) return;
      if (!reply.ok || !reply.value) {
        if (!fromEvent) setMissing(true);
        return;
      }
      if (fromEvent && reply.value.updatedAt === shownVersion.current) return;
      // Someone else (the portal's autosave, another tab) changed the case: never overwrite unsaved edits.
      if (fromEvent && dirtyRef.current) setMessage({ kind: 'changed-elsewhere' });
      else adopt(reply.value);
    };
    void load(false);
    const stop = onStoreEvent((event) => {
      if (event.type === 'event/cases-changed' && event.ids.includes(id)) void load(true);
    });
    return () => {
      live = false;
      stop();
    };
  }, [id, profileId]);

  useEffect(() => {
    if (!dirty) return undefined;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const change = (next: Draft) => {
    setDraft(next);
    setDirty(true);
    if (message?.kind === 'saved') setMessage(null);
  };

  const save = async () => {
    if (check.errors.length > 0) {
      setShowAllErrors(true);
      setMessage({ kind: 'fix-first', field: fieldName(lang, check.errors[0]!.path) });
      // Once the errors are drawn, go to the first marked field: scrolled to, focused, named.
      requestAnimationFrame(() => {
        const field = document.querySelector<HTMLElement>('.case-form [aria-invalid="true"]');
        if (!field) return;
        field.scrollIntoView({ block: 'center' });
        field.focus({ preventScroll: true });
        const label = field.id ? document.querySelector(`label[for="${CSS.escape(field.id)}"]`)?.textContent : null;
        if (label) setMessage({ kind: 'fix-first', field: label });
      });
      return;
    }
    const reply = await sendMessage({
      type: 'case/save',
      input: { ...(record && { id: record.id }), case: cleanDraft(draft), status, notes },
    });
    if (!reply.ok) {
      setMessage({ kind: 'failed', text: t(lang, 'dashboard.editor.saveFailed') });
      return;
    }
    if (!reply.value.ok) {
      const { path, expected } = reply.value.error;
      const casePath = path.replace(/^case\.?/, '');
      setMessage({ kind: 'failed', text: t(lang, 'case.form.fieldError', { field: casePath ? fieldName(lang, casePath) : path, message: describeExpected(lang, expected) }) });
      return;
    }
    adopt(reply.value.record);
    setShowAllErrors(false);
    setMessage({ kind: 'saved' });
    if (!record) {
      savedNewCaseId = reply.value.record.id;
      navigate({ view: 'case', id: reply.value.record.id });
    }
  };

  const [exporting, setExporting] = useState(false);
  // The sticky bar's height, so that the live check's own sticky top sits below it (dashboard.css).
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = bar.current;
    if (!element) return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => root.style.setProperty('--editor-bar-height', `${element.offsetHeight}px`));
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--editor-bar-height');
    };
  }, [record === null, missing]);

  if (missing) {
    return (
      <>
        <h1>{t(lang, 'dashboard.editor.notFoundTitle')}</h1>
        <p>{t(lang, 'dashboard.editor.notFound')}</p>
        <a href={hrefOf({ view: 'list' })}>{t(lang, 'dashboard.backToList')}</a>
      </>
    );
  }
  if (id !== null && !record) return <p role="status">{t(lang, 'common.loading')}</p>;

  const name = record ? subjectOf(record.case) : '';
  return (
    <>
      <h1>{record ? t(lang, 'dashboard.editor.editTitle', { name: name || t(lang, 'dashboard.unnamed') }) : t(lang, 'dashboard.editor.newTitle')}</h1>
      {!record && <p class="muted">{t(lang, 'dashboard.editor.newIntro')}</p>}

      {record?.draftRaw && (
        <div class="notice warning" data-notice="draft-raw">
          {t(lang, 'dashboard.editor.draftRaw', {
            field: fieldLabel(record.draftRaw.error.path, lang),
            expected: describeExpected(lang, record.draftRaw.error.expected),
          })}
        </div>
      )}
      {message?.kind === 'changed-elsewhere' && (
        <div class="notice warning" role="alert">
          {t(lang, 'dashboard.editor.changedElsewhere')}{' '}
          <button
            type="button"
            class="secondary small"
            onClick={() => {
              setMessage(null);
              void sendMessage({ type: 'case/get', id: id! }).then((reply) => reply.ok && reply.value && adopt(reply.value));
            }}
          >
            {t(lang, 'dashboard.editor.reload')}
          </button>
        </div>
      )}

      <div class="editor-bar" ref={bar}>
        <div class="field">
          <label for="case-status">{t(lang, 'dashboard.col.status')}</label>
          <StatusSelect
            id="case-status"
            lang={lang}
            value={status}
            onChange={(next) => {
              setStatus(next);
              setDirty(true);
            }}
          />
        </div>
        <div class="field notes">
          <label for="case-notes">{t(lang, 'dashboard.editor.notes')}</label>
          <textarea
            id="case-notes"
            value={notes}
            onInput={(e) => {
              setNotes(e.currentTarget.value);
              setDirty(true);
            }}
          />
        </div>
        <div class="editor-actions">
          <button type="button" onClick={() => void save()}>
            {t(lang, 'dashboard.editor.save')}
          </button>
          {record && (
            <>
              <button type="button" class="secondary" onClick={() => setExporting(true)}>
                {t(lang, 'dashboard.export')}
              </button>
              <CalendarExport
                lang={lang}
                today={today}
                ids={[record.id]}
                label={t(lang, 'ics.one')}
                onResult={(text) => setMessage(text === null ? null : { kind: 'failed', text })}
              />
              <a class="button secondary" href={hrefOf({ view: 'print', ids: [record.id] })} target="_blank" rel="noopener">
                {t(lang, 'dashboard.print')}
              </a>
            </>
          )}
          <a href={hrefOf({ view: 'list' })}>{t(lang, 'dashboard.backToList')}</a>
        </div>
        <p class="save-state" role="status">
          {message?.kind === 'saved'
            ? t(lang, 'dashboard.editor.saved')
            : message?.kind === 'fix-first'
              ? t(lang, 'dashboard.editor.fixFirstAt', { n: check.errors.length, field: message.field })
              : message?.kind === 'failed'
                ? message.text
                : dirty
                  ? t(lang, 'dashboard.editor.unsaved')
                  : ''}
        </p>
      </div>

      {exporting && record && <ExportPanel lang={lang} today={today} request={{ ids: [record.id], count: 1 }} onClose={() => setExporting(false)} />}
      {record && (
        <CaseVersions
          record={record}
          lang={lang}
          onRestore={(index) =>
            void sendMessage({ type: 'case/restore-version', id: record.id, index }).then((reply) => {
              if (reply.ok && reply.value) adopt(reply.value);
            })
          }
        />
      )}
      <CaseForm draft={draft} onChange={change} check={check} lang={lang} today={today} showAllErrors={showAllErrors} profiles={profiles} caseId={record?.id} />
    </>
  );
}
