// Every case in one table: sort by any column, filter by type and status, search by name, ID
// number or employer; duplicate, export, print and delete (with undo) from each row.
import { Component, createRef } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { WorkCalendar } from '../../rules/calendar';
import { APPLICATION_TYPES } from '../../rules/schema';
import type { Lang } from '../../rules/types';
import { downloadText } from '../../components/download';
import { statusLabel, subjectLabel, typeLabel } from '../../components/labels';
import { Toast } from '../../components/Toast';
import { t, type MessageKey } from '../../utils/i18n';
import { onStoreEvent, sendMessage } from '../../utils/messages';
import { CASE_STATUSES, type CaseRecord } from '../../utils/store/types';
import { ImportButton } from './ImportExport';
import { RosterImport } from './RosterImport';
import { CalendarExport } from './CalendarExport';
import { ExportPanel, type ExportRequest } from './ExportPanel';
import { BulkActions } from './BulkActions';
import { hrefOf, navigate } from './route';
import { DEADLINE_FILTERS } from './deadline';
import { ELIGIBILITY_FILTERS } from './eligibility';
import { fillRow, type RowAction } from './rowCells';
import { filterRows, sortRows, type CaseRow, type RowFilter, type SortDirection, type SortKey } from './rows';
import type { CaseItems } from './useCaseItems';

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
  { key: 'earliestEligible', label: 'dashboard.col.earliestEligible' },
  { key: 'eligibleUntil', label: 'dashboard.col.eligibleUntil' },
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
  earliestEligible: 'ascending',
  eligibleUntil: 'ascending',
  updatedAt: 'descending',
};

export interface CaseListProps {
  lang: Lang;
  today: string;
  /** Working days with the imported years, for the days left to the last safe day. */
  calendar: WorkCalendar;
  /** The list's items, kept by the page so that they outlive a visit to a case. */
  cases: CaseItems;
}

type Notice =
  | { kind: 'deleted'; record: CaseRecord }
  | { kind: 'duplicated'; record: CaseRecord }
  | { kind: 'failed' | 'done'; message: string }
  /** A bulk change, undone by putting these records back. */
  | { kind: 'bulk'; message: string; previous: CaseRecord[] };

