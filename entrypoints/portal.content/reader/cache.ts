// What the reader remembers between reads of the same page: controls, their descriptors and
// classifications, keyed by element in WeakMaps so nothing is written to the page and removed
// elements are forgotten with it.

import type { Classification } from './classify';
import type { Widget } from './controls';
import type { StructureWatch } from './watch';
import type { ControlDescriptor, Normalized } from './types';

/** Remembered per element while looking for section titles: shared ancestors are looked at once. */
export interface SectionMemo {
  /** Heading text of a block ('' when it is no heading). */
  headings: WeakMap<Element, string>;
  /** Titles an ancestor contributes: its own (tab label, legend) and the heading before it. */
  nodes: WeakMap<Element, readonly string[]>;
  /** The section titles from an element up to the body (sectionTitles), shared by the controls under it. */
  chains: WeakMap<Element, readonly string[]>;
}

export function createSectionMemo(): SectionMemo {
  return { headings: new WeakMap(), nodes: new WeakMap(), chains: new WeakMap() };
}

export interface ReaderCache {
  widgets: WeakMap<Element, Widget | null>;
  descriptors: WeakMap<Element, ControlDescriptor>;
  /** Text-only values (form items without input, description cells …), or null for elements that are none. */
  statics: WeakMap<Element, ControlDescriptor | null>;
  /** Label / value pairs found beside a label element (null: the element is no such label). */
  pairs: WeakMap<Element, { value: Element; descriptor: ControlDescriptor } | null>;
  /** Headings and section titles met while looking for the sections controls are in. */
  sections: SectionMemo;
  /** Classification by the dictionary, per descriptor (hand mappings are applied on top, per read). */
  classifications: WeakMap<ControlDescriptor, Classification>;
  /** The key base of a descriptor on a route (recomputed when the route changes). */
  keyBases: WeakMap<ControlDescriptor, { route: string; base: string }>;
  /** The last normalised value per descriptor and field, reused while the raw value is unchanged. */
  values: WeakMap<ControlDescriptor, Map<string, { raw: string; result: Normalized }>>;
  /** Structure watch per document, and what the last full read found there. */
  pages: WeakMap<Document, { watch: StructureWatch; found?: unknown }>;
  /** Every watch this cache started, to stop them when the cache is dropped. */
  watches: Set<StructureWatch>;
}

export function createReaderCache(): ReaderCache {
  return {
    widgets: new WeakMap(),
    descriptors: new WeakMap(),
    statics: new WeakMap(),
    pairs: new WeakMap(),
    sections: createSectionMemo(),
    classifications: new WeakMap(),
    keyBases: new WeakMap(),
    values: new WeakMap(),
    pages: new WeakMap(),
    watches: new Set(),
  };
}

let shared = createReaderCache();

export function readerCacheOrDefault(cache?: ReaderCache): ReaderCache {
  return cache ?? shared;
}

/** Stops the structure watches of a cache that is no longer used (each watch observes its document). */
export function disposeReaderCache(cache: ReaderCache): void {
  for (const watch of cache.watches) watch.disconnect();
  cache.watches.clear();
  cache.pages = new WeakMap();
}

/** Forget every descriptor (after the page re-rendered its labels or structure). */
export function invalidateDescriptors(): void {
  disposeReaderCache(shared);
  shared = createReaderCache();
}
