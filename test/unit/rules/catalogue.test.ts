// @vitest-environment node
// Meta-test: the ruleset implements exactly the contract's catalogue (rules.md, Index of ids).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ALL_RULE_IDS, META_RULES, RULE_GROUPS, RULES } from '../../../rules/catalogue';
import { READING } from '../../../rules/citations';
import { DISTRICTS } from '../../../rules/schema';
import { checkCase, formatCitation } from '../../../rules/engine';
import { EXAMPLE_NAMES, caseWith, loadExample } from '../../support/cases';
import { MATERIAL_IDS, MATERIALS } from '../../../rules/materials';
import { APPLICATION_TYPES } from '../../../rules/schema';

// The shared contract when it is beside the repository (CI), else the copy kept in test/spec/.
const sharedSpec = fileURLToPath(new URL('../../../../shared/spec/rules.md', import.meta.url));
const keptSpec = fileURLToPath(new URL('../../spec/rules.md', import.meta.url));
const spec = readFileSync(existsSync(sharedSpec) ? sharedSpec : keptSpec, 'utf8');

function idsAfter(heading: string): string[] {
  const match = new RegExp(`^${heading} \\((\\d+)\\):`, 'm').exec(spec);
  if (!match) throw new Error(`"${heading}" list not found in rules.md`);
  const rest = spec.slice(match.index + match[0].length);
  const list = rest.split(/\n\s*\n/)[0]!;
  const ids = list.split('·').map((s) => s.trim()).filter(Boolean);
  expect(ids).toHaveLength(Number(match[1]));
  return ids;
}

describe('catalogue against rules.md', () => {
  const specRules = idsAfter('Rules');
  const specMaterials = idsAfter('Materials');

  it('has every rule id of the contract', () => {
    expect(specRules.filter((id) => !ALL_RULE_IDS.includes(id))).toEqual([]);
  });

  it('adds only extra.* rules, each explained in a note', () => {
    const added = ALL_RULE_IDS.filter((id) => !specRules.includes(id));
    expect(added.filter((id) => !id.startsWith('extra.'))).toEqual([]);
    for (const rule of RULES.filter((r) => added.includes(r.id))) expect(rule.note, rule.id).toBeTruthy();
  });

  it('has every material id of the contract and no other', () => {
    expect([...MATERIAL_IDS].sort()).toEqual([...specMaterials].sort());
    expect(MATERIALS.map((m) => m.id)).toEqual([...MATERIAL_IDS]);
  });

  it('registers each rule once', () => {
    expect(new Set(ALL_RULE_IDS).size).toBe(ALL_RULE_IDS.length);
  });

  it('gives every rule both languages, a title, a citation and known application types', () => {
    for (const rule of [...RULES, ...Object.values(META_RULES)]) {
      for (const text of [rule.title, ...Object.values(rule.messages)]) {
        expect(text.zh, rule.id).toMatch(/[\u4e00-\u9fff]/);
        expect(text.en, rule.id).toMatch(/[a-z]/i);
      }
      expect(rule.citation.document, rule.id).toBeTruthy();
    }
    for (const rule of RULES) {
      expect(rule.types.length, rule.id).toBeGreaterThan(0);
      for (const type of rule.types) expect(APPLICATION_TYPES).toContain(type);
    }
  });

  it('cites for users what a clerk can look up, never a file of ours', () => {
    for (const rule of [...RULES, ...Object.values(META_RULES)]) {
      for (const lang of ['zh', 'en'] as const) {
        const basis = formatCitation(rule.citation, lang);
        expect(basis, rule.id).not.toMatch(/research|\.md\b|§/);
        if (lang === 'en' && typeof rule.citation.document !== 'string') expect(basis, rule.id).not.toMatch(/[\u4e00-\u9fff]{4}/);
      }
    }
  });

  it('marks every reading of rules.md with a note and says so in the message, in both languages, in one phrase', () => {
    const readings = [...spec.matchAll(/^\| ([\w.-]+) \|[^\n]*\*reading\*/gm)].map((m) => m[1]!);
    expect(readings.length).toBeGreaterThan(0);
    for (const id of readings) {
      const rule = RULES.find((r) => r.id === id);
      expect(rule?.note, id).toBeTruthy();
    }
    // The contract's readings and every rule whose note says it rests on one.
    const marked = RULES.filter((r) => readings.includes(r.id) || r.note?.startsWith('Reading'));
    expect(marked.length).toBeGreaterThan(readings.length);
    const says = (template: string, lang: 'zh' | 'en') => template.includes('{reading}') || template.includes(READING[lang]);
    for (const rule of marked) {
      const texts = Object.values(rule.messages);
      expect(texts.some((text) => says(text.zh, 'zh') && says(text.en, 'en')), rule.id).toBe(true);
      for (const text of texts) expect(says(text.zh, 'zh'), `${rule.id}: ${text.en}`).toBe(says(text.en, 'en'));
    }
    // One phrase: the words of READING appear nowhere else.
    for (const rule of [...RULES, ...Object.values(META_RULES)]) {
      for (const text of Object.values(rule.messages)) {
        expect(text.zh.replaceAll(READING.zh, ''), rule.id).not.toContain('本工具对指南的理解');
        expect(text.en.replaceAll(READING.en, ''), rule.id).not.toContain('our reading');
      }
    }
  });

  it('has a describe block for every rule in the test file of its group, named after the group', () => {
    // The engine's own findings are groups/process.ts's.
    const groups: Record<string, readonly { id: string }[]> = { ...RULE_GROUPS, process: Object.values(META_RULES) };
    const untested: string[] = [];
    for (const [group, rules] of Object.entries(groups)) {
      const file = new URL(`./${group}.test.ts`, import.meta.url);
      expect(existsSync(file), `test/unit/rules/${group}.test.ts`).toBe(true);
      const source = readFileSync(file, 'utf8');
      for (const { id } of rules) {
        const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        if (!new RegExp(`describe\\(\\s*['"\`]${escaped}['"\` ]`).test(source)) untested.push(`${group}.test.ts: ${id}`);
      }
    }
    expect(untested).toEqual([]);
  });

  it('names each group file after its rules', () => {
    for (const rule of RULES) expect(rule.id).toMatch(/^(employer|applicant|basis|renewal|employer-change|info-change|department-change|practice|extra)\./);
  });
});

