// The portal form reader: pure DOM code, no extension API and no rules. See read.ts for the entry.

export { readPage, ATTACHMENT_MAPPING_PREFIX } from './read';
export type { ReadOptions, ReadResult, ReadField, ReadProblem, UnplacedControl } from './read';
export { describeControl } from './labels';
export { controlAt } from './controls';
export { classify, classifyMapped, IGNORE_MAPPING } from './classify';
export type { Classification } from './classify';
export { controlKey, pageKeyOf, ROUTE_CHANGE_EVENTS, routeOf } from './keys';
export { detectApplicationType, rankTypes, decideType } from './page';
export type { TypeCandidate, TypeDetection, DetectOptions } from './page';
export { readAttachments, materialOf } from './attachments';
export type { AttachmentRow } from './attachments';
export { createReaderCache, disposeReaderCache, invalidateDescriptors } from './cache';
export type { ReaderCache } from './cache';
export { mappablePaths } from './synonyms';
export * from './normalize';
export type * from './types';
