// Employer names are compared after NFKC, without any white space, with （） read as ().

const WHITE_SPACE = /\s+/gu;
const FULL_WIDTH_PARENTHESES = /[（）]/g;

export function normalizeName(s: string): string {
  // NFKC already folds （ ） (U+FF08/FF09) and U+3000; the explicit steps keep the contract's
  // wording visible and do not depend on that detail of the normalisation tables.
  return s
    .normalize('NFKC')
    .replace(WHITE_SPACE, '')
    .replace(FULL_WIDTH_PARENTHESES, (p) => (p === '（' ? '(' : ')'));
}

export function sameName(a: string, b: string): boolean {
  // Equal strings, the usual case, need no normalising.
  return a === b || normalizeName(a) === normalizeName(b);
}
