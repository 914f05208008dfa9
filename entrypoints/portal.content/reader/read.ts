// readPage: the whole form → a case fragment, the recognised fields with their elements, the values
// that could not be read, and the controls it could not place. A hand mapping for a control's key
// wins over the dictionary. Nothing on the page is changed, and nothing here throws.

import { CASE_SCHEMA_ID } from '../../../rules/case-ids';
import { readAttachments, type AttachmentRow } from './attachments';
import { readerCacheOrDefault, type ReaderCache } from './cache';
import { assemble, sameLayout } from './assemble';
import { classify, classifyMapped, type Classification } from './classify';
import { widgetOf, type Widget } from './controls';
import { controlElements } from './dom';
import { controlKey, keyBase, routeOf } from './keys';
import { describeContext, describeWidget, type DescribeContext } from './labels';
import { decideType, rankTypes, type TypeCandidate, type TypeDetection } from './page';
import { place, type Item, type Placed, type PlacedMemo } from './place';
import { staticDescriptors } from './static';
import { MATERIALS, OPTIONAL_EXTRA_ROWS } from './synonyms';
import type { ApplicationType, ControlDescriptor, Message } from './types';
import { isHidden } from './visibility';
import { StructureWatch } from './watch';

export interface ReadOptions {
  location: { hash: string; pathname: string; host?: string };
  /**
   * Hand mappings, control key → case path (applicant.workHistory[].from, employer.taxPaid.2025,
   * 'ignore'), or for an attachment row → `attachments:<material id>`.
   */
  mappings?: Readonly<Record<string, string>>;
  /** The type the user chose (or chose earlier for this page): it wins; when absent the page decides. */
  type?: ApplicationType | null;
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
  type: ApplicationType | null;
  /** How the type was found, with every type the page names (for the chip to offer). */
  detection?: TypeDetection;
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

function emptyResult(detection: TypeDetection): Required<ReadResult> {
  const type = detection.type;
  return { type, detection, caseData: { schema: CASE_SCHEMA_ID, ...(type ? { type } : {}) }, fields: [], problems: [], unrecognised: [], ignored: [], attachments: [], errors: 0 };
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
  typeCandidates?: TypeCandidate[];
  controls: Item[];
  statics: Item[];
  failed: Element[];
  attachmentRows: AttachmentRow[];
  /** What each item placed at the last read: the same while its mapping and value are. */
  placed: Map<Item, PlacedMemo>;
  /** The last read's entries as placed and as assembled, in the same order. */
  layout?: { placed: Placed[]; assembled: Placed[] };
}

function discover(doc: Document, cache: ReaderCache, route: string, locationKey: string): Found {
  const failed: Element[] = [];
  const controls = keyed(collectControls(doc, cache, failed), route, cache);
  const attachmentRows = readAttachments(doc);
  // A text in an attachment row (申请人身份证 · 正反面) belongs to the row, not to a field.
  const inRow = (element: Element) => attachmentRows.some((row) => row.element.contains(element));
  const statics = keyed(
    staticDescriptors(doc, cache)
      .filter((descriptor) => !isHidden(descriptor.element) && !inRow(descriptor.element))
      .map((descriptor) => ({ descriptor, widget: null })),
    route,
    cache,
  );
  return { locationKey, route, controls, statics, failed, attachmentRows, placed: new Map() };
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
  found.typeCandidates ??= rankTypes(doc, options.location, found.attachmentRows.map((row) => row.element));
  const { route, controls, statics, failed } = found;
  const result = emptyResult(decideType(found.typeCandidates, options.type));
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
        const entries = place(item, classification, isStatic, options.mappings?.[item.key], found.placed, cache);
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

  // Copies: assembling completes them (array index, year) for this read only. Entries laid out
  // as at the last read get its indexes and years, and assembling has none left to work out.
  const last = found.layout;
  const reused = last !== undefined && last.placed.length === placed.length && placed.every((entry, i) => sameLayout(last.placed[i]!, entry));
  const assembled = placed.map((entry, i) => {
    const copy = { ...entry };
    const done = reused ? last.assembled[i]! : null;
    if (done?.index !== undefined) copy.index = done.index;
    if (done?.year !== undefined) copy.year = done.year;
    return copy;
  });
  assemble(assembled, result);
  found.layout = { placed, assembled };

  placeAttachmentRows(found.attachmentRows, route, options.mappings, result);
  return result;
}

/** Reads the portal form. Never throws: a page it cannot read gives an empty case fragment. */
export function readPage(doc: Document, options: ReadOptions): ReadResult {
  try {
    return readPageUnsafe(doc, options);
  } catch {
    return { ...emptyResult(decideType([], options.type)), errors: 1 };
  }
}
