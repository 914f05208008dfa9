// Limits on what a portal page can make the store keep, against a page that floods it (security
// review L5). None drops data silently: the page's autosave is refused or set aside with an error
// naming the limit, which the side panel and the popup show (TabCaseState.refused).
import type { CaseError } from '../../rules/schema';

/** New drafts one tab may make in a minute; more are set aside in the quarantine instead. */
export const MAX_DRAFTS_PER_TAB_PER_MINUTE = 10;
export const DRAFT_WINDOW_MS = 60_000;
/** The JSON size of what one autosave may carry (a full case with 36 months of income is about 10 000). */
export const MAX_CASE_JSON_LENGTH = 200_000;
/** Hand mappings: the length of a control key and of a case path. */
export const MAX_MAPPING_KEY_LENGTH = 500;
/** Pages set aside without a usable type, at most; the options page lists them to discard. */
export const MAX_QUARANTINED_PAGES = 100;

export const LIMIT_ERRORS = {
  drafts: { path: '(page)', expected: `at most ${MAX_DRAFTS_PER_TAB_PER_MINUTE} new drafts a minute from one tab; set aside` },
  size: { path: 'caseData', expected: `at most ${MAX_CASE_JSON_LENGTH} characters as JSON` },
  quarantine: { path: 'quarantine', expected: `at most ${MAX_QUARANTINED_PAGES} pages set aside; discard some in the options page` },
} satisfies Record<string, CaseError>;

/** The length of a value as JSON, or Infinity when it has none (a cycle cannot come through messages). */
export function jsonLength(value: unknown): number {
  try {
    return JSON.stringify(value)?.length ?? 0;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** Draft creations per tab in the last minute. */
export class DraftRate {
  private readonly created = new Map<number, number[]>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Whether the tab may make another draft now. */
  allows(tabId: number): boolean {
    return this.recent(tabId).length < MAX_DRAFTS_PER_TAB_PER_MINUTE;
  }

  record(tabId: number): void {
    this.created.set(tabId, [...this.recent(tabId), this.now()]);
  }

  private recent(tabId: number): number[] {
    const since = this.now() - DRAFT_WINDOW_MS;
    return (this.created.get(tabId) ?? []).filter((at) => at > since);
  }
}
