// Assembling the placed values into the case fragment: array indexes from table rows or repeated
// blocks, years for yearly amounts, concrete paths, and the fields and problems lists.

import { setAt } from '../../../rules/paths';
import { sectionOfSpec } from './classify';
import { cellsOf, rowsOf, textOf } from './dom';
import type { Placed } from './place';
import type { Message } from './types';

/** Where assembled values go: the case fragment and the lists of a read result. */
export interface Assembly {
  caseData: Record<string, unknown>;
  fields: Array<{ path: string; element: Element; key: string }>;
  problems: Array<{ path: string; element: Element; message: Message }>;
}

const YEAR_MISSING: Message = {
  zh: '无法确定这一金额所属的年度，请填写年度或在标签中注明',
  en: 'Cannot tell which year this amount is for; fill in the year or name it in the label',
};

function arrayParts(template: string): { array: string; field: string } | null {
  const at = template.indexOf('[]');
  return at < 0 ? null : { array: template.slice(0, at), field: template.slice(at + 3) };
}

function documentOrder(a: Element, b: Element): number {
  if (a === b) return 0;
  return a.compareDocumentPosition(b) & 4 ? -1 : 1;
}

/** Array indexes: by table row (rows counted per table, tables one after another), else a new entry when a field repeats. */
function assignIndexes(placed: Placed[]): void {
  const groups = new Map<string, Placed[]>();
  for (const entry of placed) {
    const parts = arrayParts(entry.template);
    if (!parts || entry.index !== undefined) continue;
    const list = groups.get(parts.array) ?? [];
    list.push(entry);
    groups.set(parts.array, list);
  }
  for (const entries of groups.values()) {
    const inRows = entries.filter((entry) => entry.descriptor.row);
    const tables = [...new Set(inRows.map((entry) => entry.descriptor.row!.table))].sort(documentOrder);
    let offset = 0;
    for (const table of tables) {
      const mine = inRows.filter((entry) => entry.descriptor.row!.table === table);
      const used = new Set(mine.map((entry) => entry.descriptor.row!.row));
      const position = new Map<Element, number>();
      for (const row of rowsOf(table)) if (used.has(row)) position.set(row, position.size);
      for (const entry of mine) entry.index = offset + position.get(entry.descriptor.row!.row)!;
      offset += position.size;
    }
    const loose = entries.filter((entry) => !entry.descriptor.row).sort((a, b) => documentOrder(a.descriptor.element, b.descriptor.element));
    let index = offset - 1;
    let seen = new Set<string>();
    let last: Placed | null = null;
    for (const entry of loose) {
      const field = arrayParts(entry.template)!.field;
      // Both ends of one range control, or one part of a listing text, belong to the same entry.
      const sameSource = last !== null && entry.descriptor.element === last.descriptor.element && entry.part === last.part;
      if (index < offset || (seen.has(field) && !sameSource) || (last !== null && entry.part !== undefined && entry.part !== last.part)) {
        index += 1;
        seen = new Set();
      }
      seen.add(field);
      last = entry;
      entry.index = index;
    }
  }
}

const YEAR_CELL = /^\s*((?:19|20)\d{2})\s*(?:年度?)?\s*$/;

/** Years for year-keyed amounts: from the label, the row's year control or year cell, else the year control before it. */
function assignYears(placed: Placed[]): void {
  const keys = placed.filter((entry) => entry.spec.value.kind === 'year');
  const rowYears = new Map<Element, string>();
  for (const key of keys) {
    if (key.result.ok && typeof key.result.value === 'string' && key.descriptor.row) rowYears.set(key.descriptor.row.row, key.result.value);
  }
  for (const entry of placed) {
    if (!entry.template.includes('{year}') || entry.year !== undefined) continue;
    if (entry.spec.value.kind === 'year') {
      if (entry.result.ok && typeof entry.result.value === 'string') entry.year = entry.result.value;
      continue;
    }
    const row = entry.descriptor.row?.row;
    if (row) {
      const year = rowYears.get(row) ?? cellsOf(row).map((cell) => YEAR_CELL.exec(textOf(cell, 20))?.[1]).find(Boolean);
      if (year) {
        entry.year = year;
        continue;
      }
    }
    const map = entry.template.replace('.{year}', '');
    const before = keys
      .filter((key) => key.template.replace('.{year}', '') === map && key.result.ok && typeof key.result.value === 'string')
      .filter((key) => documentOrder(key.descriptor.element, entry.descriptor.element) < 0)
      .pop();
    if (before && before.result.ok) entry.year = before.result.value as string;
  }
}

