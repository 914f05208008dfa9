import type { RuleDef } from '../types';

// Being written: see the rules-engine issue.
export const BASIS_RULES: RuleDef[] = [];
