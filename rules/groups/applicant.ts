import type { RuleDef } from '../types';

// Being written: see the rules-engine issue.
export const APPLICANT_RULES: RuleDef[] = [];
