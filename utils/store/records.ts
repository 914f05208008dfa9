// Validation of stored and imported records. Every record read from the database or a file goes
// through here: a record that fails is reported with the JSON path that is wrong, never thrown.
import { subjectNumberOf } from '../../rules/application-types';
import { isRealDate } from '../../rules/dates';
import { checkScheduleDays } from '../../rules/imported-calendar';
import { CASE_SCHEMA_ID, parseCase, type Case, type CaseError } from '../../rules/schema';
import { MAX_MAPPING_KEY_LENGTH } from './limits';
import { MAX_VERSIONS, VERSION_SOURCES, type CaseVersion, type VersionSource } from './versions';
import {
  CASE_STATUSES,
  DEFAULT_SETTINGS,
  type CaseRecord,
  type CaseStatus,
  type CountPoint,
  type DraftRaw,
  type EmployerProfile,
  type FieldMappings,
  type Settings,
  type StoredCalendar,
  type WageOverride,
} from './types';
import { isPlainObject } from '../../rules/json';

export type Checked<T> = { ok: true; value: T } | { ok: false; error: CaseError };

/** The two types whose subject is an employer, not a person: matched by credit code. */
/** The longest id a record may have: requests name ids up to this length (dispatch.ts). */
export const MAX_ID_LENGTH = 1000;

/** Unknown keys are refused, not dropped, as everywhere else in a record. */
function unknownKey(value: Record<string, unknown>, known: readonly string[]): string | undefined {
  return Object.keys(value).find((key) => !known.includes(key));
}

/** `${idNumber}|${type}` (credit code for employer-level types), upper-cased; undefined while unknown. */
export function identityOf(c: Case): string | undefined {
  const raw = subjectNumberOf(c);
  const id = raw?.trim().toUpperCase();
  return id ? `${id}|${c.type}` : undefined;
}

