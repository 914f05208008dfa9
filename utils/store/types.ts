// The records the extension keeps in its own origin (IndexedDB, or memory when that cannot open).
import type { ApplicationType, Case, CaseError, Employer } from '../../rules/schema';
import type { SummaryCounts } from '../../rules/summary';
import type { CaseVersion } from './versions';
import type { Text } from '../../rules/types';
import type { LangSetting } from '../i18n';

export const CASE_STATUSES = ['draft', 'ready', 'submitted', 'approved', 'returned'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const STATUS_LABELS: Record<CaseStatus, Text> = {
  draft: { zh: '草稿', en: 'Draft' },
  ready: { zh: '待提交', en: 'Ready to submit' },
  submitted: { zh: '已提交', en: 'Submitted' },
  approved: { zh: '已核准', en: 'Approved' },
  returned: { zh: '被退回', en: 'Returned' },
};

/** Statuses in which the user still has something to do before or after the office's review. */
export const OPEN_STATUSES: ReadonlySet<CaseStatus> = new Set(['draft', 'ready', 'returned']);

/** Error and warning counts of a case after a change that moved them. */
export interface CountPoint {
  /** ISO timestamp. */
  at: string;
  errors: number;
  warnings: number;
}

/** The last autosave whose data the case schema rejected, kept whole so nothing typed is lost. */
export interface DraftRaw {
  data: unknown;
  error: CaseError;
  at: string;
}

export interface CaseRecord {
  id: string;
  case: Case;
  status: CaseStatus;
  notes: string;
  createdAt: string;
  updatedAt: string;
  history: CountPoint[];
  /** `${idNumber}|${type}` (credit code for the employer-level types); absent until known. */
  idNumberType?: string;
  /** What each portal page contributed at its last autosave, by page key. */
  sources: Record<string, unknown>;
  /** Keys of `sources`, indexed (multiEntry) to find the case a page last saved. */
  pageKeys: string[];
  draftRaw?: DraftRaw;
  /** The last versions of the content, newest last (versions.ts): kept on this machine, not exported. */
  versions?: CaseVersion[];
  /**
   * Set on a draft a page made while it matched another case (this id) the tab was not bound to:
   * nothing is merged into that case until the user says so.
   */
  pendingMerge?: string;
}

/** What a page may set on a case; the store keeps ids, times, history and sources itself. */
export interface CaseInput {
  id?: string;
  case: unknown;
  status?: CaseStatus;
  notes?: string;
}

export interface EmployerProfile {
  id: string;
  name: string;
  employer: Employer;
  updatedAt: string;
}

export interface EmployerInput {
  id?: string;
  name: string;
  employer: unknown;
}

/** Hand mapping of one portal page: control key → case path. */
export type FieldMappings = Record<string, string>;

export interface MappingRecord {
  pageKey: string;
  mappings: FieldMappings;
  updatedAt: string;
}

export interface WageOverride {
  monthly: number;
  dataYear: number;
}

/** A year's holiday schedule the user added in the options (rules.md, Imported calendars). */
export interface StoredCalendar {
  year: number;
  off: string[];
  work: string[];
  /** Holiday name by listed day, for the month grid. */
  names: Record<string, string>;
  /** Pasted notice text or a holiday-cn file, with the notice title or file name. */
  source: { kind: 'notice' | 'file'; name: string };
  addedAt: string;
}

export interface Settings {
  lang: LangSetting;
  wageOverride: WageOverride | null;
  reminders: boolean;
  /**
   * Imported holiday calendars, one per year. Kept in the settings record, which every view, the
   * content script and the reminders already read, so each of them counts with the same years.
   */
  calendars: StoredCalendar[];
}

export const DEFAULT_SETTINGS: Settings = { lang: 'auto', wageOverride: null, reminders: true, calendars: [] };

/** A record that failed its schema (at a migration, on read, or an autosave without a usable type). */
export interface QuarantineEntry {
  id: string;
  /** The object store it came from. */
  from: 'cases' | 'employers' | 'mappings' | 'settings' | 'autosave';
  reason: CaseError;
  original: unknown;
  setAsideAt: string;
}

export interface StoreStatus {
  persistent: boolean;
  /** Why the store is not persistent (the error of indexedDB.open), null when it is. */
  failure: string | null;
  quarantined: number;
}

export type SaveResult = { ok: true; record: CaseRecord } | { ok: false; error: CaseError };

/**
 * A roster import: the ids of the cases it created and the updated cases as they were before,
 * which is what undoing it needs; or the first case that is not one (nothing changed).
 */
export type RosterImportResult =
  | { ok: true; created: string[]; previous: CaseRecord[] }
  | { ok: false; index: number; error: CaseError };

export interface AutosaveRequest {
  pageKey: string;
  caseData: unknown;
  /** The document that saves (random per document); page versions of one document are one version. */
  docNonce?: string;
  /**
   * The case the saving tab is bound to in this same document: the only case a page merges into
   * without asking, and the only draft without an ID number it continues.
   */
  boundCaseId?: string | null;
  /** False when the tab made its limit of new drafts for now: a new one is set aside instead (limits.ts). */
  mayCreate?: boolean;
}

/**
 * - valid: the data passed the case schema;
 * - salvaged: the parts the schema rejected were left out of `case` and kept in `draftRaw`;
 * - set-aside: no application type could be made out and no case of this page exists yet, so the
 *   data went to the quarantine (key `autosave:<pageKey>`), to be listed to the user.
 */
export type AutosaveResult =
  | { ok: true; stored: 'valid'; record: CaseRecord; created: boolean; pendingFor?: string }
  | { ok: true; stored: 'salvaged'; record: CaseRecord; created: boolean; error: CaseError; pendingFor?: string }
  | { ok: true; stored: 'set-aside'; record: null; created: false; error: CaseError };

export const EXPORT_FORMAT = 'gongju-export/1';

/** A case as exported: the record without the store's page bookkeeping. */
export type ExportedCase = Omit<CaseRecord, 'sources' | 'pageKeys' | 'idNumberType' | 'versions' | 'pendingMerge'>;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  exportedAt: string;
  cases: ExportedCase[];
}

