// readPage: the whole form → a case fragment, the recognised fields with their elements, the values
// that could not be read, and the controls it could not place. A hand mapping for a control's key
// wins over the dictionary. Nothing on the page is changed, and nothing here throws.

import { readAttachments, type AttachmentRow } from './attachments';
import { readerCacheOrDefault, type ReaderCache } from './cache';
import { classify, classifyMapped, sectionOfSpec, type Classification } from './classify';
import { readRaw, widgetOf, type Widget } from './controls';
import { cellsOf, controlElements, rowsOf, textOf } from './dom';
import { controlKey, keyBase, routeOf } from './keys';
import { describeContext, describeWidget, type DescribeContext } from './labels';
import { inList, normalizeValue, RANGE_SEPARATOR } from './normalize';
import { detectApplicationType } from './page';
import { staticDescriptors } from './static';
import { StructureWatch } from './watch';
import { FIELDS, MATERIALS, OPTIONAL_EXTRA_ROWS, type FieldSpec } from './synonyms';
import { toHalfWidth } from './text';
import type { AppType, ControlDescriptor, Message, Normalized, RawValue } from './types';
import { isHidden } from './visibility';

export interface ReadOptions {
  location: { hash: string; pathname: string; host?: string };
  /**
   * Hand mappings, control key → case path (applicant.workHistory[].from, employer.taxPaid.2025,
   * 'ignore'), or for an attachment row → `attachments:<material id>`.
   */
  mappings?: Readonly<Record<string, string>>;
  /** The type the user chose; when absent the page decides. */
  type?: AppType | null;
  cache?: ReaderCache;
}

export interface ReadField {
  path: string;
  element: Element;
  key: string;
  /** For attachment rows (path 'attachments'). */
  material?: string;
}

export interface ReadProblem {
  path: string;
  element: Element;
  message: Message;
}

export interface UnplacedControl {
  key: string;
  element: Element;
  label: string;
}

export interface ReadResult {
  type: AppType | null;
  caseData: Record<string, unknown>;
  fields: ReadField[];
  problems: ReadProblem[];
  /** Controls (and attachment rows) the reader could not place: shown as "not recognised". */
  unrecognised: UnplacedControl[];
  /** Controls known not to matter for a check (电话, 民族 …) or set aside by hand. */
  ignored?: UnplacedControl[];
  /** Every attachment row found, present or not, with its material when known. */
  attachments?: AttachmentRow[];
  /** How many times reading a control (or the page) failed and was contained: 0 on a sound read. */
  errors?: number;
}

export const ATTACHMENT_MAPPING_PREFIX = 'attachments:';
export const CASE_SCHEMA = 'gongju-case/1';

const YEAR_MISSING: Message = {
  zh: '无法确定这一金额所属的年度，请填写年度或在标签中注明',
  en: 'Cannot tell which year this amount is for; fill in the year or name it in the label',
};

/** One control or text value that the reader placed, with its value or its problem. */
interface Placed {
  descriptor: ControlDescriptor;
  key: string;
  spec: FieldSpec;
  template: string;
  index?: number;
  year?: string;
  month?: string;
  result: { ok: true; value: unknown } | { ok: false; problem: Message };
  isStatic: boolean;
  /** Which entry of a text listing several (单位资质：A；B) this is. */
  part?: number;
}

interface Item {
  descriptor: ControlDescriptor;
  widget: Widget | null;
  key: string;
}

function emptyResult(type: AppType | null): Required<ReadResult> {
  return { type, caseData: { schema: CASE_SCHEMA, ...(type ? { type } : {}) }, fields: [], problems: [], unrecognised: [], ignored: [], attachments: [], errors: 0 };
}

function labelText(descriptor: ControlDescriptor): string {
  return descriptor.labels[0]?.text ?? '';
}

