// A staff roster (.xlsx or .csv) into cases (case-format.md, Rosters): choose the file, see and
// change each column's field, see every row with its problem, then import the rows in one go.
// Reading and mapping run in a worker (utils/roster/worker.ts), so a 50,000-row sheet never
// freezes the page; the background imports all rows in one transaction, and it can be undone.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { fieldLabel } from '../../rules/fields';
import { describeRosterProblem, ROSTER_FIELDS, ROSTER_TYPES, type RosterField, type RosterHeader, type RosterResult, type RosterRow, type RosterType } from '../../rules/roster';
import { joinList } from '../../rules/format';
import type { Lang } from '../../rules/types';
import { FilePicker } from '../../components/FilePicker';
import { formatDate, typeLabel } from '../../components/labels';
import { t } from '../../utils/i18n';
import { sendMessage } from '../../utils/messages';
import { startRosterReader, type RosterReader } from '../../utils/roster/client';
import { recallMapping, rememberMapping, withColumnField } from '../../utils/roster/mappings';
import { MAX_ROSTER_BYTES } from '../../utils/roster/limits';
import type { RosterReadReply } from '../../utils/roster/worker';
import type { CaseRecord } from '../../utils/store/types';

/** Rows shown per page of the preview. */
const PAGE_ROWS = 100;

type Failure = Extract<RosterReadReply, { ok: false }>['reason'] | 'read-failed' | 'worker-failed';

type State =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | { step: 'failed'; fileName: string; reason: Failure }
  | { step: 'preview'; fileName: string; header: RosterHeader; rosterType: RosterType; progress: number | null; result: RosterResult | null }
  | { step: 'importing'; fileName: string; count: number }
  | { step: 'imported'; created: string[]; previous: CaseRecord[] }
  | { step: 'import-failed'; message: string };

export function RosterImport({ lang, onImported }: { lang: Lang; onImported: (ids?: string[]) => void }) {
  const reader = useRef<RosterReader | null>(null);
  const [state, setState] = useState<State>({ step: 'idle' });

  useEffect(() => () => reader.current?.close(), []);

  const close = () => {
    reader.current?.close();
    reader.current = null;
    setState({ step: 'idle' });
  };

  const map = async (fileName: string, header: RosterHeader, rosterType: RosterType) => {
    setState({ step: 'preview', fileName, header, rosterType, progress: 0, result: null });
    try {
      const result = await reader.current!.map(header.mapping, rosterType, (done, total) =>
        setState((s) => (s.step === 'preview' && s.result === null ? { ...s, progress: total === 0 ? 1 : done / total } : s)),
      );
      setState((s) => (s.step === 'preview' && s.header === header && s.rosterType === rosterType ? { ...s, progress: null, result } : s));
    } catch (error) {
      if (error instanceof Error && error.message === 'superseded') return;
      setState({ step: 'failed', fileName, reason: 'worker-failed' });
    }
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_ROSTER_BYTES) return setState({ step: 'failed', fileName: file.name, reason: 'too-large' });
    setState({ step: 'reading', fileName: file.name });
    let bytes: ArrayBuffer;
    try {
      bytes = await file.arrayBuffer();
    } catch {
      return setState({ step: 'failed', fileName: file.name, reason: 'read-failed' });
    }
    reader.current?.close();
    reader.current = startRosterReader();
    let read: RosterReadReply;
    try {
      read = await reader.current.read(bytes);
    } catch {
      return setState({ step: 'failed', fileName: file.name, reason: 'worker-failed' });
    }
    if (!read.ok) return setState({ step: 'failed', fileName: file.name, reason: read.reason });
    const recalled = recallMapping(localStorage, read.header.columns);
    const header = recalled ? { ...read.header, mapping: recalled } : read.header;
    await map(file.name, header, 'renewal');
  };

  const runImport = async (fileName: string, result: RosterResult) => {
    const cases = result.rows.flatMap((row) => ('case' in row ? [row.case] : []));
    setState({ step: 'importing', fileName, count: cases.length });
    const reply = await sendMessage({ type: 'cases/import-roster', cases });
    if (!reply.ok) return setState({ step: 'import-failed', message: t(lang, 'dashboard.import.failed') });
    if (!reply.value.ok) {
      const { index, error } = reply.value;
      const row = result.rows.filter((r) => 'case' in r)[index]?.row ?? 0;
      return setState({ step: 'import-failed', message: t(lang, 'roster.importRefused', { row, field: fieldLabel(error.path, lang), expected: error.expected }) });
    }
    reader.current?.close();
    reader.current = null;
    setState({ step: 'imported', created: reply.value.created, previous: reply.value.previous });
    onImported();
  };

  const undo = async (created: string[], previous: CaseRecord[]) => {
    const reply = await sendMessage({ type: 'cases/undo-roster', created, previous });
    if (reply.ok && reply.value.ok) setState({ step: 'idle' });
    else setState({ step: 'import-failed', message: t(lang, 'roster.undoFailed') });
    onImported();
  };

  return (
    <>
      <FilePicker
        label={t(lang, 'roster.button')}
        accept=".xlsx,.xls,.csv,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        testId="roster-file"
        disabled={state.step === 'reading' || state.step === 'importing'}
        onFile={(file) => void onFile(file)}
      />
      {state.step !== 'idle' && (
        <section class="roster" aria-labelledby="roster-title" data-roster={state.step}>
          <RosterPanel lang={lang} state={state} onClose={close} onMap={map} onImport={runImport} onUndo={undo} />
        </section>
      )}
    </>
  );
}

