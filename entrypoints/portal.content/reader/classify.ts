// Descriptor → case path, by the synonym dictionary. Labels are tried in the descriptor's order:
// first an exact match on any label, then a containing match with a score. Two different paths
// scoring alike is ambiguous and gives nothing: a wrong guess is worse than "not recognised".

import {
  FIELDS,
  IGNORED_ENDINGS,
  IGNORED_LABELS,
  RANGES,
  SECTIONS,
  type FieldSpec,
  type RangeSpec,
  type SectionId,
  type SectionSpec,
} from './synonyms';
import { typeInText } from './page';
import { matchKey } from './text';
import type { ControlDescriptor } from './types';

export type Classification =
  | {
      kind: 'field';
      spec: FieldSpec;
      /** Path template: `[]` for the array entry, `{year}` for a year key. */
      template: string;
      /** Fixed array index (from a hand mapping such as applicant.workHistory[1].from). */
      index?: number;
      /** Year found in the labels (2025年纳税额) or fixed by a hand mapping. */
      year?: string;
      /** Month found in the labels of a monthly income amount (2026年10月). */
      month?: string;
    }
  | { kind: 'range'; range: RangeSpec; start: FieldSpec | null; end: FieldSpec | null }
  | { kind: 'ignored' }
  | { kind: 'unknown' };

const SECTION_BY_ID = new Map<SectionId, SectionSpec>(SECTIONS.map((section) => [section.id, section]));

/** The section a field belongs to: its explicit one, or the array / year map its path is in. */
export function sectionOfSpec(spec: FieldSpec): SectionSpec | undefined {
  if (spec.section) return SECTION_BY_ID.get(spec.section);
  return SECTIONS.find(
    (section) =>
      section.path !== undefined &&
      section.kind !== 'group' &&
      (spec.path.startsWith(`${section.path}[]`) || spec.path.startsWith(`${section.path}.{year}`)),
  );
}

const MIN_SCORE = 0.4;
const SECTION_BONUS = 0.2;
const TIE = 0.05;

const SECTION_WORDS = SECTIONS.flatMap((section) => section.titles.map((title) => ({ section, word: matchKey(title) }))).filter(({ word }) => word.length >= 2);
const sectionByTitle = new Map<string, SectionSpec | null>();

/** The section a title names, by the longest section title it contains. */
export function matchSection(title: string): SectionSpec | null {
  const known = sectionByTitle.get(title);
  if (known !== undefined) return known;
  const key = matchKey(title);
  let best: { section: SectionSpec; length: number } | null = null;
  if (key.length >= 2) {
    for (const { section, word } of SECTION_WORDS) {
      if (key.includes(word) && (!best || word.length > best.length)) best = { section, length: word.length };
    }
  }
  if (sectionByTitle.size > 2000) sectionByTitle.clear();
  sectionByTitle.set(title, best?.section ?? null);
  return best?.section ?? null;
}

interface Candidate {
  /** What is matched: a field or a range; `id` groups equivalent candidates. */
  target: { field: FieldSpec } | { range: RangeSpec };
  id: string;
  score: number;
}

interface Synonym {
  key: string;
  target: Candidate['target'];
  id: string;
  own: SectionSpec | undefined;
  anywhere: boolean;
  restricted: boolean;
}

const SYNONYMS: Synonym[] = [
  ...FIELDS.flatMap((spec) => {
    const own = sectionOfSpec(spec);
    return spec.labels.map((label) => ({
      key: matchKey(label),
      target: { field: spec },
      id: `${spec.path}${spec.value.kind === 'year' ? '#year' : ''}${spec.invert ? '#not' : ''}`,
      own,
      anywhere: spec.anywhere === true,
      restricted: spec.section !== undefined,
    }));
  }),
  ...RANGES.flatMap((range, index) => {
    const own = range.section ? SECTION_BY_ID.get(range.section) : undefined;
    return range.labels.map((label) => ({
      key: matchKey(label),
      target: { range },
      id: `range#${index}`,
      own,
      anywhere: false,
      restricted: range.section !== undefined,
    }));
  }),
].filter((synonym) => synonym.key !== '');

const IGNORED = new Set(IGNORED_LABELS.map(matchKey));

/** May a synonym match in this section? Inside an array section only that array's fields do. */
function allowed(synonym: Synonym, section: SectionSpec | null): boolean {
  if (section?.kind === 'array') return synonym.own?.id === section.id;
  if (!synonym.own) return true;
  if (synonym.own.kind === 'array') return synonym.anywhere || synonym.own.id === section?.id;
  if (synonym.restricted) return synonym.own.id === section?.id;
  return true;
}

function bestOf(candidates: Candidate[]): Candidate | null {
  const byId = new Map<string, Candidate>();
  for (const candidate of candidates) {
    const known = byId.get(candidate.id);
    if (!known || candidate.score > known.score) byId.set(candidate.id, candidate);
  }
  const sorted = [...byId.values()].sort((a, b) => b.score - a.score);
  const [first, second] = sorted;
  if (!first) return null;
  if (second && second.score >= first.score - TIE) return null;
  return first;
}

