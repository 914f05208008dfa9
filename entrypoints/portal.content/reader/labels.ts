// The descriptor of a control: its label candidates in a fixed order (after Bitwarden's field
// collection), the unit shown beside it, the section titles above it and, for a repeating table
// row, the row and the column headers. Computed once per element and cached by the caller.

import { CONTROL_SELECTOR, cellAtColumn, cellsOf, childWithClass, columnIndex, detachedHeaderRow, hasControl, rowsOf, spanOf, textOf } from './dom';
import { createSectionMemo, readerCacheOrDefault, type ReaderCache, type SectionMemo } from './cache';
import { controlAt, type Widget } from './controls';
import { nearbyLabel } from './nearby';
import { cleanLabel, squash, unitIn } from './text';
import type { ControlDescriptor, LabelCandidate, LabelSource, RowInfo } from './types';

const MAX_LABEL = 80;
const MAX_TITLE = 30;

function push(labels: LabelCandidate[], source: LabelSource, raw: string | null | undefined): void {
  if (!raw) return;
  const text = cleanLabel(raw);
  // The same text from a later source adds nothing (an ancestor label is also the text before the input).
  if (text === '' || text.length > MAX_LABEL || labels.some((label) => label.text === text)) return;
  labels.push({ source, text });
}

/** What describing needs from the page beyond the control: section memo, a label[for] index, table headers. */
export interface DescribeContext {
  sections: SectionMemo;
  labelsFor(id: string): readonly Element[];
  /** An el-table's header, by its body wrapper: looked up once per table, not once per cell. */
  headerTables: Map<Element, ElTableHeader | null>;
}

export function describeContext(doc: Document, sections: SectionMemo = createSectionMemo()): DescribeContext {
  let index: Map<string, Element[]> | null = null;
  return {
    sections,
    headerTables: new Map(),
    labelsFor(id) {
      // element.labels rescans the document on each call; one pass serves every control of a read.
      if (!index) {
        index = new Map();
        for (const label of Array.from(doc.querySelectorAll('label[for]'))) {
          const target = label.getAttribute('for') ?? '';
          const list = index.get(target) ?? [];
          list.push(label);
          index.set(target, list);
        }
      }
      return index.get(id) ?? [];
    },
  };
}

/**
 * The labels pointing at a widget by id: at its native input, or (widgets whose id sits on a
 * wrapper, as ant-design's do) at an ancestor holding nothing but this widget's inputs.
 */
function labelsFor(widget: Widget, context: DescribeContext): Element[] {
  const input = widget.inputs[0]!;
  const found: Element[] = [];
  let node: Element | null = widget.group ? widget.root : input;
  for (let depth = 0; node && depth < 4; depth++, node = node.parentElement) {
    const id = node.getAttribute('id');
    if (!id) continue;
    // An ancestor holding other controls too is theirs as much as this one's (checked only where an id is).
    if (node !== input && node.querySelectorAll(CONTROL_SELECTOR).length > widget.inputs.length) break;
    found.push(...context.labelsFor(id).filter((label) => !label.contains(input)));
    if (found.length > 0) break;
  }
  return found;
}

function ariaLabelledBy(element: Element): string {
  const ids = element.getAttribute('aria-labelledby');
  if (!ids) return '';
  return ids
    .split(/\s+/)
    .map((id) => textOf(element.ownerDocument.getElementById(id)))
    .filter(Boolean)
    .join(' ');
}

/** The Element form-item label, unless the control sits in a table inside that item (then it names a section). */
function formItemLabel(anchor: Element): string {
  const item = anchor.closest('.el-form-item');
  if (!item) return '';
  const table = anchor.closest('table');
  if (table && item.contains(table)) return '';
  return textOf(childWithClass(item, 'el-form-item__label'));
}

const TEXT_BOUNDARY = new Set(['TD', 'TH', 'LI', 'DD', 'FORM', 'BODY', 'FIELDSET', 'TR', 'TABLE']);

