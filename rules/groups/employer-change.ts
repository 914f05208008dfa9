import type { RuleDef } from '../types';

// Being written: see the rules-engine issue.
export const EMPLOYER_CHANGE_RULES: RuleDef[] = [];
