// Every case in one table: sort by any column, filter by type and status, search by name, ID
// number or employer; duplicate, export, print and delete (with undo) from each row.
import { memo } from 'preact/compat';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { APPLICATION_TYPES } from '../../rules/schema';
import type { Lang } from '../../rules/types';
import { downloadJson, downloadText } from '../../components/download';
import { formatDate, statusLabel, typeLabel } from '../../components/labels';
import { StatusBadge } from '../../components/StatusBadge';
import { Toast } from '../../components/Toast';
import { t, type MessageKey } from '../../utils/i18n';
import { onStoreEvent, sendMessage } from '../../utils/messages';
import { CASE_STATUSES, type CaseRecord, type CaseStatus, type WageOverride } from '../../utils/store/types';
import { ImportButton } from './ImportExport';
import { hrefOf, navigate } from './route';
import { filterRows, RowCache, sortRows, type CaseRow, type RowFilter, type SortDirection, type SortKey } from './rows';

interface Column {
  key: SortKey;
  label: MessageKey;
  numeric?: boolean;
}

const COLUMNS: readonly Column[] = [
  { key: 'subject', label: 'dashboard.col.subject' },
  { key: 'type', label: 'dashboard.col.type' },
  { key: 'status', label: 'dashboard.col.status' },
  { key: 'errors', label: 'dashboard.col.errors', numeric: true },
  { key: 'warnings', label: 'dashboard.col.warnings', numeric: true },
  { key: 'missing', label: 'dashboard.col.missing', numeric: true },
  { key: 'permitEnd', label: 'dashboard.col.permitEnd' },
  { key: 'lastSafe', label: 'dashboard.col.lastSafe' },
  { key: 'updatedAt', label: 'dashboard.col.updatedAt' },
];

/** Counts and dates read best from the most urgent end first. */
const FIRST_DIRECTION: Record<SortKey, SortDirection> = {
  subject: 'ascending',
  type: 'ascending',
  status: 'ascending',
  errors: 'descending',
  warnings: 'descending',
  missing: 'descending',
  permitEnd: 'ascending',
  lastSafe: 'ascending',
  updatedAt: 'descending',
};

export interface CaseListProps {
  lang: Lang;
  today: string;
  wageOverride: WageOverride | null;
}

type Notice = { kind: 'deleted'; record: CaseRecord } | { kind: 'duplicated'; record: CaseRecord } | { kind: 'failed'; message: string };

