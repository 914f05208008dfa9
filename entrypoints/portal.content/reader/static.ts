// Values the page shows as text rather than in a control: a form item without an input, a
// description item, a dt/dd pair, a label-left table cell, a cell of a table with a header row.
// Only those whose label the dictionary knows are used; the others are not counted anywhere.

import { cellAtColumn, cellsOf, columnIndex, hasControl, rowsOf, textOf } from './dom';
import { describeStatic } from './labels';
import type { ReaderCache } from './cache';
import type { ControlDescriptor } from './types';

const LABEL_CLASS = /(^|[\s_-])(label|tit|title|key|name|left|lbl|bt)([\s_-]|$)/i;

function labelLike(cell: Element): boolean {
  if (cell.tagName === 'TH') return true;
  if (LABEL_CLASS.test(cell.getAttribute('class') ?? '')) return true;
  return /[:：]\s*$/.test(textOf(cell, 60));
}

function childWithClass(parent: Element, className: string): Element | null {
  for (const child of Array.from(parent.children)) {
    if (child.classList.contains(className)) return child;
    const inner = child.classList.contains('el-form-item__label-wrap') ? childWithClass(child, className) : null;
    if (inner) return inner;
  }
  return null;
}

function formItem(item: Element, memo: WeakMap<Element, string>): ControlDescriptor | null {
  if (hasControl(item) || item.querySelector('.el-upload, table, .el-form-item')) return null;
  const label = textOf(childWithClass(item, 'el-form-item__label'));
  const content = childWithClass(item, 'el-form-item__content');
  return label && content ? describeStatic(content, 'form-item', label, undefined, memo) : null;
}

function descriptionItem(content: Element, memo: WeakMap<Element, string>): ControlDescriptor | null {
  if (hasControl(content)) return null;
  const previous = content.previousElementSibling;
  if (!previous?.classList.contains('el-descriptions-item__label')) return null;
  return describeStatic(content, 'left-cell', textOf(previous), undefined, memo);
}

function definition(dd: Element, memo: WeakMap<Element, string>): ControlDescriptor | null {
  const previous = dd.previousElementSibling;
  if (hasControl(dd) || previous?.tagName !== 'DT') return null;
  return describeStatic(dd, 'left-cell', textOf(previous), undefined, memo);
}

/** The header row a static cell can trust: the table's thead, an el-table header, or a first row of th. */
function trustedHeader(table: Element, row: Element): { headerRow: Element; bodyTable: Element } | null {
  const elTable = table.closest('.el-table__body-wrapper')?.closest('.el-table');
  if (elTable) {
    const headerRows = rowsOf(elTable.querySelector('.el-table__header-wrapper table') ?? table);
    const headerRow = headerRows[headerRows.length - 1];
    return headerRow ? { headerRow, bodyTable: table } : null;
  }
  const rows = rowsOf(table);
  const head = rows.find((r) => r.parentElement?.tagName === 'THEAD') ?? (rows[0] && cellsOf(rows[0]).every((c) => c.tagName === 'TH') ? rows[0] : undefined);
  if (!head || head === row || rows.indexOf(row) < rows.indexOf(head)) return null;
  const headRows = rows.filter((r) => r.parentElement === head.parentElement && r.parentElement?.tagName === 'THEAD');
  return { headerRow: headRows[headRows.length - 1] ?? head, bodyTable: table };
}

function tableCell(cell: Element, memo: WeakMap<Element, string>): ControlDescriptor | null {
  if (hasControl(cell) || cell.querySelector('table') || labelLike(cell)) return null;
  if (cell.closest('.el-descriptions, .el-table__header-wrapper, .el-table__fixed, .el-table__fixed-right, thead')) return null;
  const previous = cell.previousElementSibling;
  if (previous && (previous.tagName === 'TD' || previous.tagName === 'TH') && labelLike(previous) && !hasControl(previous)) {
    return describeStatic(cell, 'left-cell', textOf(previous), undefined, memo);
  }
  const row = cell.parentElement;
  const table = row?.closest('table');
  if (!row || !table) return null;
  const header = trustedHeader(table, row);
  if (!header) return null;
  const headerText = textOf(cellAtColumn(header.headerRow, columnIndex(cell)));
  if (!headerText) return null;
  const headers = cellsOf(header.headerRow).map((h) => textOf(h)).filter(Boolean);
  return describeStatic(cell, 'column-header', headerText, { headers, row: { row, table: header.bodyTable } }, memo);
}

/** Static value descriptors of the page, cached per element. */
export function staticDescriptors(root: ParentNode, cache: ReaderCache): ControlDescriptor[] {
  const statics = cache.statics;
  const found: ControlDescriptor[] = [];
  const seen = new Set<Element>();
  const take = (element: Element, make: (element: Element, memo: WeakMap<Element, string>) => ControlDescriptor | null): void => {
    // A bordered description cell is also a td: the first finder owns it.
    if (seen.has(element)) return;
    seen.add(element);
    let descriptor = statics.get(element);
    if (descriptor === undefined) {
      descriptor = make(element, cache.headings);
      statics.set(element, descriptor);
    }
    if (descriptor) found.push(descriptor);
  };
  for (const item of Array.from(root.querySelectorAll('.el-form-item'))) take(item, formItem);
  for (const content of Array.from(root.querySelectorAll('.el-descriptions-item__content'))) take(content, descriptionItem);
  for (const dd of Array.from(root.querySelectorAll('dd'))) take(dd, definition);
  for (const cell of Array.from(root.querySelectorAll('td'))) take(cell, tableCell);
  return found;
}
