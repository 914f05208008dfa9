// Values the page shows as text rather than in a control: a form item without an input, a
// description item, a dt/dd pair, a label-left table cell, a cell of a table with a header row,
// a label (or an element named a label or title) with no control and the value beside it.
// Only those whose label the dictionary knows are used; the others are not counted anywhere.

import { byClass, byTag, cellAtColumn, cellsOf, childWithClass, CONTROL_SELECTOR, columnIndex, detachedHeaderRow, hasControl, rowsOf, textOf } from './dom';
import { describeStatic } from './labels';
import type { ReaderCache, SectionMemo } from './cache';
import type { ControlDescriptor } from './types';

const LABEL_CLASS = /(^|[\s_-])(label|tit|title|key|name|left|lbl|bt)([\s_-]|$)/i;

function labelLike(cell: Element): boolean {
  if (cell.tagName === 'TH') return true;
  if (LABEL_CLASS.test(cell.getAttribute('class') ?? '')) return true;
  return /[:：]\s*$/.test(textOf(cell, 60));
}

function formItem(item: Element, memo: SectionMemo): ControlDescriptor | null {
  if (hasControl(item) || item.querySelector('.el-upload, table, .el-form-item')) return null;
  const label = textOf(childWithClass(item, 'el-form-item__label'));
  const content = childWithClass(item, 'el-form-item__content');
  return label && content ? describeStatic(content, 'form-item', label, memo) : null;
}

function descriptionItem(content: Element, memo: SectionMemo): ControlDescriptor | null {
  if (hasControl(content)) return null;
  const previous = content.previousElementSibling;
  if (!previous?.classList.contains('el-descriptions-item__label')) return null;
  return describeStatic(content, 'left-cell', textOf(previous), memo);
}

function definition(dd: Element, memo: SectionMemo): ControlDescriptor | null {
  const previous = dd.previousElementSibling;
  if (hasControl(dd) || previous?.tagName !== 'DT') return null;
  return describeStatic(dd, 'left-cell', textOf(previous), memo);
}

/** An old page's header row of td cells: short texts, no colons, over rows where data is entered. */
function isEntryTableHead(first: Element, rows: readonly Element[]): boolean {
  const cells = cellsOf(first);
  if (cells.length < 2 || hasControl(first)) return false;
  const texts = cells.map((cell) => textOf(cell, 40));
  if (!texts.every((text) => text.length <= 20 && !/[:：]$/.test(text))) return false;
  return rows.slice(1).some((row) => hasControl(row));
}

interface TrustedHeader {
  headerRow: Element;
  bodyTable: Element;
  headers: string[];
}

/** The header row a static cell can trust: the table's thead, an el-table header, or a first row of th. */
function trustedHeader(table: Element): TrustedHeader | null {
  let headerRow: Element | undefined;
  const elTable = table.closest('.el-table__body-wrapper')?.closest('.el-table');
  if (elTable) {
    const headerRows = rowsOf(elTable.querySelector('.el-table__header-wrapper table') ?? table);
    headerRow = headerRows[headerRows.length - 1];
  } else {
    const rows = rowsOf(table);
    const headRows = rows.filter((r) => r.parentElement?.tagName === 'THEAD');
    headerRow = headRows[headRows.length - 1] ?? (rows[0] && (cellsOf(rows[0]).every((c) => c.tagName === 'TH') || isEntryTableHead(rows[0], rows)) ? rows[0] : undefined);
    headerRow ??= detachedHeaderRow(table) ?? undefined;
  }
  if (!headerRow) return null;
  return { headerRow, bodyTable: table, headers: cellsOf(headerRow).map((h) => textOf(h)).filter(Boolean) };
}

function tableCell(cell: Element, memo: SectionMemo, headers: Map<Element, TrustedHeader | null>): ControlDescriptor | null {
  if (hasControl(cell) || cell.querySelector('table') || labelLike(cell)) return null;
  if (cell.closest('.el-descriptions, .el-table__header-wrapper, .el-table__fixed, .el-table__fixed-right, thead')) return null;
  const previous = cell.previousElementSibling;
  if (previous && (previous.tagName === 'TD' || previous.tagName === 'TH') && labelLike(previous) && !hasControl(previous)) {
    return describeStatic(cell, 'left-cell', textOf(previous), memo);
  }
  const row = cell.parentElement;
  const table = row?.closest('table');
  if (!row || !table) return null;
  let header = headers.get(table);
  if (header === undefined) {
    header = trustedHeader(table);
    headers.set(table, header);
  }
  if (!header || header.headerRow === row) return null;
  const headerText = textOf(cellAtColumn(header.headerRow, columnIndex(cell)));
  if (!headerText) return null;
  return describeStatic(cell, 'column-header', headerText, memo, { headers: header.headers, row: { row, table: header.bodyTable } });
}

