// Shared helpers for rule tests: load an example case, run the engine, pick findings.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkCase, type CheckOptions } from '../../../rules/engine';
import type { CheckOutput, Finding } from '../../../rules/types';

const casesDir = fileURLToPath(new URL('../../cases/', import.meta.url));

/** A fresh, mutable copy of an example case under test/cases/. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function loadCase(name: string): any {
  return JSON.parse(readFileSync(`${casesDir}${name}.json`, 'utf8'));
}

export function run(input: unknown, options: CheckOptions = {}): CheckOutput {
  const result = checkCase(input, options);
  if (!result.ok) throw new Error(`not a case: ${result.error.path}: ${result.error.expected}`);
  return result.output;
}

export function findingsOf(output: CheckOutput, rule: string): Finding[] {
  return output.findings.filter((f) => f.rule === rule);
}

/** The single finding of a rule, or undefined when it passed. */
export function findingOf(output: CheckOutput, rule: string): Finding | undefined {
  const found = findingsOf(output, rule);
  if (found.length > 1) throw new Error(`${rule} reported ${found.length} times`);
  return found[0];
}

export function ruleIdsOf(output: CheckOutput): string[] {
  return output.findings.map((f) => f.rule);
}