export function CaseList({ lang, today, calendar, cases }: CaseListProps) {
  const { items, error: loadError, refresh } = cases;
  const [filter, setFilter] = useState<RowFilter>({ type: '', status: '', eligibility: '', deadline: '', query: '' });
  const remindEligible = useEligibleReminders();
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({ key: 'updatedAt', direction: 'descending' });
  const [notice, setNotice] = useState<Notice | null>(null);
  const [exporting, setExporting] = useState<ExportRequest | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  /** The row last ticked or unticked, from which a shift-click ticks a range. */
  const [anchor, setAnchor] = useState<string | null>(null);

  const rows = items ?? [];
  const shown = useMemo(
    () => sortRows(filterRows(rows, filter, today, { calendar, remindEligible }), sort.key, sort.direction),
    [rows, filter, sort, today, calendar, remindEligible],
  );

  const shownIds = useMemo(() => shown.map((row) => row.id), [shown]);
  // Only what is shown and still stored can be acted on.
  const selectedIds = useMemo(() => shownIds.filter((id) => selected.has(id)), [shownIds, selected]);
  const allShownSelected = shownIds.length > 0 && selectedIds.length === shownIds.length;

  const toggle = (id: string, on: boolean, range: boolean) => {
    const next = new Set(selected);
    const from = range && anchor !== null ? shownIds.indexOf(anchor) : -1;
    const to = shownIds.indexOf(id);
    const span = from >= 0 ? shownIds.slice(Math.min(from, to), Math.max(from, to) + 1) : [id];
    for (const each of span) {
      if (on) next.add(each);
      else next.delete(each);
    }
    setSelected(next);
    setAnchor(id);
  };
  const toggleAll = (on: boolean) => setSelected(on ? new Set(shownIds) : new Set());

  const onSort = (key: SortKey) =>
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: FIRST_DIRECTION[key] },
    );

  const rowActions: Record<RowAction, (row: CaseRow) => Promise<void>> = {
    duplicate: async (row) => {
      const reply = await sendMessage({ type: 'case/duplicate', id: row.id });
      if (reply.ok && reply.value.ok) {
        setNotice({ kind: 'duplicated', record: reply.value.record });
        void refresh([reply.value.record.id]);
      } else setNotice({ kind: 'failed', message: t(lang, 'dashboard.actionFailed') });
    },
    delete: async (row) => {
      const reply = await sendMessage({ type: 'case/delete', id: row.id });
      if (reply.ok && reply.value) setNotice({ kind: 'deleted', record: reply.value });
      else setNotice({ kind: 'failed', message: t(lang, 'dashboard.actionFailed') });
      void refresh([row.id]);
    },
    export: async (row) => setExporting({ ids: [row.id], count: 1 }),
  };

  // The rows' cells are not Preact's (rowCells.ts): their buttons' clicks are taken here, where they bubble to.
  const rowsById = useMemo(() => new Map(rows.map((row) => [row.id, row])), [rows]);
  const onRowClick = (event: MouseEvent) => {
    const menuButton = (event.target as Element).closest<HTMLElement>('button[data-menu]');
    if (menuButton) return placeMenu(menuButton);
    const box = (event.target as Element).closest<HTMLInputElement>('input[data-select]');
    const boxRow = box?.closest<HTMLElement>('[role="row"]')?.dataset.id;
    if (box && boxRow !== undefined) return toggle(boxRow, box.checked, event.shiftKey);
    const button = (event.target as Element).closest<HTMLElement>('button[data-action]');
    const id = button?.closest<HTMLElement>('[role="row"]')?.dataset.id;
    const row = id === undefined ? undefined : rowsById.get(id);
    const action = button?.dataset.action;
    button?.closest<HTMLElement>('[popover]')?.hidePopover();
    if (row && action && Object.hasOwn(rowActions, action)) void rowActions[action as RowAction](row);
  };

  const undoBulk = async (previous: CaseRecord[]) => {
    const reply = await sendMessage({ type: 'cases/restore', records: previous });
    setNotice(reply.ok && reply.value.ok ? null : { kind: 'failed', message: t(lang, 'dashboard.undoFailed') });
    void refresh(previous.map((r) => r.id));
  };

  const undo = async (record: CaseRecord) => {
    const reply = await sendMessage({ type: 'case/restore', record });
    setNotice(reply.ok && reply.value.ok ? null : { kind: 'failed', message: t(lang, 'dashboard.undoFailed') });
    void refresh([record.id]);
  };

  const exportCsv = async () => {
    const reply = await sendMessage({ type: 'cases/csv', lang, ids: shown.map((row) => row.id) });
    if (reply.ok) downloadText(t(lang, 'dashboard.fileName.csv', { date: today }), reply.value, 'text/csv;charset=utf-8');
    else setNotice({ kind: 'failed', message: t(lang, 'dashboard.actionFailed') });
  };

  const filtered = filter.type !== '' || filter.status !== '' || filter.eligibility !== '' || filter.deadline !== '' || filter.query.trim() !== '';
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
        <FilterSelect lang={lang} filter={filter} onChange={setFilter} name="type" labelKey="dashboard.filterType" values={APPLICATION_TYPES} optionLabel={(type) => typeLabel(lang, type)} />
        <FilterSelect lang={lang} filter={filter} onChange={setFilter} name="status" labelKey="dashboard.filterStatus" values={CASE_STATUSES} optionLabel={(status) => statusLabel(lang, status)} />
        <FilterSelect lang={lang} filter={filter} onChange={setFilter} name="eligibility" labelKey="dashboard.filterEligibility" values={ELIGIBILITY_FILTERS} optionLabel={(value) => t(lang, `dashboard.eligibility.${value}`)} />
        <FilterSelect lang={lang} filter={filter} onChange={setFilter} name="deadline" labelKey="dashboard.filterDeadline" values={DEADLINE_FILTERS} optionLabel={(value) => t(lang, `dashboard.deadline.${value}`)} />
      </div>
      <div class="toolbar">
        <a class="button" href={hrefOf({ view: 'new', profileId: null })}>
          {t(lang, 'dashboard.newCase')}
        </a>
        <span class="spacer" />
        <RosterImport lang={lang} onImported={() => void refresh()} />
        <ImportButton lang={lang} onImported={() => void refresh()} />
        <button type="button" class="secondary" onClick={() => setExporting({ ids: null, count: rows.length })} disabled={rows.length === 0}>
          {t(lang, 'dashboard.exportAll')}
        </button>
        <button type="button" class="secondary" onClick={() => void exportCsv()} disabled={shown.length === 0}>
          {t(lang, filtered ? 'dashboard.exportCsvShown' : 'dashboard.exportCsv', { n: shown.length })}
        </button>
        <CalendarExport
          lang={lang}
          today={today}
          ids={shownIds}
          label={t(lang, 'ics.shown', { n: shown.length })}
          onResult={(message) => setNotice(message === null ? null : { kind: 'failed', message })}
        />
      </div>

      {selectedIds.length > 0 && (
        <BulkActions
          lang={lang}
          today={today}
          ids={selectedIds}
          onExport={() => setExporting({ ids: selectedIds, count: selectedIds.length })}
          onChanged={(previous, message) => {
            setNotice({ kind: 'bulk', message, previous });
            void refresh(previous.map((r) => r.id));
          }}
          onMessage={(message) => setNotice(message === null ? null : { kind: 'failed', message })}
          onClear={() => setSelected(new Set())}
        />
      )}
      {exporting && (
        <ExportPanel
          lang={lang}
          today={today}
          request={exporting}
          onClose={(message) => {
            setExporting(null);
            if (message) setNotice({ kind: 'done', message });
          }}
        />
      )}
      {loadError && (
        <div class="notice error" role="alert">
          {t(lang, 'dashboard.loadFailed')}
        </div>
      )}
      <p class="muted" role="status" data-count={shown.length}>
        {items === null
          ? t(lang, 'common.loading')
          : filtered
            ? t(lang, 'dashboard.countFiltered', { n: shown.length, total: rows.length })
            : t(lang, 'dashboard.count', { n: rows.length })}
      </p>

      {items !== null && rows.length === 0 ? (
        <p class="empty">{t(lang, 'dashboard.empty')}</p>
      ) : (
        <div class="table-wrap">
          {/* An ARIA table of grid rows rather than a <table>: rows off screen then skip layout
              (content-visibility), which keeps a list of a thousand cases quick to sort and filter. */}
          <div class="case-table" role="table" aria-label={t(lang, 'dashboard.cases.caption')} aria-rowcount={shown.length + 1}>
            <div role="rowgroup" class="case-head">
              <div role="row" class="case-row">
                <div role="columnheader" data-col="select">
                  <input
                    type="checkbox"
                    aria-label={t(lang, 'bulk.selectAll', { n: shown.length })}
                    checked={allShownSelected}
                    indeterminate={selectedIds.length > 0 && !allShownSelected}
                    onChange={(e) => toggleAll(e.currentTarget.checked)}
                  />
                </div>
                {COLUMNS.map((column) => {
                  const active = sort.key === column.key;
                  return (
                    <div key={column.key} role="columnheader" data-col={column.key} class={column.numeric ? 'num' : undefined} aria-sort={active ? sort.direction : undefined}>
                      <button type="button" class="sort-button" title={t(lang, column.label)} data-sort={column.key} data-dir={active ? sort.direction : undefined} onClick={() => onSort(column.key)}>
                        {t(lang, column.label)}
                      </button>
                    </div>
                  );
                })}
                <div role="columnheader" data-col="actions">
                  <span class="actions-heading">{t(lang, 'dashboard.col.actions')}</span>
                </div>
              </div>
            </div>
            <div role="rowgroup" class="case-body" onClick={onRowClick}>
              {chunksOf(shown).map((rows, i) => (
                // Off-screen chunks skip layout (content-visibility): a few dozen boxes for the
                // browser to follow, not a thousand rows, which keeps opening a long list quick.
                <div key={i} role="none" class="case-chunk" style={{ '--chunk-rows': rows.length }}>
                  {rows.map((row) => (
                    <CaseRowView key={row.id} row={row} lang={lang} today={today} calendar={calendar} selected={selected.has(row.id)} />
                  ))}
                </div>
              ))}
            </div>
          </div>
        </div>
      )}

      {notice && (
        <Toast
          lang={lang}
          message={
            'message' in notice
              ? notice.message
              : t(lang, notice.kind === 'deleted' ? 'dashboard.deleted' : 'dashboard.duplicated', { name: subjectLabel(lang, notice.record.case) })
          }
          {...(notice.kind === 'deleted' && { actionLabel: t(lang, 'dashboard.undo'), onAction: () => void undo(notice.record), focusAction: true })}
          {...(notice.kind === 'bulk' && notice.previous.length > 0 && { actionLabel: t(lang, 'dashboard.undo'), onAction: () => void undoBulk(notice.previous), focusAction: true })}
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

/** The filters chosen from a list: each is all (empty) or one of `values`. */
type ListFilter = Exclude<keyof RowFilter, 'query'>;

/** One of the toolbar's filters: 全部, or one of its values. */
function FilterSelect<K extends ListFilter>({ lang, filter, onChange, name, labelKey, values, optionLabel }: {
  lang: Lang;
  filter: RowFilter;
  onChange: (filter: RowFilter) => void;
  name: K;
  labelKey: MessageKey;
  values: ReadonlyArray<Exclude<RowFilter[K], ''>>;
  optionLabel: (value: Exclude<RowFilter[K], ''>) => string;
}) {
  const id = `case-filter-${name}`;
  return (
    <div class="field">
      <label for={id}>{t(lang, labelKey)}</label>
      <select id={id} value={filter[name]} onChange={(e) => onChange({ ...filter, [name]: e.currentTarget.value as RowFilter[K] })}>
        <option value="">{t(lang, 'dashboard.all')}</option>
        {values.map((value) => (
          <option key={value} value={value}>
            {optionLabel(value)}
          </option>
        ))}
      </select>
    </div>
  );
}

const NO_REMINDERS: ReadonlySet<string> = new Set();

/**
 * The cases whose first day to apply the user asked to be reminded of: the badge counts them once
 * that day has come, and so does the 需处理 filter. Asked again when they change.
 */
function useEligibleReminders(): ReadonlySet<string> {
  const [ids, setIds] = useState<ReadonlySet<string>>(NO_REMINDERS);
  useEffect(() => {
    let live = true;
    const load = () =>
      void sendMessage({ type: 'reminders/eligible' }).then((reply) => {
        if (live && reply.ok) setIds(new Set(reply.value));
      });
    load();
    const stop = onStoreEvent((event) => {
      if (event.type === 'event/reminders-changed') load();
    });
    return () => {
      live = false;
      stop();
    };
  }, []);
  return ids;
}

/**
 * Puts a row's action menu (a popover, opened by the button's own popovertarget after this click
 * handler) under its button, right-aligned to it, rather than in the middle of the window.
 */
function placeMenu(button: HTMLElement): void {
  const menu = button.nextElementSibling as HTMLElement | null;
  if (!menu) return;
  const box = button.getBoundingClientRect();
  menu.style.inset = 'auto';
  menu.style.top = `${box.bottom + 4}px`;
  menu.style.right = `${Math.max(0, document.documentElement.clientWidth - box.right)}px`;
}

/** Rows per chunk of the table body. */
const CHUNK_ROWS = 50;

function chunksOf(rows: readonly CaseRow[]): CaseRow[][] {
  const chunks: CaseRow[][] = [];
  for (let i = 0; i < rows.length; i += CHUNK_ROWS) chunks.push(rows.slice(i, i + CHUNK_ROWS));
  return chunks;
}

interface RowProps {
  row: CaseRow;
  lang: Lang;
  /** Where the row stands on the planner's dates depends on the day. */
  today: string;
  calendar: WorkCalendar;
  selected: boolean;
}

/**
 * A row: Preact keeps the rows (keyed, in order); the cells inside are filled by fillRow, again
 * only when the row's item (a new one comes only for a changed case) or the language changes.
 */
class CaseRowView extends Component<RowProps> {
  private readonly row = createRef<HTMLDivElement>();

  override shouldComponentUpdate(next: RowProps): boolean {
    return next.row !== this.props.row || next.lang !== this.props.lang || next.today !== this.props.today || next.calendar !== this.props.calendar || next.selected !== this.props.selected;
  }

  override componentDidMount(): void {
    this.fill();
  }

  override componentDidUpdate(): void {
    this.fill();
  }

  private fill(): void {
    if (this.row.current) fillRow(this.row.current, this.props.row, this.props.lang, this.props.today, this.props.calendar, this.props.selected);
  }

  override render({ row }: RowProps) {
    return <div role="row" class="case-row" data-id={row.id} ref={this.row} />;
  }
}
