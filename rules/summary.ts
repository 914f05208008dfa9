// What a check's findings count as, in every view: the chip and the 提交 review on the portal, the
// popup and the side panel, the dashboard's list and editor, the CSV and the print view. Each
// finding counts once, under one kind, so that the same case shows the same numbers everywhere.
import type { Finding } from './types';

/**
 * - `material`: a required material not uploaded (material.missing), whatever its severity;
 * - `incomplete`: a rule still waiting for input ("to fill"), whatever its severity;
 * - otherwise the finding's severity.
 */
export type FindingKind = 'error' | 'warning' | 'incomplete' | 'material' | 'info';

export const MATERIAL_MISSING_RULE = 'material.missing';

export function kindOf(finding: Finding): FindingKind {
  if (finding.rule === MATERIAL_MISSING_RULE) return 'material';
  if (finding.incomplete) return 'incomplete';
  return finding.severity;
}

export interface SummaryCounts {
  errors: number;
  warnings: number;
  /** Required materials not uploaded yet: one per material. */
  missingMaterials: number;
  /** Rules still waiting for input: one per finding, as the lists under "to fill" show them. */
  toFill: number;
}

export function groupByKind(findings: readonly Finding[]): Record<FindingKind, Finding[]> {
  const groups: Record<FindingKind, Finding[]> = { error: [], warning: [], incomplete: [], material: [], info: [] };
  for (const finding of findings) groups[kindOf(finding)].push(finding);
  return groups;
}

export function countsOf(findings: readonly Finding[]): SummaryCounts {
  const groups = groupByKind(findings);
  return {
    errors: groups.error.length,
    warnings: groups.warning.length,
    missingMaterials: groups.material.length,
    toFill: groups.incomplete.length,
  };
}

export const NO_COUNTS: Readonly<SummaryCounts> = Object.freeze({ errors: 0, warnings: 0, missingMaterials: 0, toFill: 0 });
