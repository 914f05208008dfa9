// The cells of a case-list row, made by cloning a prototype built once per language and filling
// in the row's text. A thousand rows cloned this way take a fraction of the time of a thousand
// rows of Preact elements (in Chromium, on a test page: ~50 ms of script against ~120-320 ms),
// which is most of what opening a long list costs. The row's buttons name their action in
// data-action; one listener on the table body runs them.
import type { WorkCalendar } from '../../rules/calendar';
import type { Lang } from '../../rules/types';
import { formatDate, statusLabel, typeLabel } from '../../components/labels';
import { t, type MessageKey } from '../../utils/i18n';
import { hrefOf } from './route';
import { fillDeadlineCell } from './deadline';
import { eligibilityCells, fillEligibilityCells } from './eligibilityCells';
import type { CaseRow } from './rows';

export type RowAction = 'duplicate' | 'export' | 'delete';

function element(tag: string, attributes: Record<string, string>, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

const cell = (col: string, attributes: Record<string, string> = {}, ...children: Node[]) =>
  element('div', { role: 'cell', ...attributes, 'data-col': col }, ...children);

const BUTTONS: ReadonlyArray<{ action: RowAction; className: string; label: MessageKey }> = [
  { action: 'duplicate', className: 'secondary small', label: 'dashboard.duplicate' },
  { action: 'export', className: 'secondary small', label: 'dashboard.export' },
  { action: 'delete', className: 'danger small', label: 'dashboard.delete' },
];

/** A row's actions: duplicate, export, print (a link to the print view), delete. */
function actionControls(lang: Lang): HTMLElement[] {
  const [duplicate, exportOne, remove] = BUTTONS.map((b) =>
    element('button', { type: 'button', class: b.className, 'data-action': b.action }, t(lang, b.label)),
  );
  return [duplicate!, exportOne!, element('a', { class: 'button secondary small', target: '_blank', rel: 'noopener' }, t(lang, 'dashboard.print')), remove!];
}

/**
 * The cells with what is the same in every row: their elements, and the buttons' and the print
 * link's text. The actions come twice: in a row of buttons where the page is wide, and behind an
 * 操作 button (a popover) where it is narrow; the stylesheet shows one of them.
 */
function buildPrototype(lang: Lang): DocumentFragment {
  const cells = document.createDocumentFragment();
  cells.append(
    // The row's tick box for bulk work (BulkActions.tsx); the list keeps which are ticked.
    cell('select', {}, element('input', { type: 'checkbox', 'data-select': '' })),
    element('div', { role: 'rowheader', 'data-col': 'subject' }, element('a', {})),
    cell('type'),
    cell('status', {}, element('span', {})),
    cell('errors', { class: 'num' }, element('span', {})),
    cell('warnings', { class: 'num' }, element('span', {})),
    cell('missing', { class: 'num' }, element('span', {})),
    cell('permitEnd'),
    cell('lastSafe'),
    ...eligibilityCells(),
    cell('updatedAt'),
    element(
      'div',
      { role: 'cell', class: 'row-actions', 'data-col': 'actions' },
      element('div', { class: 'actions-inline' }, ...actionControls(lang)),
      element(
        'div',
        { class: 'actions-menu' },
        element('button', { type: 'button', class: 'secondary small', 'data-menu': '', 'aria-haspopup': 'true' }, t(lang, 'dashboard.col.actions')),
        element('div', { popover: 'auto', class: 'row-menu' }, ...actionControls(lang)),
      ),
    ),
  );
  return cells;
}

/** What every row of one language shares: the cells to clone, and texts that repeat from row to row. */
interface LangParts {
  cells: DocumentFragment;
  /** The buttons' and the print link's labels, split at {name}. */
  named: Record<'select' | 'menu' | 'duplicate' | 'export' | 'print' | 'delete', string[]>;
  /** Dates as shown, by ISO date: a list of a thousand cases has few distinct days. */
  dates: Map<string, string>;
}

const parts = new Map<Lang, LangParts>();
/** A cache of shown dates is dropped when it grows past this, rather than kept forever. */
const MAX_CACHED_DATES = 5000;

function partsFor(lang: Lang): LangParts {
  let found = parts.get(lang);
  if (!found) {
    // Split where the name goes: filled in with a NUL, which no catalog text contains.
    const split = (key: MessageKey) => t(lang, key, { name: '\u0000' }).split('\u0000');
    found = {
      cells: buildPrototype(lang),
      named: {
        select: split('bulk.selectNamed'),
        menu: split('dashboard.actionsNamed'),
        duplicate: split('dashboard.duplicateNamed'),
        export: split('dashboard.exportNamed'),
        print: split('dashboard.printNamed'),
        delete: split('dashboard.deleteNamed'),
      },
      dates: new Map(),
    };
    parts.set(lang, found);
  }
  return found;
}

function shownDate(shared: LangParts, lang: Lang, iso: string): string {
  let shown = shared.dates.get(iso);
  if (shown === undefined) {
    if (shared.dates.size >= MAX_CACHED_DATES) shared.dates.clear();
    shared.dates.set(iso, (shown = formatDate(lang, iso)));
  }
  return shown;
}

/**
 * The element children of `parent`, found by walking from sibling to sibling: destructuring
 * `children`, a live collection, takes most of the time of filling a row.
 */
function elementsOf(parent: ParentNode): Element[] {
  const found: Element[] = [];
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) found.push(child);
  return found;
}

