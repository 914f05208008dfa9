// What the reader remembers between reads of the same page: controls, their descriptors and
// classifications, keyed by element in WeakMaps so nothing is written to the page and removed
// elements are forgotten with it.

import type { Classification } from './classify';
import type { Widget } from './controls';
import type { ControlDescriptor } from './types';

export interface ReaderCache {
  widgets: WeakMap<Element, Widget | null>;
  descriptors: WeakMap<Element, ControlDescriptor>;
  /** Text-only values (form items without input, description cells …), or null for elements that are none. */
  statics: WeakMap<Element, ControlDescriptor | null>;
  /** Heading text (or '') of blocks met while looking for section titles. */
  headings: WeakMap<Element, string>;
  /** Classification by the dictionary, per descriptor (hand mappings are applied on top, per read). */
  classifications: WeakMap<ControlDescriptor, Classification>;
}

export function createReaderCache(): ReaderCache {
  return { widgets: new WeakMap(), descriptors: new WeakMap(), statics: new WeakMap(), headings: new WeakMap(), classifications: new WeakMap() };
}

let shared = createReaderCache();

export function readerCacheOrDefault(cache?: ReaderCache): ReaderCache {
  return cache ?? shared;
}

/** Forget every descriptor (after the page re-rendered its labels or structure). */
export function invalidateDescriptors(): void {
  shared = createReaderCache();
}