function collectControls(doc: Document, cache: ReaderCache, failed: Element[]): Array<{ widget: Widget; descriptor: ControlDescriptor }> {
  const seen = new Set<Element>();
  const controls: Array<{ widget: Widget; descriptor: ControlDescriptor }> = [];
  let context: DescribeContext | null = null;
  for (const input of controlElements(doc)) {
    try {
      const widget = widgetOf(input, cache.widgets);
      if (!widget || seen.has(widget.root)) continue;
      seen.add(widget.root);
      if (isHidden(widget.root)) continue;
      let descriptor = cache.descriptors.get(widget.root);
      if (!descriptor) {
        context ??= describeContext(doc, cache.sections);
        descriptor = describeWidget(widget, context);
        cache.descriptors.set(widget.root, descriptor);
      }
      controls.push({ widget, descriptor });
    } catch {
      // A control whose markup surprises the reader is not recognised rather than breaking the read.
      failed.push(input);
    }
  }
  return controls;
}

function keyed(entries: Array<{ descriptor: ControlDescriptor; widget: Widget | null }>, route: string, cache: ReaderCache): Item[] {
  const ordinals = new Map<string, number>();
  return entries.map(({ descriptor, widget }) => {
    let known = cache.keyBases.get(descriptor);
    if (!known || known.route !== route) {
      known = { route, base: keyBase(descriptor, route) };
      cache.keyBases.set(descriptor, known);
    }
    const base = known.base;
    const ordinal = ordinals.get(base) ?? 0;
    ordinals.set(base, ordinal + 1);
    return { descriptor, widget, key: controlKey(descriptor, route, ordinal) };
  });
}

function classificationOf(item: Item, mappings: Readonly<Record<string, string>> | undefined, cache: ReaderCache): Classification {
  const mapped = mappings?.[item.key];
  if (mapped !== undefined) return classifyMapped(mapped, item.descriptor);
  let known = cache.classifications.get(item.descriptor);
  if (!known) {
    known = classify(item.descriptor);
    cache.classifications.set(item.descriptor, known);
  }
  return known;
}

function rawOf(item: Item): RawValue {
  return item.widget ? readRaw(item.widget) : { kind: 'text', text: textOf(item.descriptor.element, 2000) };
}

const EMPTY_MEANS = /(为空|空白|不填|未填|留空|空着)[^。；;]{0,8}?(至今|无固定期限|长期)/;
const emptyHints = new WeakMap<ControlDescriptor, string | null>();

/** A note beside the table or field saying what an empty end means (终止时间为空表示至今). */
function emptyHintOf(descriptor: ControlDescriptor): string | null {
  let hint = emptyHints.get(descriptor);
  if (hint !== undefined) return hint;
  hint = null;
  const table = descriptor.row ? (descriptor.row.table.closest('.el-table') ?? descriptor.row.table) : null;
  const scope = table ?? descriptor.element.closest('.el-form-item') ?? descriptor.element.parentElement;
  const near = scope ? [scope, scope.previousElementSibling, scope.previousElementSibling?.previousElementSibling, scope.nextElementSibling, scope.nextElementSibling?.nextElementSibling] : [];
  for (const element of near) {
    const text = element && element !== table ? textOf(element, 200) : '';
    const match = text.length <= 120 ? EMPTY_MEANS.exec(text) : null;
    if (match) {
      hint = match[2]!;
      break;
    }
  }
  emptyHints.set(descriptor, hint);
  return hint;
}

/**
 * A 无固定期限 / 至今 box beside a date; or a date left empty where the page says empty means
 * ongoing (its placeholder says 至今, or a note says 终止时间为空表示至今).
 */
function openLabelOf(descriptor: ControlDescriptor, spec: FieldSpec): 'ticked' | 'empty' | undefined {
  if (spec.value.kind !== 'date' || !spec.value.open) return undefined;
  const open = spec.value.open;
  if (descriptor.kind === 'checkbox') {
    const own = descriptor.labels.find((label) => label.source === 'ancestor-label' || label.source === 'label-for');
    return own && inList(own.text, open) ? 'ticked' : undefined;
  }
  const placeholder = descriptor.labels.find((label) => label.source === 'placeholder');
  if (placeholder && inList(placeholder.text, open)) return 'empty';
  const hint = descriptor.kind === 'static' ? null : emptyHintOf(descriptor);
  return hint && inList(hint, open) ? 'empty' : undefined;
}