export function CaseList({ lang, today, wageOverride }: CaseListProps) {
  const [records, setRecords] = useState<CaseRecord[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [filter, setFilter] = useState<RowFilter>({ type: '', status: '', query: '' });
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({ key: 'updatedAt', direction: 'descending' });
  const [notice, setNotice] = useState<Notice | null>(null);
  const cache = useRef(new RowCache());

  const load = async () => {
    const reply = await sendMessage({ type: 'case/list' });
    if (reply.ok) {
      setRecords(reply.value);
      setLoadError(null);
    } else {
      setLoadError(reply.error);
      setRecords((current) => current ?? []);
    }
  };
  useEffect(() => {
    void load();
    return onStoreEvent((event) => {
      if (event.type === 'event/cases-changed') void load();
    });
  }, []);

  const rows = useMemo(() => (records ? cache.current.rowsFor(records, { lang, today, wageOverride }) : []), [records, lang, today, wageOverride]);
  const shown = useMemo(() => sortRows(filterRows(rows, filter), sort.key, sort.direction), [rows, filter, sort]);

  const onSort = (key: SortKey) =>
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: FIRST_DIRECTION[key] },
    );

  const latestActions: RowActions = {
    duplicate: async (row) => {
      const reply = await sendMessage({ type: 'case/duplicate', id: row.id });
      if (reply.ok && reply.value.ok) setNotice({ kind: 'duplicated', record: reply.value.record });
      else setNotice({ kind: 'failed', message: t(lang, 'dashboard.actionFailed') });
      void load();
    },
    remove: async (row) => {
      const reply = await sendMessage({ type: 'case/delete', id: row.id });
      if (reply.ok && reply.value) setNotice({ kind: 'deleted', record: reply.value });
      else setNotice({ kind: 'failed', message: t(lang, 'dashboard.actionFailed') });
      void load();
    },
    exportOne: async (row) => {
      const reply = await sendMessage({ type: 'cases/export', ids: [row.id] });
      if (reply.ok) downloadJson(t(lang, 'dashboard.fileName.one', { date: today, id: row.id.slice(0, 8) }), reply.value);
      else setNotice({ kind: 'failed', message: t(lang, 'dashboard.actionFailed') });
    },
  };

  // Stable across renders, so that the memoised rows do not re-render for a new callback.
  const actionsRef = useRef(latestActions);
  actionsRef.current = latestActions;
  const actions = useMemo<RowActions>(
    () => ({
      duplicate: (row) => actionsRef.current.duplicate(row),
      remove: (row) => actionsRef.current.remove(row),
      exportOne: (row) => actionsRef.current.exportOne(row),
    }),
    [],
  );

  const undo = async (record: CaseRecord) => {
    const reply = await sendMessage({ type: 'case/restore', record });
    setNotice(reply.ok && reply.value.ok ? null : { kind: 'failed', message: t(lang, 'dashboard.undoFailed') });
    void load();
  };

  const exportAll = async () => {
    const reply = await sendMessage({ type: 'cases/export' });
    if (reply.ok) downloadJson(t(lang, 'dashboard.fileName.all', { date: today }), reply.value);
    else setNotice({ kind: 'failed', message: t(lang, 'dashboard.actionFailed') });
  };
  const exportCsv = async () => {
    const reply = await sendMessage({ type: 'cases/csv', lang, ids: shown.map((row) => row.id) });
    if (reply.ok) downloadText(t(lang, 'dashboard.fileName.csv', { date: today }), reply.value, 'text/csv;charset=utf-8');
    else setNotice({ kind: 'failed', message: t(lang, 'dashboard.actionFailed') });
  };

  const filtered = filter.type !== '' || filter.status !== '' || filter.query.trim() !== '';
  return (
    <>
      <h1>{t(lang, 'dashboard.cases.title')}</h1>
      <div class="toolbar" role="search">
        <div class="field">
          <label for="case-search">{t(lang, 'dashboard.search')}</label>
          <input
            id="case-search"
            type="search"
            value={filter.query}
            placeholder={t(lang, 'dashboard.searchPlaceholder')}
            onInput={(e) => setFilter({ ...filter, query: e.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for="case-filter-type">{t(lang, 'dashboard.filterType')}</label>
          <select id="case-filter-type" value={filter.type} onChange={(e) => setFilter({ ...filter, type: e.currentTarget.value as RowFilter['type'] })}>
            <option value="">{t(lang, 'dashboard.all')}</option>
            {APPLICATION_TYPES.map((type) => (
              <option key={type} value={type}>
                {typeLabel(lang, type)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="case-filter-status">{t(lang, 'dashboard.filterStatus')}</label>
          <select id="case-filter-status" value={filter.status} onChange={(e) => setFilter({ ...filter, status: e.currentTarget.value as CaseStatus | '' })}>
            <option value="">{t(lang, 'dashboard.all')}</option>
            {CASE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {statusLabel(lang, status)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div class="toolbar">
        <a class="button" href={hrefOf({ view: 'new', profileId: null })}>
          {t(lang, 'dashboard.newCase')}
        </a>
        <span class="spacer" />
        <ImportButton lang={lang} onImported={() => void load()} />
        <button type="button" class="secondary" onClick={() => void exportAll()} disabled={rows.length === 0}>
          {t(lang, 'dashboard.exportAll')}
        </button>
        <button type="button" class="secondary" onClick={() => void exportCsv()} disabled={shown.length === 0}>
          {t(lang, filtered ? 'dashboard.exportCsvShown' : 'dashboard.exportCsv', { n: shown.length })}
        </button>
      </div>

      {loadError && (
        <div class="notice error" role="alert">
          {t(lang, 'dashboard.loadFailed')}
        </div>
      )}
      <p class="muted" role="status" data-count={shown.length}>
        {records === null
          ? t(lang, 'common.loading')
          : filtered
            ? t(lang, 'dashboard.countFiltered', { n: shown.length, total: rows.length })
            : t(lang, 'dashboard.count', { n: rows.length })}
      </p>

      {records !== null && rows.length === 0 ? (
        <p class="empty">{t(lang, 'dashboard.empty')}</p>
      ) : (
        <div class="table-wrap">
          {/* An ARIA table of grid rows rather than a <table>: rows off screen then skip layout
              (content-visibility), which keeps a list of a thousand cases quick to sort and filter. */}
          <div class="case-table" role="table" aria-label={t(lang, 'dashboard.cases.caption')} aria-rowcount={shown.length + 1}>
            <div role="rowgroup" class="case-head">
              <div role="row" class="case-row">
                {COLUMNS.map((column) => {
                  const active = sort.key === column.key;
                  return (
                    <div key={column.key} role="columnheader" class={column.numeric ? 'num' : undefined} aria-sort={active ? sort.direction : undefined}>
                      <button type="button" class="sort-button" data-sort={column.key} data-dir={active ? sort.direction : undefined} onClick={() => onSort(column.key)}>
                        {t(lang, column.label)}
                      </button>
                    </div>
                  );
                })}
                <div role="columnheader">{t(lang, 'dashboard.col.actions')}</div>
              </div>
            </div>
            <div role="rowgroup" class="case-body">
              {shown.map((row) => (
                <CaseRowView key={row.id} row={row} lang={lang} actions={actions} />
              ))}
            </div>
          </div>
        </div>
      )}

      {notice && (
        <Toast
          lang={lang}
          message={
            notice.kind === 'failed'
              ? notice.message
              : t(lang, notice.kind === 'deleted' ? 'dashboard.deleted' : 'dashboard.duplicated', { name: nameOf(notice.record, lang) })
          }
          {...(notice.kind === 'deleted' && { actionLabel: t(lang, 'dashboard.undo'), onAction: () => void undo(notice.record), focusAction: true })}
          {...(notice.kind === 'duplicated' && {
            actionLabel: t(lang, 'dashboard.openCopy'),
            onAction: () => {
              setNotice(null);
              navigate({ view: 'case', id: notice.record.id });
            },
          })}
          onClose={() => setNotice(null)}
        />
      )}
    </>
  );
}

function nameOf(record: CaseRecord, lang: Lang): string {
  const c = record.case;
  const name = c.type === 'employer-registration' || c.type === 'department-change' ? c.employer?.name : c.applicant?.name;
  return name || t(lang, 'dashboard.unnamed');
}

interface RowActions {
  duplicate: (row: CaseRow) => Promise<void>;
  remove: (row: CaseRow) => Promise<void>;
  exportOne: (row: CaseRow) => Promise<void>;
}

// A row re-renders only when its row object (cached per record version) or the language changes.
const CaseRowView = memo(function CaseRowView({ row, lang, actions }: { row: CaseRow; lang: Lang; actions: RowActions }) {
  const name = row.subject || t(lang, 'dashboard.unnamed');
  return (
    <div role="row" class="case-row" data-id={row.id}>
      <div role="rowheader" data-col="subject">
        <a href={hrefOf({ view: 'case', id: row.id })}>{name}</a>
      </div>
      <div role="cell" data-col="type">{typeLabel(lang, row.type)}</div>
      <div role="cell" data-col="status">
        <StatusBadge status={row.status} lang={lang} />
      </div>
      <div role="cell" class="num" data-col="errors">
        <span class={row.errors ? 'nonzero-error' : undefined}>{row.output ? row.errors : t(lang, 'dashboard.checkFailed')}</span>
      </div>
      <div role="cell" class="num" data-col="warnings">
        <span class={row.warnings ? 'nonzero-warning' : undefined}>{row.warnings}</span>
      </div>
      <div role="cell" class="num" data-col="missing">
        <span class={row.missing ? 'nonzero-error' : undefined}>{row.missing}</span>
      </div>
      <div role="cell" data-col="permitEnd">{row.permitEnd ? formatDate(lang, row.permitEnd) : ''}</div>
      <div role="cell" data-col="lastSafe">{row.lastSafe ? formatDate(lang, row.lastSafe) : ''}</div>
      <div role="cell" data-col="updatedAt">{formatDate(lang, row.updatedAt.slice(0, 10))}</div>
      <div role="cell" class="row-actions">
        <button type="button" class="secondary small" aria-label={t(lang, 'dashboard.duplicateNamed', { name })} onClick={() => void actions.duplicate(row)}>
          {t(lang, 'dashboard.duplicate')}
        </button>
        <button type="button" class="secondary small" aria-label={t(lang, 'dashboard.exportNamed', { name })} onClick={() => void actions.exportOne(row)}>
          {t(lang, 'dashboard.export')}
        </button>
        <a class="button secondary small" href={hrefOf({ view: 'print', id: row.id })} target="_blank" rel="noopener" aria-label={t(lang, 'dashboard.printNamed', { name })}>
          {t(lang, 'dashboard.print')}
        </a>
        <button type="button" class="danger small" aria-label={t(lang, 'dashboard.deleteNamed', { name })} onClick={() => void actions.remove(row)}>
          {t(lang, 'dashboard.delete')}
        </button>
      </div>
    </div>
  );
});