export function prefixPath(prefix: string, path: string): string {
  if (path === '(root)') return prefix;
  if (!prefix) return path;
  return path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`;
}

function fail(path: string, expected: string): { ok: false; error: CaseError } {
  return { ok: false, error: { path, expected } };
}

function isTimestamp(value: unknown): value is string {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value));
}

/** A whole number, zero or more. */
export function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function checkCase(value: unknown, path: string, materialIds?: ReadonlySet<string>): Checked<Case> {
  const parsed = parseCase(value, materialIds);
  if (!parsed.ok) return fail(prefixPath(path, parsed.error.path), parsed.error.expected);
  return { ok: true, value: parsed.case };
}

function checkHistory(value: unknown): Checked<CountPoint[]> {
  if (value === undefined) return { ok: true, value: [] };
  if (!Array.isArray(value)) return fail('history', 'an array');
  const points: CountPoint[] = [];
  for (let i = 0; i < value.length; i++) {
    const point: unknown = value[i];
    if (!isPlainObject(point)) return fail(`history[${i}]`, 'an object');
    const extra = unknownKey(point, ['at', 'errors', 'warnings']);
    if (extra !== undefined) return fail(`history[${i}].${extra}`, 'no such key (at, errors, warnings)');
    if (!isTimestamp(point.at)) return fail(`history[${i}].at`, 'an ISO timestamp');
    if (!isCount(point.errors)) return fail(`history[${i}].errors`, 'a whole number >= 0');
    if (!isCount(point.warnings)) return fail(`history[${i}].warnings`, 'a whole number >= 0');
    points.push({ at: point.at, errors: point.errors, warnings: point.warnings });
  }
  return { ok: true, value: points };
}

function checkVersions(value: unknown, materialIds?: ReadonlySet<string>): Checked<CaseVersion[]> {
  if (value === undefined) return { ok: true, value: [] };
  if (!Array.isArray(value) || value.length > MAX_VERSIONS) return fail('versions', `an array of at most ${MAX_VERSIONS} versions`);
  const versions: CaseVersion[] = [];
  for (let i = 0; i < value.length; i++) {
    const v: unknown = value[i];
    if (!isPlainObject(v)) return fail(`versions[${i}]`, 'an object');
    if (!isTimestamp(v.at)) return fail(`versions[${i}].at`, 'an ISO timestamp');
    if (!VERSION_SOURCES.includes(v.source as VersionSource)) return fail(`versions[${i}].source`, VERSION_SOURCES.join(' or '));
    if (v.doc !== undefined && typeof v.doc !== 'string') return fail(`versions[${i}].doc`, 'a string');
    const c = checkCase(v.case, `versions[${i}].case`, materialIds);
    if (!c.ok) return c;
    versions.push({ at: v.at, source: v.source as VersionSource, case: c.value, ...(typeof v.doc === 'string' && { doc: v.doc }) });
  }
  return { ok: true, value: versions };
}

function checkDraftRaw(value: unknown): Checked<DraftRaw | undefined> {
  if (value === undefined) return { ok: true, value: undefined };
  if (!isPlainObject(value) || !('data' in value)) return fail('draftRaw', 'an object with data');
  const extra = unknownKey(value, ['data', 'error', 'at']);
  if (extra !== undefined) return fail(`draftRaw.${extra}`, 'no such key (data, error, at)');
  const error = value.error;
  if (!isPlainObject(error) || typeof error.path !== 'string' || typeof error.expected !== 'string' || unknownKey(error, ['path', 'expected']) !== undefined) {
    return fail('draftRaw.error', 'an object with path and expected');
  }
  if (!isTimestamp(value.at)) return fail('draftRaw.at', 'an ISO timestamp');
  return { ok: true, value: { data: value.data, error: { path: error.path, expected: error.expected }, at: value.at } };
}

/**
 * Validates a case record (stored, or exported without the page bookkeeping) and rebuilds it from
 * the known fields. Optional bookkeeping fields take their defaults; `fallbackTime` stands in for
 * missing timestamps. The identity is always recomputed from the case.
 */
export function validateCaseRecord(
  value: unknown,
  fallbackTime: string,
  materialIds?: ReadonlySet<string>,
): Checked<CaseRecord> {
  if (!isPlainObject(value)) return fail('(root)', 'a case record object');
  if (typeof value.id !== 'string' || value.id === '' || value.id.length > MAX_ID_LENGTH) return fail('id', `a non-empty string of at most ${MAX_ID_LENGTH} characters`);
  const c = checkCase(value.case, 'case', materialIds);
  if (!c.ok) return c;
  if (!CASE_STATUSES.includes(value.status as CaseStatus)) {
    return fail('status', `one of ${CASE_STATUSES.map((s) => JSON.stringify(s)).join(', ')}`);
  }
  if (value.notes !== undefined && typeof value.notes !== 'string') return fail('notes', 'a string');
  for (const key of ['createdAt', 'updatedAt'] as const) {
    if (value[key] !== undefined && !isTimestamp(value[key])) return fail(key, 'an ISO timestamp');
  }
  const history = checkHistory(value.history);
  if (!history.ok) return history;
  const sources = value.sources ?? {};
  if (!isPlainObject(sources)) return fail('sources', 'an object');
  const draftRaw = checkDraftRaw(value.draftRaw);
  if (!draftRaw.ok) return draftRaw;
  const versions = checkVersions(value.versions, materialIds);
  if (!versions.ok) return versions;
  if (value.pendingMerge !== undefined && (typeof value.pendingMerge !== 'string' || value.pendingMerge === '')) return fail('pendingMerge', 'a case id');

  const record: CaseRecord = {
    id: value.id,
    case: c.value,
    status: value.status as CaseStatus,
    notes: (value.notes as string | undefined) ?? '',
    createdAt: (value.createdAt as string | undefined) ?? fallbackTime,
    updatedAt: (value.updatedAt as string | undefined) ?? fallbackTime,
    history: history.value,
    sources,
    pageKeys: Object.keys(sources),
  };
  const identity = identityOf(c.value);
  if (identity) record.idNumberType = identity;
  if (draftRaw.value) record.draftRaw = draftRaw.value;
  if (versions.value.length > 0) record.versions = versions.value;
  if (typeof value.pendingMerge === 'string') record.pendingMerge = value.pendingMerge;
  return { ok: true, value: record };
}

export function validateEmployerProfile(value: unknown, fallbackTime: string): Checked<EmployerProfile> {
  if (!isPlainObject(value)) return fail('(root)', 'an employer profile object');
  if (typeof value.id !== 'string' || value.id === '') return fail('id', 'a non-empty string');
  if (typeof value.name !== 'string') return fail('name', 'a string');
  // The employer part of the case schema is the one definition of an employer.
  const parsed = parseCase({ schema: CASE_SCHEMA_ID, type: 'employer-registration', employer: value.employer ?? {} });
  if (!parsed.ok) return fail(parsed.error.path, parsed.error.expected);
  if (value.updatedAt !== undefined && !isTimestamp(value.updatedAt)) return fail('updatedAt', 'an ISO timestamp');
  return {
    ok: true,
    value: {
      id: value.id,
      name: value.name,
      employer: parsed.case.employer ?? {},
      updatedAt: (value.updatedAt as string | undefined) ?? fallbackTime,
    },
  };
}

const MAX_MAPPINGS_PER_PAGE = 2000;

export function validateMappings(value: unknown): Checked<FieldMappings> {
  if (!isPlainObject(value)) return fail('mappings', 'an object of control key → case path');
  const entries = Object.entries(value);
  if (entries.length > MAX_MAPPINGS_PER_PAGE) return fail('mappings', `at most ${MAX_MAPPINGS_PER_PAGE} entries`);
  const mappings: FieldMappings = {};
  for (const [key, path] of entries) {
    if (key.length > MAX_MAPPING_KEY_LENGTH) return fail(`mappings.${key.slice(0, 40)}…`, `a control key of at most ${MAX_MAPPING_KEY_LENGTH} characters`);
    if (typeof path !== 'string') return fail(`mappings.${key}`, 'a case path string');
    if (path.length > MAX_MAPPING_KEY_LENGTH) return fail(`mappings.${key}`, `a case path of at most ${MAX_MAPPING_KEY_LENGTH} characters`);
    mappings[key] = path;
  }
  return { ok: true, value: mappings };
}

function checkWageOverride(value: unknown): Checked<WageOverride | null> {
  if (value === null) return { ok: true, value: null };
  if (!isPlainObject(value)) return fail('wageOverride', 'null or an object with monthly and dataYear');
  const { monthly, dataYear } = value;
  if (typeof monthly !== 'number' || !Number.isFinite(monthly) || monthly <= 0) {
    return fail('wageOverride.monthly', 'a number of yuan > 0');
  }
  if (typeof dataYear !== 'number' || !Number.isInteger(dataYear) || dataYear < 2000 || dataYear > 2100) {
    return fail('wageOverride.dataYear', 'a year between 2000 and 2100');
  }
  return { ok: true, value: { monthly, dataYear } };
}

const MAX_CALENDARS = 50;

/** The imported calendars as stored: each re-read by the rules' own checks, so a stored one is as good as a fresh import. */
function checkCalendars(value: unknown): Checked<StoredCalendar[]> {
  if (!Array.isArray(value) || value.length > MAX_CALENDARS) return fail('calendars', `a list of at most ${MAX_CALENDARS} calendars`);
  const calendars: StoredCalendar[] = [];
  for (const [index, entry] of value.entries()) {
    const at = `calendars[${index}]`;
    if (!isPlainObject(entry) || !isPlainObject(entry.source) || !isPlainObject(entry.names) || typeof entry.addedAt !== 'string') return fail(at, 'a calendar {year, off, work, names, source, addedAt}');
    const { year, off, work, names, source, addedAt } = entry;
    if (!Array.isArray(off) || !Array.isArray(work)) return fail(at, 'off and work lists');
    const days = [
      ...off.map((date) => ({ name: String(names[String(date)] ?? ''), date, isOffDay: true })),
      ...work.map((date) => ({ name: String(names[String(date)] ?? ''), date, isOffDay: false })),
    ];
    if (typeof year !== 'number' || !days.every((day) => typeof day.date === 'string' && isRealDate(day.date))) return fail(at, 'a year and real dates');
    const checked = checkScheduleDays(year, days as { name: string; date: string; isOffDay: boolean }[], () => ({ zh: at, en: at }));
    if (!checked.ok) return fail(at, checked.problem.en);
    if (calendars.some((calendar) => calendar.year === year)) return fail(at, `one calendar of ${year}`);
    if ((source.kind !== 'notice' && source.kind !== 'file') || typeof source.name !== 'string') return fail(`${at}.source`, 'notice or file, with its name');
    calendars.push({ year, off: checked.calendar.off.slice(), work: checked.calendar.work.slice(), names: { ...checked.calendar.names }, source: { kind: source.kind, name: source.name }, addedAt });
  }
  return { ok: true, value: calendars.sort((a, b) => a.year - b.year) };
}

/** Validates a settings change; only the keys given are checked and returned. */
export function validateSettingsPatch(value: unknown): Checked<Partial<Settings>> {
  if (!isPlainObject(value)) return fail('(root)', 'an object of settings');
  const patch: Partial<Settings> = {};
  for (const [key, field] of Object.entries(value)) {
    switch (key) {
      case 'lang':
        if (field !== 'auto' && field !== 'zh' && field !== 'en') return fail('lang', 'one of "auto", "zh", "en"');
        patch.lang = field;
        break;
      case 'wageOverride': {
        const wage = checkWageOverride(field);
        if (!wage.ok) return wage;
        patch.wageOverride = wage.value;
        break;
      }
      case 'reminders':
        if (typeof field !== 'boolean') return fail('reminders', 'true or false');
        patch.reminders = field;
        break;
      case 'calendars': {
        const calendars = checkCalendars(field);
        if (!calendars.ok) return calendars;
        patch.calendars = calendars.value;
        break;
      }
      default:
        return fail(key, 'no such setting');
    }
  }
  return { ok: true, value: patch };
}

/** Settings as stored, each field that is missing or wrong replaced by its default. */
export function normalizeSettings(value: unknown): Settings {
  const settings: Settings = { ...DEFAULT_SETTINGS };
  if (!isPlainObject(value)) return settings;
  for (const key of ['lang', 'wageOverride', 'reminders', 'calendars'] as const) {
    if (!(key in value)) continue;
    const checked = validateSettingsPatch({ [key]: value[key] });
    if (checked.ok) Object.assign(settings, checked.value);
  }
  return settings;
}