/** A labelled form item ends the search; one without a label (a grid puts it in the column before) does not. */
function isTextBoundary(element: Element): boolean {
  if (TEXT_BOUNDARY.has(element.tagName)) return true;
  const item = element.classList.contains('el-form-item') ? element : element.classList.contains('el-form-item__content') ? element.parentElement : null;
  return item !== null && childWithClass(item, 'el-form-item__label') !== null;
}

function controlsIn(element: Element): number {
  return element.querySelectorAll('input, select, textarea').length + (element.matches('input, select, textarea') ? 1 : 0);
}

/** Text right before the control inside its cell or line: 姓名：<input>, or a label-like element just before. */
function textBefore(anchor: Element): string {
  // Between the halves of a range editor stands only its separator (至).
  if (isTextBoundary(anchor) || anchor.closest('.el-range-editor')) return '';
  let node: Element = anchor;
  for (let depth = 0; depth < 6; depth++) {
    const parts: string[] = [];
    for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) {
      if (sibling.nodeType === 3) {
        parts.unshift(sibling.nodeValue ?? '');
        continue;
      }
      if (sibling.nodeType !== 1) continue;
      const el = sibling as Element;
      if (el.tagName === 'BR' || hasControl(el) || el.matches('input, select, textarea, .el-descriptions-item__label')) break;
      const text = textOf(el, MAX_LABEL);
      parts.unshift(text);
      if (text) break;
    }
    const text = squash(parts.join(''));
    if (text) return text;
    const parent = node.parentElement;
    // Climb out of wrappers (el-input, a span) only: a parent holding other controls is a layout of its own.
    if (!parent || isTextBoundary(parent) || controlsIn(parent) > controlsIn(anchor)) return '';
    node = parent;
  }
  return '';
}

/** Text right after the control in the same cell or line (a unit such as 元 or 万元). */
function textAfter(anchor: Element): string {
  const parts: string[] = [];
  for (let sibling = anchor.nextSibling; sibling; sibling = sibling.nextSibling) {
    if (sibling.nodeType === 3) parts.push(sibling.nodeValue ?? '');
    else if (sibling.nodeType === 1) {
      const el = sibling as Element;
      if (el.tagName === 'BR' || hasControl(el) || el.matches('input, select, textarea')) break;
      parts.push(textOf(el, 20));
    }
    if (parts.join('').trim().length > 0) break;
  }
  return squash(parts.join(''));
}

function isNumberLike(text: string): boolean {
  return /^[\d\s.,:：-]+$/.test(text);
}

/** The cell (or dt, or description label) to the left of the control. */
function leftCell(anchor: Element): string {
  const descriptionContent = anchor.closest('.el-descriptions-item__content');
  if (descriptionContent) {
    const previous = descriptionContent.previousElementSibling;
    if (previous?.classList.contains('el-descriptions-item__label')) return textOf(previous);
  }
  const dd = anchor.closest('dd');
  if (dd) {
    const previous = dd.previousElementSibling;
    return previous?.tagName === 'DT' ? textOf(previous) : '';
  }
  const cell = anchor.closest('td, th');
  const previous = cell?.previousElementSibling;
  if (!previous || (previous.tagName !== 'TD' && previous.tagName !== 'TH') || hasControl(previous)) return '';
  const text = textOf(previous, MAX_LABEL);
  return text.length <= 40 && !isNumberLike(text) ? text : '';
}

function isSectionRow(row: Element): boolean {
  const cells = cellsOf(row);
  if (cells.length !== 1 || hasControl(row)) return false;
  const text = textOf(row, 60);
  return text !== '' && text.length <= MAX_TITLE;
}

function columnCount(row: Element): number {
  return cellsOf(row).reduce((sum, cell) => sum + spanOf(cell), 0);
}