describe('what users read (issue 14): messages, bases and material reasons of every example, in both languages', () => {
  const DISTRICT_ID = new RegExp(`\\b(${DISTRICTS.join('|')})\\b`);
  const FILE_PATH = /\b[\w-]+\/[\w-]+\.\w+|\.(md|ts|json)\b|§/;
  const PLACEHOLDER = /\{\w+(,[^}]*)?\}/;
  const ONE_PLURAL = /(^|[^\d.,])1 (?!yuan\b)[a-z]+s\b/;
  // The examples, and cases made to reach the variants the examples do not (lapses, wrong districts, short histories).
  const extra = [
    caseWith('renewal-late', { permit: { status: 'expired' } }),
    caseWith('employer-change-complete', { permit: { validUntil: '2026-12-31' }, asOf: '2027-01-05' }),
    caseWith('employer-registration-complete', { employer: { registeredDistrict: 'chaoyang', registeredCapital: 10_000, taxPaid: { 2023: 1, 2024: 1, 2025: 1 } } }),
    caseWith('new-problems', { applicant: { monthlyIncome: [{ month: '2026-09', amount: 0 }], workHistory: [{ employer: '某公司', from: '2026-01-01', to: null }] } }),
  ];
  const cases = [...EXAMPLE_NAMES.map((name) => loadExample(name)), ...extra];

  it('contain no district id, file path, unfilled placeholder or English "1 <plural noun>"', () => {
    const problems: string[] = [];
    for (const c of cases) {
      for (const lang of ['zh', 'en'] as const) {
        const result = checkCase(c, { lang });
        if (!result.ok) throw new Error(result.error.path);
        const texts = [
          ...result.output.findings.flatMap((f) => [f.message, f.basis ?? '']),
          ...result.output.materials.map((m) => m.why?.[lang] ?? ''),
        ];
        for (const text of texts) {
          const bare = text.replace(/https?:\/\/\S+/g, '');
          if (DISTRICT_ID.test(bare)) problems.push(`district id: ${text}`);
          if (FILE_PATH.test(bare)) problems.push(`file path: ${text}`);
          if (PLACEHOLDER.test(text)) problems.push(`placeholder: ${text}`);
          if (lang === 'en' && ONE_PLURAL.test(text)) problems.push(`1 + plural: ${text}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('the lint itself catches what it looks for', () => {
    expect(DISTRICT_ID.test('registered in chaoyang')).toBe(true);
    expect(FILE_PATH.test('见调研资料 research/domain.md §5.2')).toBe(true);
    expect(PLACEHOLDER.test('到{asOf}')).toBe(true);
    expect(ONE_PLURAL.test('missing: 2024-05 (1 months)')).toBe(true);
    expect(ONE_PLURAL.test('1 month, 11 months, 1 yuan')).toBe(false);
  });
});