function rawKey(raw: RawValue): string {
  if (raw.kind === 'text') return `t${raw.text}\u0000${raw.alt ?? ''}`;
  if (raw.kind === 'checked') return `c${raw.checked}${raw.explicit}`;
  return `l${raw.items.join('\u0000')}`;
}

/** Normalises a field's value, reusing the last result while the value on the page is unchanged. */
function normalizeCached(item: Item, spec: FieldSpec, raw: RawValue, cache: ReaderCache): Normalized {
  let byField = cache.values.get(item.descriptor);
  if (!byField) {
    byField = new Map();
    cache.values.set(item.descriptor, byField);
  }
  const id = `${spec.path}${spec.invert ? '!' : ''}`;
  const key = rawKey(raw);
  const known = byField.get(id);
  if (known && known.raw === key) return known.result;
  const openLabel = openLabelOf(item.descriptor, spec);
  const result = normalizeValue(spec.value, raw, {
    ...(item.descriptor.unit ? { unit: item.descriptor.unit } : {}),
    ...(spec.invert ? { invert: true } : {}),
    ...(openLabel ? { openLabel } : {}),
  });
  byField.set(id, { raw: key, result });
  return result;
}

const YEAR_AMOUNT = /((?:19|20)\d{2})\s*年?度?\s*[:：]\s*([-+]?[\d.,]+\s*(?:万元|万|元)?)/g;
const DATE_IN_TEXT = /\d{4}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*日?/;
const NOTHING = /^(无|暂无|没有|none)$/i;

/** 2025年度：126.00万元；2024年度：118.00万元 → one amount per year. */
function placeYearPairs(item: Item, spec: FieldSpec, text: string, isStatic: boolean): Placed[] {
  const placed: Placed[] = [];
  for (const match of toHalfWidth(text).matchAll(YEAR_AMOUNT)) {
    const result = normalizeValue(spec.value, { kind: 'text', text: match[2]! }, item.descriptor.unit ? { unit: item.descriptor.unit } : {});
    placed.push({ descriptor: item.descriptor, key: item.key, spec, template: spec.path, year: match[1]!, result, isStatic });
  }
  return placed;
}

/** 高新技术企业（有效期至2027-12-20）；软件企业（有效期至2027-06-30） → entries with kind and date. */
function placeList(item: Item, spec: FieldSpec, text: string, isStatic: boolean): Placed[] | null {
  const parts = text.split(/[；;\n]+/).map((part) => part.trim()).filter(Boolean);
  if (parts.length === 1 && NOTHING.test(parts[0]!)) return [];
  if (parts.length < 2 && !parts.some((part) => DATE_IN_TEXT.test(part))) return null;
  const datePath = spec.path.replace(/\[\]\.[^.]+$/, `[].${spec.listDate}`);
  const dateSpec = FIELDS.find((field) => field.path === datePath) ?? null;
  const placed: Placed[] = [];
  parts.forEach((part, index) => {
    const kind = normalizeValue(spec.value, { kind: 'text', text: part.replace(/[(（][^)）]*[)）]/g, '') || part });
    placed.push({ descriptor: item.descriptor, key: item.key, spec, template: spec.path, result: kind, isStatic, part: index });
    const date = DATE_IN_TEXT.exec(part)?.[0];
    if (date && dateSpec) {
      placed.push({ descriptor: item.descriptor, key: item.key, spec: dateSpec, template: dateSpec.path, result: normalizeValue(dateSpec.value, { kind: 'text', text: date }), isStatic, part: index });
    }
  });
  return placed;
}