const SYNONYMS_BY_KEY = new Map<string, Synonym[]>();
for (const synonym of SYNONYMS) SYNONYMS_BY_KEY.set(synonym.key, [...(SYNONYMS_BY_KEY.get(synonym.key) ?? []), synonym]);

// A label can contain only the synonyms whose first character it has: a partial match looks at
// those (a few dozen) rather than at every synonym, in the dictionary's order all the same.
const ORDER = new Map(SYNONYMS.map((synonym, index) => [synonym, index]));
const SYNONYMS_BY_FIRST = new Map<string, Synonym[]>();
for (const synonym of SYNONYMS) SYNONYMS_BY_FIRST.set(synonym.key[0]!, [...(SYNONYMS_BY_FIRST.get(synonym.key[0]!) ?? []), synonym]);

function containedIn(key: string): Synonym[] {
  const found: Synonym[] = [];
  const firsts = new Set<string>();
  for (let i = 0; i < key.length; i++) firsts.add(key[i]!);
  for (const first of firsts) found.push(...(SYNONYMS_BY_FIRST.get(first) ?? []));
  return found.sort((a, b) => ORDER.get(a)! - ORDER.get(b)!);
}

function candidatesFor(key: string, section: SectionSpec | null, exact: boolean): Candidate[] {
  const candidates: Candidate[] = [];
  for (const synonym of exact ? (SYNONYMS_BY_KEY.get(key) ?? []) : containedIn(key)) {
    if (!allowed(synonym, section)) continue;
    let score = 0;
    if (synonym.key === key) score = 1;
    else if (!exact && synonym.key.length >= 2 && key.includes(synonym.key)) score = (0.9 * synonym.key.length) / key.length;
    if (score === 0 || (!exact && score < MIN_SCORE)) continue;
    if (synonym.own && synonym.own.id === section?.id) score += SECTION_BONUS;
    candidates.push({ target: synonym.target, id: synonym.id, score });
  }
  return candidates;
}

const sectionByHeaders = new Map<string, SectionSpec | null>();

/** What a table holds, told by its headers (cached: every row of a table asks the same). */
function sectionFromHeaders(headers: readonly string[]): SectionSpec | null {
  const id = headers.join('\u0000');
  const known = sectionByHeaders.get(id);
  if (known !== undefined) return known;
  const found = countSectionHeaders(headers);
  if (sectionByHeaders.size > 500) sectionByHeaders.clear();
  sectionByHeaders.set(id, found);
  return found;
}

/** How many of a table's headers name fields of a section. */
function countSectionHeaders(headers: readonly string[]): SectionSpec | null {
  let best: { section: SectionSpec; count: number } | null = null;
  for (const section of SECTIONS) {
    if (section.kind === 'group') continue;
    const paths = new Set<string>();
    for (const header of headers) {
      const key = matchKey(header);
      const hit = SYNONYMS.find((synonym) => synonym.own?.id === section.id && (synonym.key === key || (synonym.key.length >= 2 && key.includes(synonym.key))));
      if (hit) paths.add(hit.id);
    }
    if (paths.size >= 2 && (!best || paths.size > best.count)) best = { section, count: paths.size };
  }
  return best?.section ?? null;
}

/** The section a control is in: an array or year map named by a title or the table's headers, else a titled group. */
export function sectionOf(descriptor: ControlDescriptor): SectionSpec | null {
  // A title naming the business (随往人员信息变更) is the page's title, not a part of the form.
  const titled = descriptor.sections
    .filter((title) => typeInText(title) === null)
    .slice(0, 2)
    .map(matchSection)
    .find((section) => section !== null);
  if (titled && titled.kind !== 'group') return titled;
  const fromHeaders = descriptor.tableHeaders ? sectionFromHeaders(descriptor.tableHeaders) : null;
  return fromHeaders ?? titled ?? null;
}

const YEAR_IN_LABEL = /(?<!\d)((?:19|20)\d{2})(?!\d)(?!\s*(?:年|[-/.])\s*\d)/;
const MONTH_IN_LABEL = /(?<!\d)((?:19|20)\d{2})\s*(?:年|[-/.])\s*(\d{1,2})(?!\d)/;
const BARE_YEAR = /^((?:19|20)\d{2})\s*(?:年度?)?$/;
const BARE_MONTH = /^((?:19|20)\d{2})\s*(?:年|[-/.])\s*(\d{1,2})\s*(?:月份?)?$/;

function yearIn(descriptor: ControlDescriptor): string | undefined {
  for (const label of descriptor.labels) {
    const match = YEAR_IN_LABEL.exec(label.text);
    if (match) return match[1];
  }
  return undefined;
}

function monthIn(descriptor: ControlDescriptor): string | undefined {
  for (const label of descriptor.labels) {
    const match = MONTH_IN_LABEL.exec(label.text);
    if (match && Number(match[2]) >= 1 && Number(match[2]) <= 12) return `${match[1]}-${match[2]!.padStart(2, '0')}`;
  }
  return undefined;
}