/** A header row of a plain table above a control row: the thead, or the nearest control-free row that looks like one. */
function plainHeaderRow(table: Element, row: Element): Element | null {
  const head = Array.from(table.children).find((child) => child.tagName === 'THEAD');
  if (head && row.parentElement !== head) {
    const headRows = Array.from(head.children).filter((child) => child.tagName === 'TR');
    return headRows[headRows.length - 1] ?? null;
  }
  const rows = rowsOf(table);
  for (let index = rows.indexOf(row) - 1; index >= 0; index--) {
    const candidate = rows[index]!;
    if (isSectionRow(candidate)) return null;
    if (hasControl(candidate)) continue;
    const cells = cellsOf(candidate);
    const texts = cells.map((cell) => textOf(cell, 40));
    const looksLikeHeader =
      cells.length >= 2 &&
      columnCount(candidate) === columnCount(row) &&
      texts.every((text) => text.length <= 20 && !/[:：]$/.test(text)) &&
      texts.filter(Boolean).length * 2 >= texts.length;
    return looksLikeHeader ? candidate : null;
  }
  return null;
}

interface ColumnInfo {
  header: string;
  headers: string[];
  row: RowInfo;
}

interface ElTableHeader {
  headerTable: Element;
  headerRow: Element;
  headers: string[];
  /** A column's header text, by the column's class (el-table_1_column_3) or, without one, its index. */
  columns: Map<string, string>;
}

function elTableHeader(body: Element): ElTableHeader | null {
  const headerTable = body.closest('.el-table')?.querySelector('.el-table__header-wrapper table');
  if (!headerTable) return null;
  const headerRows = rowsOf(headerTable);
  const headerRow = headerRows[headerRows.length - 1];
  if (!headerRow) return null;
  return { headerTable, headerRow, headers: cellsOf(headerRow).map((cell) => cleanLabel(textOf(cell))).filter(Boolean), columns: new Map() };
}

function elTableColumn(cell: Element, body: Element, context: DescribeContext): ColumnInfo | null {
  let header = context.headerTables.get(body);
  if (header === undefined) {
    header = elTableHeader(body);
    context.headerTables.set(body, header);
  }
  const bodyTable = cell.closest('table');
  if (!header || !bodyTable) return null;
  const columnClass = Array.from(cell.classList).find((name) => /^el-table_\d+_column_\d+$/.test(name));
  const key = columnClass ?? `#${columnIndex(cell)}`;
  let text = header.columns.get(key);
  if (text === undefined) {
    const th = (columnClass ? header.headerTable.querySelector(`th.${columnClass}`) : null) ?? cellAtColumn(header.headerRow, columnIndex(cell));
    text = textOf(th);
    header.columns.set(key, text);
  }
  return { header: text, headers: header.headers, row: { row: cell.parentElement!, table: bodyTable } };
}

/** The column header of a control in a repeating table row, with the row itself. */
function column(anchor: Element, context: DescribeContext): ColumnInfo | null {
  const cell = anchor.closest('td, th');
  const row = cell?.parentElement;
  if (!cell || !row || row.tagName !== 'TR') return null;
  const body = cell.closest('.el-table__body-wrapper');
  if (body) return elTableColumn(cell, body, context);
  if (cell.classList.contains('el-descriptions-item__content') || cell.closest('.el-descriptions')) return null;
  const table = row.closest('table');
  if (!table) return null;
  const headerRow = plainHeaderRow(table, row) ?? detachedHeaderRow(table);
  if (!headerRow) return null;
  const header = textOf(cellAtColumn(headerRow, columnIndex(cell)));
  if (!header) return null;
  const headers = cellsOf(headerRow).map((h) => cleanLabel(textOf(h))).filter(Boolean);
  return { header, headers, row: { row, table } };
}

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LEGEND', 'CAPTION']);
const HEADING_CLASS = /(^|[\s_-])(title|tit|header|head|caption|subtitle|legend|divider|bt)([\s_-]|$)/i;
const NOT_HEADINGS = '.el-table__header-wrapper, .el-tabs__header, thead, .el-table__fixed, .el-table__fixed-right, .el-steps, .el-form-item, .el-table';
const INNER_HEADING = 'h1, h2, h3, h4, h5, h6, [class*="title"], [class*="header"], [role="heading"], strong, b, legend';

