// @vitest-environment node
// Meta-test: the ruleset implements exactly the contract's catalogue (rules.md, Index of ids).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ALL_RULE_IDS, META_RULES, RULE_GROUPS, RULES } from '../../../rules/catalogue';
import { formatCitation } from '../../../rules/engine';
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

  it('marks every reading of rules.md with a note and says so in the message', () => {
    const readings = [...spec.matchAll(/^\| ([\w.-]+) \|[^\n]*\*reading\*/gm)].map((m) => m[1]!);
    expect(readings.length).toBeGreaterThan(0);
    for (const id of readings) {
      const rule = RULES.find((r) => r.id === id);
      expect(rule?.note, id).toBeTruthy();
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