/** Places one item: its path(s) and normalised value(s). */
function place(item: Item, classification: Classification, isStatic: boolean, cache: ReaderCache): Placed[] {
  if (classification.kind === 'field') {
    const raw = rawOf(item);
    const spec = classification.spec;
    if (raw.kind === 'text' && classification.index === undefined) {
      if (spec.path.includes('{year}') && classification.year === undefined && spec.value.kind === 'money') {
        const pairs = placeYearPairs(item, spec, raw.text, isStatic);
        if (pairs.length > 0) return pairs;
      }
      if (spec.listDate) {
        const list = placeList(item, spec, raw.text, isStatic);
        if (list) return list;
      }
    }
    const result = normalizeCached(item, classification.spec, raw, cache);
    const placed: Placed = { descriptor: item.descriptor, key: item.key, spec: classification.spec, template: classification.template, result, isStatic };
    if (classification.index !== undefined) placed.index = classification.index;
    if (classification.year !== undefined) placed.year = classification.year;
    if (classification.month !== undefined) placed.month = classification.month;
    return [placed];
  }
  if (classification.kind !== 'range') return [];
  // One text holding a period (2020-01-01 至 2027-06-30): each end goes to its own field.
  const raw = rawOf(item);
  const text = raw.kind === 'text' ? raw.text : raw.kind === 'list' ? raw.items.join(' ') : '';
  const parts = text.split(RANGE_SEPARATOR).filter((part) => part.trim() !== '');
  // A lone value under a period label is its end (营业期限：长期); more than two parts is unreadable as a whole.
  const [start, end] = parts.length === 2 ? [parts[0]!, parts[1]!] : parts.length === 1 ? ['', parts[0]!] : [text, text];
  const placed: Placed[] = [];
  for (const [spec, part] of [[classification.start, start], [classification.end, end]] as const) {
    if (!spec) continue;
    const result = normalizeValue(spec.value, { kind: 'text', text: part });
    placed.push({ descriptor: item.descriptor, key: item.key, spec, template: spec.path, result, isStatic });
  }
  return placed;
}

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

const SEGMENT = /^([^[\]]+)(?:\[(\d+)\])?$/;
const parsedPaths = new Map<string, Array<{ name: string; index?: number }>>();

/** `a.b[2].c` → segments, parsed once per path (the same paths come back at every read). */
function segmentsOf(path: string): Array<{ name: string; index?: number }> {
  let segments = parsedPaths.get(path);
  if (!segments) {
    segments = path.split('.').flatMap((segment) => {
      const match = SEGMENT.exec(segment);
      if (!match) return [];
      return [match[2] === undefined ? { name: match[1]! } : { name: match[1]!, index: Number(match[2]) }];
    });
    if (parsedPaths.size > 5000) parsedPaths.clear();
    parsedPaths.set(path, segments);
  }
  return segments;
}