/** A count, marked when it is not zero. */
function setCount(span: Element, value: number, nonzeroClass: string, text = String(value)): void {
  span.textContent = text;
  if (value) span.className = nonzeroClass;
}

/** Replaces the children of `rowElement` with the cells of `row` as they stand on `today` (working days counted on `calendar`). */
export function fillRow(rowElement: HTMLElement, row: CaseRow, lang: Lang, today: string, calendar: WorkCalendar, selected: boolean): void {
  const shared = partsFor(lang);
  const cells = shared.cells.cloneNode(true) as DocumentFragment;
  const [select, subject, type, status, errors, warnings, missing, permitEnd, lastSafe, earliest, until, updatedAt, actions] = elementsOf(cells);
  const name = row.subject || t(lang, 'dashboard.unnamed');

  const box = select!.firstElementChild as HTMLInputElement;
  box.checked = selected;
  box.setAttribute('aria-label', shared.named.select.join(name));

  const link = subject!.firstElementChild!;
  link.setAttribute('href', hrefOf({ view: 'case', id: row.id }));
  link.textContent = name;
  // Cut short with an ellipsis where the column is narrow: the title has the whole text.
  link.setAttribute('title', name);
  type!.textContent = typeLabel(lang, row.type);
  type!.setAttribute('title', type!.textContent);
  const badge = status!.firstElementChild!;
  badge.className = `status-badge status-${row.status}`;
  badge.textContent = statusLabel(lang, row.status);
  badge.setAttribute('title', badge.textContent);
  const counts = row.counts;
  setCount(errors!.firstElementChild!, counts?.errors ?? 0, 'nonzero-error', counts ? undefined : t(lang, 'dashboard.checkFailed'));
  setCount(warnings!.firstElementChild!, counts?.warnings ?? 0, 'nonzero-warning');
  setCount(missing!.firstElementChild!, counts?.missingMaterials ?? 0, 'nonzero-error');
  permitEnd!.textContent = row.permitEnd ? shownDate(shared, lang, row.permitEnd) : '';
  fillDeadlineCell(lastSafe as HTMLElement, row, lang, today, calendar, (iso) => shownDate(shared, lang, iso));
  fillEligibilityCells(earliest as HTMLElement, until as HTMLElement, row, lang, today, (iso) => shownDate(shared, lang, iso));
  updatedAt!.textContent = shownDate(shared, lang, row.updatedAt.slice(0, 10));

  const [inline, menu] = elementsOf(actions!);
  const [menuButton, popover] = elementsOf(menu!);
  const menuId = `row-menu-${row.id}`;
  menuButton!.setAttribute('popovertarget', menuId);
  menuButton!.setAttribute('aria-label', shared.named.menu.join(name));
  popover!.id = menuId;
  for (const group of [inline!, popover!]) {
    const [duplicate, exportOne, print, remove] = elementsOf(group);
    duplicate!.setAttribute('aria-label', shared.named.duplicate.join(name));
    exportOne!.setAttribute('aria-label', shared.named.export.join(name));
    print!.setAttribute('href', hrefOf({ view: 'print', ids: [row.id] }));
    print!.setAttribute('aria-label', shared.named.print.join(name));
    remove!.setAttribute('aria-label', shared.named.delete.join(name));
  }
  rowElement.replaceChildren(cells);
}