function stripOrdinal(text: string): string {
  return cleanLabel(text.replace(/^\s*([一二三四五六七八九十]+[、.．]|\d+[、.．]\s*|[(（][一二三四五六七八九十\d]+[)）])/, ''));
}

/** The title an element shows when it is a heading-like block before a part of the form. */
function headingText(element: Element, memo: WeakMap<Element, string>): string {
  const known = memo.get(element);
  if (known !== undefined) return known;
  let title = '';
  // The element's own tests first: most blocks before a control are rows holding controls, and a
  // selector test costs less than walking their text.
  const text = element.matches(NOT_HEADINGS) || hasControl(element) ? '' : textOf(element, 60);
  if (text && text.length <= MAX_TITLE) {
    const single = element.tagName === 'TR' && cellsOf(element).length === 1;
    const inner = element.querySelector(INNER_HEADING);
    if (
      single ||
      HEADING_TAGS.has(element.tagName) ||
      HEADING_CLASS.test(element.getAttribute('class') ?? '') ||
      element.getAttribute('role') === 'heading' ||
      (inner !== null && textOf(inner, 60) === text)
    ) {
      title = stripOrdinal(text);
    }
  }
  memo.set(element, title);
  return title;
}

/** A title a container gives its content: tab label, fieldset legend, form item holding a table. */
function containerTitle(node: Element): string {
  if (node.matches('.el-tab-pane, [role="tabpanel"]')) {
    const labelled = ariaLabelledBy(node);
    if (labelled) return labelled;
    const id = node.getAttribute('id');
    if (id?.startsWith('pane-')) return textOf(node.ownerDocument.getElementById(`tab-${id.slice(5)}`));
  }
  if (node.tagName === 'FIELDSET') {
    const legend = Array.from(node.children).find((child) => child.tagName === 'LEGEND');
    return legend ? textOf(legend) : '';
  }
  if (node.classList.contains('el-form-item__content') && node.querySelector('table, .el-form-item')) {
    const item = node.parentElement;
    return item ? textOf(childWithClass(item, 'el-form-item__label')) : '';
  }
  return '';
}

/** The titles one ancestor contributes: its own, then the nearest heading before it. */
function titlesAt(node: Element, memo: SectionMemo): readonly string[] {
  const known = memo.nodes.get(node);
  if (known) return known;
  const titles: string[] = [];
  const own = containerTitle(node);
  if (own) titles.push(own);
  const limit = node.tagName === 'TR' ? 200 : 6;
  let sibling = node.previousElementSibling;
  for (let step = 0; sibling && step < limit; step++, sibling = sibling.previousElementSibling) {
    const title = headingText(sibling, memo.headings);
    if (title) {
      titles.push(title);
      break;
    }
  }
  memo.nodes.set(node, titles);
  return titles;
}

const MAX_SECTIONS = 3;

/** Titles of the parts of the page the control is in, nearest first (at most three). */
export function sectionTitles(anchor: Element, memo: SectionMemo): string[] {
  return [...titlesFrom(anchor, memo)];
}

/**
 * The first distinct titles from a node up to the body. Kept per node: the first three of a node's
 * own titles followed by its parent's first three are the first three of the whole way up.
 */
function titlesFrom(node: Element | null, memo: SectionMemo): readonly string[] {
  if (!node || node.tagName === 'BODY') return [];
  const known = memo.chains.get(node);
  if (known) return known;
  const titles: string[] = [];
  for (const title of titlesAt(node, memo)) {
    const clean = stripOrdinal(title);
    if (clean && clean.length <= MAX_TITLE && !titles.includes(clean)) titles.push(clean);
  }
  if (titles.length < MAX_SECTIONS) {
    for (const title of titlesFrom(node.parentElement, memo)) if (!titles.includes(title)) titles.push(title);
  }
  const chain = titles.slice(0, MAX_SECTIONS);
  memo.chains.set(node, chain);
  return chain;
}

