// The content script's side of the message protocol: settings and hand mappings in, drafts out.
// Every call degrades to a harmless default when the background cannot be reached (an extension
// update under a running page), so the page keeps working.
import { sendMessage } from '../../utils/messages';
import type { LangSetting } from '../../utils/lang';
import type { StoredCalendar, WageOverride } from '../../utils/store/types';
import { APPLICATION_TYPES, CASE_SCHEMA_ID, type ApplicationType } from '../../rules/schema';
import type { Snapshot } from './session';

/** What the user told us about one page: hand mappings of its controls and the type it is for. */
export interface PageChoices {
  /** Control key → case path. */
  mappings: Record<string, string>;
  /** The application type chosen in the chip, remembered for the page. */
  chosenType: ApplicationType | null;
}

/** What of the options a page is checked with. */
export interface CheckSettings {
  lang: LangSetting;
  /** The options' own average-wage figure: the page is checked as every other view checks. */
  wageOverride: WageOverride | null;
  /** The holiday calendars imported in the options. */
  calendars: StoredCalendar[];
}

export interface PageSettings extends PageChoices, CheckSettings {}

export interface Bridge {
  pageSettings: (pageKey: string) => Promise<PageSettings>;
  /** The options as they are now; null when the background does not answer (the page keeps what it has). */
  checkSettings: () => Promise<CheckSettings | null>;
  savePage: (pageKey: string, choices: PageChoices) => Promise<boolean>;
  autosave: (pageKey: string, snapshot: Snapshot) => Promise<boolean>;
  /** Tells the background the tab now shows this page of this document. */
  attach: (pageKey: string) => Promise<boolean>;
}

/**
 * The chosen type is kept in the page's mappings record under a key no control can have (control
 * keys start with the route), so it is stored, exported and removed with the page's hand mappings.
 */
export const CHOSEN_TYPE_KEY = 'page|type';

export function choicesOf(stored: Readonly<Record<string, string>>): PageChoices {
  const { [CHOSEN_TYPE_KEY]: type, ...mappings } = stored;
  const chosenType = (APPLICATION_TYPES as readonly string[]).includes(type ?? '') ? (type as ApplicationType) : null;
  return { mappings, chosenType };
}

export function storedOf({ mappings, chosenType }: PageChoices): Record<string, string> {
  const { [CHOSEN_TYPE_KEY]: _dropped, ...controls } = mappings;
  return chosenType ? { ...controls, [CHOSEN_TYPE_KEY]: chosenType } : controls;
}

/** The page is checked with defaults rather than waiting on a background that does not answer. */
const SETTINGS_TIMEOUT_MS = 1500;

function withTimeout<T>(promise: Promise<T>, fallback: T): Promise<T> {
  return Promise.race([promise, new Promise<T>((resolve) => setTimeout(() => resolve(fallback), SETTINGS_TIMEOUT_MS))]);
}

const DEFAULT_CHECK_SETTINGS: CheckSettings = { lang: 'auto', wageOverride: null, calendars: [] };

const NO_REPLY = { ok: false as const, error: 'timeout' };

async function checkSettings(): Promise<CheckSettings | null> {
  const settings = await withTimeout(sendMessage({ type: 'settings/get' }), NO_REPLY);
  if (!settings.ok) return null;
  const { lang, wageOverride, calendars } = settings.value;
  return { lang, wageOverride, calendars };
}

/** `docNonce`: random per document, so the background tells this document from a reload or the next page. */
export function createBridge(docNonce: string): Bridge {
  return {
    pageSettings: async (pageKey) => {
      const [settings, mappings] = await Promise.all([checkSettings(), withTimeout(sendMessage({ type: 'mappings/get', pageKey }), NO_REPLY)]);
      return { ...(settings ?? DEFAULT_CHECK_SETTINGS), ...choicesOf(mappings.ok ? mappings.value : {}) };
    },
    checkSettings,
    savePage: async (pageKey, choices) => (await sendMessage({ type: 'mappings/set', pageKey, mappings: storedOf(choices) })).ok,
    autosave: async (pageKey, snapshot) => {
      const caseData = { ...snapshot.read.caseData, schema: CASE_SCHEMA_ID, type: snapshot.type };
      const reply = await sendMessage({ type: 'case/autosave', pageKey, docNonce, caseData, unrecognised: snapshot.read.unrecognised.length });
      return reply.ok;
    },
    attach: async (pageKey) => (await sendMessage({ type: 'tab/attach', pageKey, docNonce })).ok,
  };
}