export interface ImportProblem {
  /** Index of the record in the file's `cases`, null for the file as a whole. */
  index: number | null;
  /** JSON path inside the file, e.g. `cases[2].case.applicant.birthDate`. */
  path: string;
  expected: string;
}

export interface ImportDuplicate {
  index: number;
  existingId: string;
  /** Why it is the same case: same record id, or same identity number and type. */
  by: 'id' | 'identity';
}

export type ImportResult =
  | { ok: true; imported: number; replaced: number }
  | { ok: false; reason: 'too-large' | 'malformed'; message: Text }
  | { ok: false; reason: 'invalid'; message: Text; problems: ImportProblem[] }
  | { ok: false; reason: 'duplicates'; message: Text; duplicates: ImportDuplicate[] };

export const APPLICATION_TYPE_LABELS: Record<ApplicationType, Text> = {
  new: { zh: '证件新办', en: 'New permit' },
  renewal: { zh: '证件续签', en: 'Renewal' },
  'employer-change': { zh: '聘用单位变更', en: 'Change of employer' },
  'info-change': { zh: '个人信息变更', en: 'Change of personal details' },
  'department-change': { zh: '单位主管部门变更', en: 'Change of supervising district' },
  'employer-registration': { zh: '用人单位权限注册', en: 'Employer registration' },
};

/** A case as lists, the popup and the badge see it: counts and dates, no personal data. */
export interface CaseSummary extends SummaryCounts {
  caseId: string;
  type: ApplicationType;
  status: CaseStatus;
  lastSafeSubmission: string | null;
  approvalBy: string | null;
}

/**
 * A case as the dashboard's list shows it, made by the background from its cached check: who and
 * what, the counts and dates, and the text the search box looks in. The full record is fetched
 * only when a case is opened or exported.
 */
export interface CaseListItem {
  id: string;
  type: ApplicationType;
  status: CaseStatus;
  /** The applicant, or the employer for the employer-level types; empty while not given. */
  subject: string;
  updatedAt: string;
  permitEnd: string | null;
  /** Lower-cased name, ID number, employer name and credit code, one per line. */
  searchText: string;
  /** Counts as every view shows them (rules/summary.ts); null when the engine failed on the case. */
  counts: SummaryCounts | null;
  lastSafeSubmission: string | null;
  /** The planner's first and last day to apply (new permits and registrations), else null. */
  earliestEligible: string | null;
  eligibleUntil: string | null;
  /** The years its last safe day was counted over on the provisional calendar (no schedule added). */
  lastSafeProvisionalYears: string[];
}

/** What the background knows of the portal page in one tab, from its content script's last autosave. */
export interface TabCaseState {
  tabId: number;
  pageKey: string;
  /** The document the content script runs in (random per document); null before it said. */
  docNonce: string | null;
  /** Null when the page's data was set aside (no usable application type yet). */
  caseId: string | null;
  summary: CaseSummary | null;
  /** Controls on the page the reader could not classify. */
  unrecognised: number;
  /** 'none' while the page has saved nothing since the tab came to it; 'rejected' when its last save was refused. */
  stored: AutosaveResult['stored'] | 'none' | 'rejected';
  /** Why the page's last save was refused or set aside by a limit (limits.ts), for the notice. */
  refused?: CaseError;
  updatedAt: string;
}
