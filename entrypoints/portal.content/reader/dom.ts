// Small read-only DOM helpers shared by the reader modules.

import { squash } from './text';

/** Native elements that carry a value. */
export const CONTROL_SELECTOR = 'input, select, textarea';

const TEXT_SKIPPED = new Set(['SCRIPT', 'STYLE', 'SELECT', 'TEXTAREA', 'BUTTON', 'NOSCRIPT', 'TEMPLATE', 'svg']);
// One class-attribute read and a test, rather than a classList per element: the walk visits every
// element under a label or row, and each DOM call costs more than the string test.
const TEXT_SKIPPED_CLASSES = /(?:^|[ \t\n\f\r])(?:el-form-item__error|el-select-dropdown|el-tooltip__popper)(?:[ \t\n\f\r]|$)/;

/** The text an element shows, without form controls, option lists and validation messages. */
export function textOf(element: Element | null | undefined, limit = 400): string {
  if (!element) return '';
  const parts: string[] = [];
  let length = 0;
  const walk = (node: Node): void => {
    if (length > limit) return;
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      parts.push(value);
      length += value.length;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (TEXT_SKIPPED.has(el.tagName)) return;
    const classes = el.getAttribute('class');
    if (classes !== null && TEXT_SKIPPED_CLASSES.test(classes)) return;
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
  };
  walk(element);
  return squash(parts.join(' '));
}

/** The words of an element's class names, and of its id with `withId` (el-upload-list__item → el, upload, list, item), lower case. */
export function nameWordsOf(element: Element, withId = false): string[] {
  const names = withId ? `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}` : (element.getAttribute('class') ?? '');
  return names.split(/[\s_-]+/).filter(Boolean).map((word) => word.toLowerCase());
}

/** The child with this class, looking into Element's label wrapper (el-form-item__label-wrap) too. */
export function childWithClass(parent: Element, className: string): Element | null {
  for (const child of Array.from(parent.children)) {
    if (child.classList.contains(className)) return child;
    const inner = child.classList.contains('el-form-item__label-wrap') ? childWithClass(child, className) : null;
    if (inner) return inner;
  }
  return null;
}

export function hasControl(element: Element): boolean {
  return element.querySelector(CONTROL_SELECTOR) !== null;
}

/** Column index of a cell, counting colspans of the cells before it. */
export function columnIndex(cell: Element): number {
  let index = 0;
  for (let prev = cell.previousElementSibling; prev; prev = prev.previousElementSibling) {
    if (prev.tagName === 'TD' || prev.tagName === 'TH') index += spanOf(prev);
  }
  return index;
}

export function spanOf(cell: Element): number {
  const span = Number(cell.getAttribute('colspan') ?? '1');
  return Number.isFinite(span) && span > 0 ? span : 1;
}

/** The cell of a row covering a column index. */
export function cellAtColumn(row: Element, column: number): Element | null {
  let index = 0;
  for (const cell of Array.from(row.children)) {
    if (cell.tagName !== 'TD' && cell.tagName !== 'TH') continue;
    const span = spanOf(cell);
    if (column >= index && column < index + span) return cell;
    index += span;
  }
  return null;
}

export function cellsOf(row: Element): Element[] {
  return Array.from(row.children).filter((cell) => cell.tagName === 'TD' || cell.tagName === 'TH');
}

/** The rows of a table in order, without descending into nested tables. */
export function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of Array.from(table.children)) {
    if (child.tagName === 'TR') rows.push(child);
    else if (child.tagName === 'THEAD' || child.tagName === 'TBODY' || child.tagName === 'TFOOT') {
      for (const row of Array.from(child.children)) if (row.tagName === 'TR') rows.push(row);
    }
  }
  return rows;
}

/** Current value of an input, select or textarea (the live property, not the attribute). */
export function valueOf(element: Element): string {
  const value = (element as HTMLInputElement).value;
  return typeof value === 'string' ? value : (element.getAttribute('value') ?? '');
}

/** Elements by tag name, in document order. Live collections cost less than a selector scan at every read. */
export function byTag(root: Document | Element, tag: string): Element[] {
  return Array.from(root.getElementsByTagName(tag));
}

export function byClass(root: Document | Element, className: string): Element[] {
  return Array.from(root.getElementsByClassName(className));
}

function mergeTwo(first: Element[], second: Element[]): Element[] {
  const merged: Element[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length && j < second.length) {
    // 4 = DOCUMENT_POSITION_FOLLOWING: the second list's head comes after the first's.
    if (first[i]!.compareDocumentPosition(second[j]!) & 4) merged.push(first[i++]!);
    else merged.push(second[j++]!);
  }
  return merged.concat(first.slice(i), second.slice(j));
}

/** Lists each in document order → one list in document order, comparing only where they meet. */
export function mergeInOrder(lists: Element[][]): Element[] {
  return lists.filter((list) => list.length > 0).reduce<Element[]>((merged, list) => (merged.length === 0 ? list : mergeTwo(merged, list)), []);
}

/** Elements with the ARIA role of a control (some widgets have no native control at all). */
export const ARIA_ROLE_SELECTOR = '[role="radio"], [role="checkbox"], [role="switch"], [role="combobox"]';

/** Every input, select, textarea and ARIA control of the page, in document order. */
export function controlElements(root: Document | Element): Element[] {
  return mergeInOrder([byTag(root, 'input'), byTag(root, 'select'), byTag(root, 'textarea'), Array.from(root.querySelectorAll(ARIA_ROLE_SELECTOR))]);
}

/**
 * The header row of a table whose header is a table of its own just before it (header and body
 * scroll apart: View UI, Element). Only a header of th cells over as many columns counts.
 */
export function detachedHeaderRow(table: Element): Element | null {
  const body = rowsOf(table);
  if (body.length === 0 || body.some((row) => row.parentElement?.tagName === 'THEAD')) return null;
  let node: Element | null = table;
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    const previous = node.previousElementSibling;
    if (!previous) continue;
    const head = previous.tagName === 'TABLE' ? previous : previous.querySelector('table');
    if (!head) return null;
    const rows = rowsOf(head);
    const last = rows[rows.length - 1];
    if (!last || rows.some(hasControl) || !cellsOf(last).every((cell) => cell.tagName === 'TH')) return null;
    const width = (row: Element) => cellsOf(row).reduce((sum, cell) => sum + spanOf(cell), 0);
    return width(last) === width(body[0]!) ? last : null;
  }
  return null;
}