function concretePath(entry: Placed): string | null {
  let path = entry.template;
  if (path.includes('[]')) {
    if (entry.index === undefined || entry.index < 0) return null;
    path = path.replace('[]', `[${entry.index}]`);
  }
  if (path.includes('{year}')) {
    if (!entry.year) return null;
    path = path.replace('{year}', entry.year);
  }
  return path;
}

/**
 * Whether an entry is laid out as an earlier one: assembled among the same others, it gets the same
 * array index and year. Those depend on the page's structure, on which entries there are (element,
 * template, listing part, what the label fixed) and on the values of the year keys, nothing else.
 */
export function sameLayout(earlier: Placed, entry: Placed): boolean {
  if (earlier === entry) return true;
  if (earlier.descriptor !== entry.descriptor || earlier.template !== entry.template || earlier.part !== entry.part) return false;
  if (earlier.index !== entry.index || earlier.year !== entry.year) return false;
  if (entry.spec.value.kind !== 'year') return true;
  const [a, b] = [earlier.result, entry.result];
  return a.ok ? b.ok && a.value === b.value : !b.ok;
}

/** Arrays built by index may have holes (a row with no recognised value): they become empty entries. */
function fillHoles(node: unknown): void {
  if (Array.isArray(node)) {
    for (let index = 0; index < node.length; index++) {
      if (node[index] === undefined) node[index] = {};
      fillHoles(node[index]);
    }
  } else if (node && typeof node === 'object') {
    for (const value of Object.values(node)) fillHoles(value);
  }
}

/** Puts every placed value where it belongs; values that are problems stay out of the case. */
export function assemble(placed: Placed[], result: Assembly): void {
  assignIndexes(placed);
  assignYears(placed);

  const caseData = result.caseData;
  // Text values come after controls in the field list: a finding is best shown on what can be edited.
  const shownFields: Assembly['fields'] = [];
  const monthOfEntry = new Map<string, Placed>();
  for (const entry of placed) {
    const isYearKey = entry.spec.value.kind === 'year';
    const path = concretePath(entry);
    const element = entry.descriptor.element;
    if (path === null) {
      const hasValue = entry.result.ok && entry.result.value !== undefined;
      if (!isYearKey && entry.template.includes('{year}') && hasValue) {
        const mapPath = sectionOfSpec(entry.spec)?.path ?? entry.template.replace('.{year}', '');
        result.problems.push({ path: mapPath, element, message: YEAR_MISSING });
      }
      continue;
    }
    (entry.isStatic ? shownFields : result.fields).push({ path, element, key: entry.key });
    if (isYearKey) continue;
    if (!entry.result.ok) {
      result.problems.push({ path, element, message: entry.result.problem });
      continue;
    }
    if (entry.result.value !== undefined) setAt(caseData, path, entry.result.value);
    if (entry.month && entry.index !== undefined) monthOfEntry.set(`applicant.monthlyIncome[${entry.index}].month`, entry);
  }
  for (const [path, entry] of monthOfEntry) {
    const index = Number(/\[(\d+)\]/.exec(path)![1]);
    const list = (caseData.applicant as { monthlyIncome?: Array<Record<string, unknown>> } | undefined)?.monthlyIncome;
    const target = list?.[index];
    if (target && target.month === undefined) {
      target.month = entry.month;
      result.fields.push({ path, element: entry.descriptor.element, key: entry.key });
    }
  }
  fillHoles(caseData);
  result.fields.push(...shownFields);
}