interface PanelProps {
  lang: Lang;
  state: Exclude<State, { step: 'idle' }>;
  onClose: () => void;
  onMap: (fileName: string, header: RosterHeader, rosterType: RosterType) => void;
  onImport: (fileName: string, result: RosterResult) => void;
  onUndo: (created: string[], previous: CaseRecord[]) => void;
}

function RosterPanel({ lang, state, onClose, onMap, onImport, onUndo }: PanelProps) {
  const close = (
    <button type="button" class="secondary" onClick={onClose}>
      {t(lang, state.step === 'preview' ? 'roster.cancel' : 'common.close')}
    </button>
  );
  switch (state.step) {
    case 'reading':
      return (
        <>
          <h2 id="roster-title">{t(lang, 'roster.title', { file: state.fileName })}</h2>
          <p role="status">{t(lang, 'roster.reading')}</p>
          <progress aria-label={t(lang, 'roster.reading')} />
        </>
      );
    case 'failed':
      return (
        <>
          <h2 id="roster-title">{t(lang, 'roster.title', { file: state.fileName })}</h2>
          <div class="notice error" role="alert" data-reason={state.reason}>
            <p>{t(lang, `roster.failed.${state.reason}`)}</p>
            <p>{t(lang, 'dashboard.import.nothingChanged')}</p>
          </div>
          <div class="toolbar">{close}</div>
        </>
      );
    case 'importing':
      return (
        <>
          <h2 id="roster-title">{t(lang, 'roster.title', { file: state.fileName })}</h2>
          <p role="status">{t(lang, 'roster.importing', { n: state.count })}</p>
          <progress aria-label={t(lang, 'roster.importing', { n: state.count })} />
        </>
      );
    case 'imported':
      return (
        <>
          <h2 id="roster-title">{t(lang, 'roster.doneTitle')}</h2>
          <div class="notice success" role="status" data-created={state.created.length} data-updated={state.previous.length}>
            <p>{t(lang, 'roster.done', { created: state.created.length, updated: state.previous.length })}</p>
          </div>
          <div class="toolbar">
            <button type="button" class="secondary" onClick={() => onUndo(state.created, state.previous)}>
              {t(lang, 'roster.undo')}
            </button>
            {close}
          </div>
        </>
      );
    case 'import-failed':
      return (
        <>
          <h2 id="roster-title">{t(lang, 'roster.failedTitle')}</h2>
          <div class="notice error" role="alert">
            <p>{state.message}</p>
            <p>{t(lang, 'dashboard.import.nothingChanged')}</p>
          </div>
          <div class="toolbar">{close}</div>
        </>
      );
    case 'preview':
      return <RosterPreview lang={lang} state={state} close={close} onMap={onMap} onImport={onImport} />;
  }
}

