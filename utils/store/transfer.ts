// Export and import files. An import is read and validated whole before anything is written, so a
// bad file changes nothing and names the record and JSON path that is wrong.
import { CASE_SCHEMA_ID, type CaseError } from '../../rules/schema';
import { selectPlurals } from '../../rules/plural';
import type { Text } from '../../rules/types';
import { prefixPath, validateCaseRecord } from './records';
import { EXPORT_FORMAT, type CaseRecord, type ExportFile, type ExportedCase, type ImportProblem } from './types';
import { isPlainObject } from '../../rules/json';

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** Enough to show what is wrong without flooding the page. */
const MAX_PROBLEMS = 20;

export function toExported(record: CaseRecord): ExportedCase {
  const { sources: _sources, pageKeys: _pageKeys, idNumberType: _identity, versions: _versions, pendingMerge: _pending, ...exported } = record;
  return exported;
}

export function buildExport(records: readonly CaseRecord[], exportedAt: string): ExportFile {
  return { format: EXPORT_FORMAT, exportedAt, cases: records.map(toExported) };
}

export type ParsedImport =
  | { ok: true; records: CaseRecord[] }
  | { ok: false; reason: 'too-large' | 'malformed'; message: Text }
  | { ok: false; reason: 'invalid'; message: Text; problems: ImportProblem[] };

function utf8Length(text: string): number {
  // Three bytes per UTF-16 unit bound the size from above; count exactly only near the limit.
  if (text.length * 3 <= MAX_IMPORT_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}

export const IMPORT_MESSAGES = {
  tooLarge: {
    zh: '文件超过 10 MB，未导入。',
    en: 'The file is larger than 10 MB and was not imported.',
  },
  notJson: {
    zh: '文件不是有效的 JSON，未导入任何内容。',
    en: 'The file is not valid JSON; nothing was imported.',
  },
  notExport: {
    zh: `文件既不是本扩展导出的文件（${EXPORT_FORMAT}），也不是单个案例（${CASE_SCHEMA_ID}），未导入任何内容。`,
    en: `The file is neither an export of this extension (${EXPORT_FORMAT}) nor a single case (${CASE_SCHEMA_ID}); nothing was imported.`,
  },
  invalid: {
    zh: '文件中有记录不符合格式，未导入任何内容。',
    en: 'Some records in the file do not fit the format; nothing was imported.',
  },
} satisfies Record<string, Text>;

/** The import would replace `n` stored cases: said before anything is written. */
export function duplicatesMessage(n: number): Text {
  return {
    zh: `文件中有 ${n} 个案例已存在。确认替换后才会导入。`,
    en: selectPlurals('en', '{n, plural, one {# case in the file already exists} other {# cases in the file already exist}}. Confirm to replace and import.', { n }),
  };
}

/**
 * Reads an import: the text of a file (or its parsed JSON). Accepts an export file or one bare
 * case in the case format, which becomes a new draft with `newId`.
 */
export function parseImport(
  input: unknown,
  now: string,
  newId: () => string,
  materialIds?: ReadonlySet<string>,
): ParsedImport {
  let data: unknown = input;
  if (typeof input === 'string') {
    if (utf8Length(input) > MAX_IMPORT_BYTES) return { ok: false, reason: 'too-large', message: IMPORT_MESSAGES.tooLarge };
    try {
      data = JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch {
      return { ok: false, reason: 'malformed', message: IMPORT_MESSAGES.notJson };
    }
  }
  if (!isPlainObject(data)) return { ok: false, reason: 'malformed', message: IMPORT_MESSAGES.notExport };

  if (data.schema === CASE_SCHEMA_ID) {
    const checked = validateCaseRecord({ id: newId(), case: data, status: 'draft' }, now, materialIds);
    if (!checked.ok) return invalid([{ index: null, path: checked.error.path.replace(/^case\.?/, '') || '(root)', expected: checked.error.expected }]);
    return { ok: true, records: [checked.value] };
  }

  if (data.format !== EXPORT_FORMAT) return { ok: false, reason: 'malformed', message: IMPORT_MESSAGES.notExport };
  if (!Array.isArray(data.cases)) return invalid([{ index: null, path: 'cases', expected: 'an array of cases' }]);

  const problems: ImportProblem[] = [];
  const records: CaseRecord[] = [];
  const seenIds = new Map<string, number>();
  data.cases.forEach((raw: unknown, index) => {
    if (problems.length >= MAX_PROBLEMS) return;
    const unknownKey = isPlainObject(raw) ? Object.keys(raw).find((key) => !RECORD_KEYS.has(key)) : undefined;
    if (unknownKey !== undefined) {
      problems.push({ index, path: `cases[${index}].${unknownKey}`, expected: 'no such key in the case format' });
      return;
    }
    const checked = validateCaseRecord(isPlainObject(raw) ? withoutBookkeeping(raw) : raw, now, materialIds);
    if (!checked.ok) {
      problems.push(problemAt(index, checked.error));
      return;
    }
    const earlier = seenIds.get(checked.value.id);
    if (earlier !== undefined) {
      problems.push({ index, path: `cases[${index}].id`, expected: `an id not used by cases[${earlier}]` });
      return;
    }
    seenIds.set(checked.value.id, index);
    records.push(checked.value);
  });
  if (problems.length > 0) return invalid(problems);
  return { ok: true, records };
}

/**
 * The keys a record of an export may have: what toExported writes, and the store's own bookkeeping
 * (dropped or recomputed). Anything else is refused like an unknown key in a case, not silently lost.
 */
const RECORD_FIELDS: Record<keyof CaseRecord, true> = {
  id: true, case: true, status: true, notes: true, createdAt: true, updatedAt: true, history: true, draftRaw: true,
  sources: true, pageKeys: true, idNumberType: true, versions: true, pendingMerge: true,
};
const RECORD_KEYS: ReadonlySet<string> = new Set(Object.keys(RECORD_FIELDS));

/** Page bookkeeping is the store's own; a file cannot set it. */
function withoutBookkeeping(record: Record<string, unknown>): Record<string, unknown> {
  const { sources: _sources, pageKeys: _pageKeys, versions: _versions, pendingMerge: _pending, ...fields } = record;
  return fields;
}

function problemAt(index: number, error: CaseError): ImportProblem {
  return { index, path: prefixPath(`cases[${index}]`, error.path), expected: error.expected };
}

function invalid(problems: ImportProblem[]): ParsedImport {
  return { ok: false, reason: 'invalid', message: IMPORT_MESSAGES.invalid, problems };
}