function unitOf(widget: Widget, anchor: Element, labels: readonly LabelCandidate[]): 'yuan' | 'wan' | undefined {
  const group = widget.root.closest('.el-input-group') ?? widget.root.querySelector('.el-input-group');
  const append = group?.querySelector('.el-input-group__append');
  const fromAppend = append ? unitIn(textOf(append)) : undefined;
  if (fromAppend) return fromAppend;
  const after = textAfter(group ?? anchor);
  const fromAfter = after.length <= 8 ? unitIn(after) : undefined;
  if (fromAfter) return fromAfter;
  for (const label of labels) {
    const unit = unitIn(label.text);
    if (unit) return unit;
  }
  return undefined;
}

/** The descriptor of a control from its widget (see controls.ts). */
export function describeWidget(widget: Widget, context: DescribeContext): ControlDescriptor {
  const input = widget.inputs[0]!;
  const anchor = widget.labelAnchor ?? widget.root;
  const labels: LabelCandidate[] = [];
  for (const label of labelsFor(widget, context)) push(labels, 'label-for', textOf(label));
  const ancestorLabel = widget.group ? null : input.closest('label');
  push(labels, 'aria-labelledby', ariaLabelledBy(input) || ariaLabelledBy(anchor));
  push(labels, 'aria-label', input.getAttribute('aria-label') ?? anchor.getAttribute('aria-label'));
  if (ancestorLabel && !ancestorLabel.classList.contains('el-form-item__label')) push(labels, 'ancestor-label', textOf(ancestorLabel));
  push(labels, 'form-item', formItemLabel(anchor));
  push(labels, 'text-before', textBefore(anchor));
  push(labels, 'left-cell', leftCell(anchor));
  const columnInfo = column(anchor, context);
  if (columnInfo) push(labels, 'column-header', columnInfo.header);
  const fieldset = anchor.closest('fieldset');
  const legend = fieldset ? Array.from(fieldset.children).find((child) => child.tagName === 'LEGEND') : undefined;
  push(labels, 'legend', legend ? textOf(legend) : '');
  if (labels.length === 0) {
    const near = nearbyLabel(widget.root);
    if (near) push(labels, near.source, near.text);
  }
  push(labels, 'title', input.getAttribute('title') ?? anchor.getAttribute('title'));
  push(labels, 'placeholder', input.getAttribute('placeholder'));

  const descriptor: ControlDescriptor = {
    element: widget.root,
    inputs: widget.inputs,
    kind: widget.kind,
    labels,
    sections: sectionTitles(anchor, context.sections),
  };
  const unit = unitOf(widget, anchor, labels);
  if (unit) descriptor.unit = unit;
  if (widget.rangePart) descriptor.rangePart = widget.rangePart;
  if (columnInfo) {
    descriptor.row = columnInfo.row;
    descriptor.tableHeaders = columnInfo.headers;
  }
  return descriptor;
}

/**
 * The descriptor of the control an element belongs to (an input, or any element inside an
 * Element UI widget), or null when it is not a form control. Cached per widget root.
 */
export function describeControl(element: Element, cache?: ReaderCache): ControlDescriptor | null {
  const store = readerCacheOrDefault(cache);
  const widget = controlAt(element, store.widgets);
  if (!widget) return null;
  const cached = store.descriptors.get(widget.root);
  if (cached) return cached;
  const descriptor = describeWidget(widget, describeContext(element.ownerDocument, store.sections));
  store.descriptors.set(widget.root, descriptor);
  return descriptor;
}

/** Descriptor of a value shown as text (static), with the label found for it. */
export function describeStatic(element: Element, source: LabelSource, label: string, memo: SectionMemo, columnInfo?: { headers: string[]; row: RowInfo }): ControlDescriptor {
  const labels: LabelCandidate[] = [];
  push(labels, source, label);
  const descriptor: ControlDescriptor = { element, inputs: [], kind: 'static', labels, sections: sectionTitles(element, memo) };
  const unit = unitIn(label);
  if (unit) descriptor.unit = unit;
  if (columnInfo) {
    descriptor.row = columnInfo.row;
    descriptor.tableHeaders = columnInfo.headers;
  }
  return descriptor;
}