function setIn(target: Record<string, unknown>, path: string, value: unknown): void {
  const segments = segmentsOf(path);
  let node: Record<string, unknown> = target;
  for (let position = 0; position < segments.length; position++) {
    const { name, index } = segments[position]!;
    const last = position === segments.length - 1;
    if (index === undefined) {
      if (last) node[name] = value;
      else node = (node[name] ??= {}) as Record<string, unknown>;
      continue;
    }
    const list = (node[name] ??= []) as Array<Record<string, unknown> | undefined>;
    list[index] ??= {};
    if (last) (list as unknown[])[index] = value;
    else node = list[index]!;
  }
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

const MATERIAL_IDS = new Set(MATERIALS.map((material) => material.id));

function placeAttachmentRows(rows: readonly AttachmentRow[], route: string, mappings: Readonly<Record<string, string>> | undefined, result: Required<ReadResult>): void {
  const ordinals = new Map<string, number>();
  const listed = new Map<string, { material: string; fileName?: string }>();
  for (const row of rows) {
    const base = `${route}|attachments|${row.label}`;
    const ordinal = ordinals.get(base) ?? 0;
    ordinals.set(base, ordinal + 1);
    const key = `${base}|${ordinal}`;
    const mapped = mappings?.[key];
    if (mapped === 'ignore' || (mapped === undefined && row.material === null && OPTIONAL_EXTRA_ROWS.test(row.label))) {
      result.ignored.push({ key, element: row.element, label: row.label });
      continue;
    }
    const byHand = mapped?.startsWith(ATTACHMENT_MAPPING_PREFIX) ? mapped.slice(ATTACHMENT_MAPPING_PREFIX.length) : undefined;
    const material = byHand !== undefined && MATERIAL_IDS.has(byHand) ? byHand : row.material;
    const resolved: AttachmentRow = { ...row, material };
    result.attachments.push(resolved);
    if (!material) {
      result.unrecognised.push({ key, element: row.element, label: row.label });
      continue;
    }
    result.fields.push({ path: 'attachments', element: row.element, key, material });
    if (row.present && !listed.has(material)) listed.set(material, row.fileName ? { material, fileName: row.fileName } : { material });
  }
  if (listed.size > 0) result.caseData.attachments = [...listed.values()];
}

/** What a full look at the page found; reused by later reads while the page's structure is unchanged. */
interface Found {
  locationKey: string;
  route: string;
  detectedType?: AppType | null;
  controls: Item[];
  statics: Item[];
  failed: Element[];
  attachmentRows: AttachmentRow[];
}

function discover(doc: Document, cache: ReaderCache, route: string, locationKey: string): Found {
  const failed: Element[] = [];
  const controls = keyed(collectControls(doc, cache, failed), route, cache);
  const statics = keyed(
    staticDescriptors(doc, cache)
      .filter((descriptor) => !isHidden(descriptor.element))
      .map((descriptor) => ({ descriptor, widget: null })),
    route,
    cache,
  );
  return { locationKey, route, controls, statics, failed, attachmentRows: readAttachments(doc) };
}

/** The page's controls: found again after any change of structure, else those of the last read. */
function foundOn(doc: Document, options: ReadOptions, cache: ReaderCache): Found {
  const route = routeOf(options.location);
  const locationKey = `${options.location.pathname}#${options.location.hash}`;
  let page = cache.pages.get(doc);
  if (!page) {
    page = { watch: new StructureWatch(doc) };
    cache.pages.set(doc, page);
    cache.watches.add(page.watch);
  }
  const changed = page.watch.takeChanged();
  const last = page.found as Found | undefined;
  if (!changed && last && last.locationKey === locationKey) return last;
  const found = discover(doc, cache, route, locationKey);
  page.found = found;
  return found;
}

function readPageUnsafe(doc: Document, options: ReadOptions): ReadResult {
  const cache = readerCacheOrDefault(options.cache);
  const found = foundOn(doc, options, cache);
  if (options.type == null && found.detectedType === undefined) found.detectedType = detectApplicationType(doc, options.location);
  const type = options.type ?? found.detectedType ?? null;
  const { route, controls, statics, failed } = found;
  const result = emptyResult(type);
  failed.forEach((element, ordinal) => result.unrecognised.push({ key: `${route}|||${element.tagName.toLowerCase()}|failed|${ordinal}`, element, label: '' }));
  result.errors += failed.length;

  const placed: Placed[] = [];
  for (const [items, isStatic] of [[statics, true], [controls, false]] as const) {
    for (const item of items) {
      try {
        const classification = classificationOf(item, options.mappings, cache);
        if (classification.kind === 'ignored') {
          if (!isStatic) result.ignored.push({ key: item.key, element: item.descriptor.element, label: labelText(item.descriptor) });
          continue;
        }
        const entries = place(item, classification, isStatic, cache);
        if (entries.length === 0 && !isStatic) {
          result.unrecognised.push({ key: item.key, element: item.descriptor.element, label: labelText(item.descriptor) });
        }
        placed.push(...entries);
      } catch {
        result.errors += 1;
        if (!isStatic) result.unrecognised.push({ key: item.key, element: item.descriptor.element, label: labelText(item.descriptor) });
      }
    }
  }

  assignIndexes(placed);
  assignYears(placed);

  const caseData = result.caseData;
  // Text values come after controls in the field list: a finding is best shown on what can be edited.
  const shownFields: ReadField[] = [];
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
    if (entry.result.value !== undefined) setIn(caseData, path, entry.result.value);
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

  placeAttachmentRows(found.attachmentRows, route, options.mappings, result);
  return result;
}

/** Reads the portal form. Never throws: a page it cannot read gives an empty case fragment. */
export function readPage(doc: Document, options: ReadOptions): ReadResult {
  try {
    return readPageUnsafe(doc, options);
  } catch {
    return { ...emptyResult(options.type ?? null), errors: 1 };
  }
}