function specFor(path: string | null): FieldSpec | null {
  if (path === null) return null;
  return FIELDS.find((spec) => spec.path === path && spec.value.kind !== 'year') ?? null;
}

function asField(spec: FieldSpec, descriptor: ControlDescriptor): Classification {
  const result: Classification = { kind: 'field', spec, template: spec.path };
  if (spec.path.includes('{year}')) {
    const year = yearIn(descriptor);
    if (year) result.year = year;
  }
  if (spec.path === 'applicant.monthlyIncome[].amount') {
    const month = monthIn(descriptor);
    if (month) result.month = month;
  }
  return result;
}

function resolve(candidate: Candidate, descriptor: ControlDescriptor): Classification {
  if ('field' in candidate.target) {
    const spec = candidate.target.field;
    // The first half of a period whose field keeps only its end (营业期限 from … to …).
    if (descriptor.rangePart === 'start' && spec.value.kind === 'date' && spec.value.rangeTake === 'end') return { kind: 'ignored' };
    return asField(spec, descriptor);
  }
  const range = candidate.target.range;
  const start = specFor(range.start);
  const end = specFor(range.end);
  if (descriptor.rangePart) {
    const part = descriptor.rangePart === 'start' ? start : end;
    return part ? asField(part, descriptor) : { kind: 'ignored' };
  }
  return { kind: 'range', range, start, end };
}

/** Labels that are only a year or a month inside a year map or the monthly income table. */
function bareKeyed(descriptor: ControlDescriptor, section: SectionSpec | null): Classification | null {
  if (!section?.path) return null;
  for (const label of descriptor.labels) {
    if (section.kind === 'year-map' && BARE_YEAR.test(label.text)) {
      const spec = specFor(`${section.path}.{year}`);
      if (spec) return asField(spec, descriptor);
    }
    if (section.id === 'monthlyIncome' && BARE_MONTH.test(label.text)) {
      const spec = specFor('applicant.monthlyIncome[].amount');
      if (spec) return asField(spec, descriptor);
    }
  }
  return null;
}

const DATE_WORDS = /(?:19|20)\d{2}(?:年度?|[-/.])?(?:\d{1,2}月?)?/g;

/** The key of a label without the year or month it names (2025年度纳税额 → 纳税额), unless nothing else is left. */
function keyWithoutDates(text: string): string {
  const key = matchKey(text);
  const stripped = key.replace(DATE_WORDS, '');
  return stripped === '' ? key : stripped;
}

/** Classifies a control by its labels; a hand mapping is handled by `classifyMapped`. */
export function classify(descriptor: ControlDescriptor): Classification {
  const labels = descriptor.labels.map((label) => keyWithoutDates(label.text)).filter((key) => key !== '');
  if (labels.length === 0) return { kind: 'unknown' };
  // A label naming a month (2026年10月应税收入) belongs to the monthly income wherever it stands.
  const first = descriptor.labels[0]?.text ?? '';
  const namesMonth = MONTH_IN_LABEL.test(first) && !/\d\s*[日号]/.test(first);
  const section = sectionOf(descriptor) ?? (namesMonth ? (SECTION_BY_ID.get('monthlyIncome') ?? null) : null);
  for (const key of labels) {
    const best = bestOf(candidatesFor(key, section, true));
    if (best) return resolve(best, descriptor);
  }
  // A known-irrelevant first label (电话) is not worth a partial match elsewhere.
  if (IGNORED.has(labels[0]!)) return { kind: 'ignored' };
  const keyed = bareKeyed(descriptor, section);
  if (keyed) return keyed;
  for (const key of labels) {
    const best = bestOf(candidatesFor(key, section, false));
    if (best) return resolve(best, descriptor);
  }
  const ignored = labels.some((key) => IGNORED.has(key)) || IGNORED_ENDINGS.some((ending) => labels[0]!.endsWith(ending));
  return ignored ? { kind: 'ignored' } : { kind: 'unknown' };
}

/** Mapping value meaning "the user says this field is not needed". */
export const IGNORE_MAPPING = 'ignore';

/**
 * A hand mapping: a case path such as applicant.workHistory[].from (index from the row),
 * applicant.workHistory[1].from (fixed entry), employer.taxPaid.2025 or employer.taxPaid.{year}.
 */
export function classifyMapped(path: string, descriptor: ControlDescriptor): Classification {
  if (path === IGNORE_MAPPING) return { kind: 'ignored' };
  const indexMatch = /\[(\d+)\]/.exec(path);
  const yearMatch = /\.((?:19|20)\d{2})$/.exec(path);
  const template = path.replace(/\[\d+\]/, '[]').replace(/\.(?:19|20)\d{2}$/, '.{year}');
  // A year map named without its year (employer.taxPaid): the year comes from the label or the row.
  const spec = specFor(template) ?? specFor(`${template}.{year}`);
  if (!spec) return { kind: 'unknown' };
  const result = asField(spec, descriptor);
  if (result.kind !== 'field') return result;
  result.template = spec.path;
  if (indexMatch) result.index = Number(indexMatch[1]);
  if (yearMatch) result.year = yearMatch[1];
  return result;
}