function RosterPreview({
  lang,
  state,
  close,
  onMap,
  onImport,
}: {
  lang: Lang;
  state: Extract<State, { step: 'preview' }>;
  close: preact.JSX.Element;
  onMap: PanelProps['onMap'];
  onImport: PanelProps['onImport'];
}) {
  const { fileName, header, rosterType, progress, result } = state;
  const [onlyProblems, setOnlyProblems] = useState(false);
  const [page, setPage] = useState(0);
  const hasTypeColumn = header.mapping.includes('type');

  const setField = (c: number, field: RosterField | null) => {
    const mapping = withColumnField(header.mapping, c, field);
    rememberMapping(localStorage, header.columns, mapping);
    setPage(0);
    onMap(fileName, { ...header, mapping }, rosterType);
  };

  const counts = useMemo(() => {
    const rows = result?.rows ?? [];
    const problems = rows.filter((r) => 'problem' in r).length;
    return { cases: rows.length - problems, problems };
  }, [result]);
  const listed = useMemo(() => (result ? (onlyProblems ? result.rows.filter((r) => 'problem' in r) : result.rows) : []), [result, onlyProblems]);
  const pages = Math.max(1, Math.ceil(listed.length / PAGE_ROWS));
  const shown = listed.slice(page * PAGE_ROWS, (page + 1) * PAGE_ROWS);
  const columnOf = (field: RosterField) => header.mapping.indexOf(field);

  return (
    <>
      <h2 id="roster-title">{t(lang, 'roster.title', { file: fileName })}</h2>
      <h3 id="roster-mapping-title">{t(lang, 'roster.mappingTitle')}</h3>
      <p class="muted">{t(lang, 'roster.mappingHint', { row: header.rows.join('–') })}</p>
      <div class="roster-mapping" role="group" aria-labelledby="roster-mapping-title">
        {header.columns.map((name, c) =>
          name === '' ? null : (
            <div class="field" key={c}>
              <label for={`roster-col-${c}`} title={name}>
                {name}
              </label>
              <select id={`roster-col-${c}`} value={header.mapping[c] ?? ''} data-column={name} onChange={(e) => setField(c, (e.currentTarget.value || null) as RosterField | null)}>
                <option value="">{t(lang, 'roster.ignore')}</option>
                {ROSTER_FIELDS.map((field) => (
                  <option key={field} value={field}>
                    {fieldLabel(field, lang)}
                  </option>
                ))}
              </select>
            </div>
          ),
        )}
        <div class="field">
          <label for="roster-type">{t(lang, hasTypeColumn ? 'roster.typeFallback' : 'roster.type')}</label>
          <select id="roster-type" value={rosterType} onChange={(e) => onMap(fileName, header, e.currentTarget.value as RosterType)}>
            {ROSTER_TYPES.map((type) => (
              <option key={type} value={type}>
                {typeLabel(lang, type)}
              </option>
            ))}
          </select>
        </div>
      </div>

      {result === null ? (
        <>
          <p role="status">{t(lang, 'roster.mapping', { percent: Math.round((progress ?? 0) * 100) })}</p>
          <progress max={1} value={progress ?? 0} aria-label={t(lang, 'roster.mapping', { percent: Math.round((progress ?? 0) * 100) })} />
        </>
      ) : (
        <>
          <p role="status" data-cases={counts.cases} data-problems={counts.problems}>
            {t(lang, 'roster.summary', { cases: counts.cases, problems: counts.problems })}
            {result.ignoredColumns.length > 0 && ` ${t(lang, 'roster.ignored', { columns: joinList(lang, result.ignoredColumns) })}`}
          </p>
          <div class="toolbar">
            <button type="button" disabled={counts.cases === 0} onClick={() => onImport(fileName, result)}>
              {t(lang, 'roster.import', { n: counts.cases })}
            </button>
            {close}
            <span class="spacer" />
            <label class="check">
              <input type="checkbox" checked={onlyProblems} onChange={(e) => (setOnlyProblems(e.currentTarget.checked), setPage(0))} />
              {t(lang, 'roster.onlyProblems')}
            </label>
          </div>
          {listed.length === 0 ? (
            <p class="empty">{t(lang, onlyProblems ? 'roster.noProblems' : 'roster.noRows')}</p>
          ) : (
            <div class="table-wrap">
              <table class="roster-preview">
                <caption>{t(lang, 'roster.previewCaption', { from: page * PAGE_ROWS + 1, to: page * PAGE_ROWS + shown.length, total: listed.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t(lang, 'roster.col.row')}</th>
                    <th scope="col">{fieldLabel('applicant.name', lang)}</th>
                    <th scope="col">{fieldLabel('applicant.idNumber', lang)}</th>
                    <th scope="col">{fieldLabel('type', lang)}</th>
                    <th scope="col">{fieldLabel('permit.validUntil', lang)}</th>
                    <th scope="col">{fieldLabel('applicant.employment.contractEndDate', lang)}</th>
                    <th scope="col">{t(lang, 'roster.col.problem')}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((row) => (
                    <PreviewRow key={row.row} lang={lang} row={row} hasId={columnOf('applicant.idNumber') >= 0} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {pages > 1 && (
            <nav class="toolbar" aria-label={t(lang, 'roster.pages')}>
              <button type="button" class="secondary small" disabled={page === 0} onClick={() => setPage(page - 1)}>
                {t(lang, 'roster.previous')}
              </button>
              <span>{t(lang, 'roster.page', { page: page + 1, pages })}</span>
              <button type="button" class="secondary small" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
                {t(lang, 'roster.next')}
              </button>
            </nav>
          )}
        </>
      )}
    </>
  );
}

function PreviewRow({ lang, row, hasId }: { lang: Lang; row: RosterRow; hasId: boolean }) {
  if ('problem' in row) {
    return (
      <tr data-row={row.row} class="problem">
        <th scope="row">{row.row}</th>
        <td colSpan={5} />
        <td>{describeRosterProblem(row.problem)[lang]}</td>
      </tr>
    );
  }
  const c = row.case;
  const date = (iso: string | null | undefined) => (iso ? formatDate(lang, iso) : iso === null ? t(lang, 'roster.openEnded') : '');
  return (
    <tr data-row={row.row}>
      <th scope="row">{row.row}</th>
      <td>{c.applicant?.name ?? ''}</td>
      <td>{c.applicant?.idNumber ?? ''}</td>
      <td>{typeLabel(lang, c.type)}</td>
      <td data-field="permit.validUntil">{date(c.permit?.validUntil)}</td>
      <td data-field="applicant.employment.contractEndDate">{date(c.applicant?.employment?.contractEndDate)}</td>
      <td>{hasId || c.applicant?.idNumber ? '' : t(lang, 'roster.noId')}</td>
    </tr>
  );
}