const PAIR_LABEL_WORDS = /(^|[\s_-])(label|lbl|title|tit|key|name)([\s_-]|$)/i;
const PAIR_CANDIDATES = '[class*="label"], [class*="lbl"], [class*="title"], [class*="tit"], [class*="key"], [class*="name"]';
const STATUS_VALUE = /^(必传|必填|选传|非必传|已上传|未上传|待上传|是|否)$/;
/** A note or a label of its own (数据来源：…, 请按月填写…。), not one value. */
const NOTE_VALUE = /[:：。；;！!？?]/;
const HEAD_WORDS = /(^|[\s_-])(head|header|heading)([\s_-]|$)/i;

/** A title in a card's or panel's head bar: what follows it is the bar's extra, not its value. */
function inHeadBar(label: Element): boolean {
  let node = label.parentElement;
  for (let depth = 0; node && depth < 2; depth++, node = node.parentElement) if (HEAD_WORDS.test(node.getAttribute('class') ?? '')) return true;
  return false;
}

/** An upload is near: the pair names a material (申请人身份证 · 必传), not a field and its value. */
function nearUpload(element: Element): boolean {
  let node: Element | null = element.parentElement;
  for (let depth = 0; node && depth < 2; depth++, node = node.parentElement) {
    if (node.querySelector('input[type="file"]')) return true;
  }
  return false;
}

/** A label that names no control (no control inside, none it is for), with its value beside it. */
function labelValuePair(label: Element, memo: SectionMemo): { value: Element; descriptor: ControlDescriptor } | null {
  const value = label.nextElementSibling;
  if (!value || hasControl(label) || hasControl(value) || value.tagName === 'LABEL' || PAIR_LABEL_WORDS.test(value.getAttribute('class') ?? '')) return null;
  if (label.tagName === 'LABEL') {
    const target = label.getAttribute('for');
    const named = target ? label.ownerDocument.getElementById(target) : null;
    if (named && (named.matches(CONTROL_SELECTOR) || hasControl(named))) return null;
  } else if (!PAIR_LABEL_WORDS.test(label.getAttribute('class') ?? '')) return null;
  const text = textOf(label, 40);
  const shown = textOf(value, 120);
  if (text === '' || text.length > 30 || shown === '' || shown.length > 100 || STATUS_VALUE.test(shown) || NOTE_VALUE.test(shown)) return null;
  // A value is a leaf: a block holding labels or buttons of its own is a section or a toolbar.
  if (value.querySelector('label, button, [role="button"]') || value.querySelector(PAIR_CANDIDATES) || nearUpload(label) || inHeadBar(label)) return null;
  return { value, descriptor: describeStatic(value, 'text-before', text, memo) };
}

/** Static value descriptors of the page, cached per element. */
export function staticDescriptors(root: Document | Element, cache: ReaderCache): ControlDescriptor[] {
  const statics = cache.statics;
  const found: ControlDescriptor[] = [];
  const seen = new Set<Element>();
  const take = (element: Element, make: (element: Element, memo: SectionMemo) => ControlDescriptor | null): void => {
    // A bordered description cell is also a td: the first finder owns it.
    if (seen.has(element)) return;
    seen.add(element);
    let descriptor = statics.get(element);
    if (descriptor === undefined) {
      descriptor = make(element, cache.sections);
      statics.set(element, descriptor);
    }
    if (descriptor) found.push(descriptor);
  };
  for (const item of byClass(root, 'el-form-item')) take(item, formItem);
  for (const content of byClass(root, 'el-descriptions-item__content')) take(content, descriptionItem);
  for (const dd of byTag(root, 'dd')) take(dd, definition);
  const headers = new Map<Element, TrustedHeader | null>();
  for (const cell of byTag(root, 'td')) take(cell, (element, memo) => tableCell(element, memo, headers));
  const labels = [...byTag(root, 'label'), ...Array.from(root.querySelectorAll(PAIR_CANDIDATES))];
  for (const label of labels) {
    // Keyed by the label: its value element may be owned by another finder already.
    if (seen.has(label)) continue;
    seen.add(label);
    let pair = cache.pairs.get(label);
    if (pair === undefined) {
      pair = labelValuePair(label, cache.sections);
      cache.pairs.set(label, pair);
    }
    if (pair && !seen.has(pair.value)) {
      seen.add(pair.value);
      found.push(pair.descriptor);
    }
  }
  return found;
}
