import type { RuleDef } from '../types';

// Being written: see the rules-engine issue.
export const DEPARTMENT_CHANGE_RULES: RuleDef[] = [];
