// Text helpers for labels and values: width folding, label cleaning and the key used for matching.

/** Full-width ASCII and the ideographic space to their half-width forms (NFKC does this and a bit more). */
export function toHalfWidth(text: string): string {
  // Plain ASCII is already in normal form; NFKC is costly when run on every value at every read.
  // Zero-width characters (pasted from Word or web pages) are dropped: they are invisible in the field.
  return /[^\x00-\x7f]/.test(text) ? text.normalize('NFKC').replace(/[\u200b-\u200d\u2060\ufeff]/g, '') : text;
}

/** Collapses white space (U+3000 included) and trims. */
export function squash(text: string): string {
  return text.replace(/[\s\u3000]+/g, ' ').trim();
}

const REQUIRED_MARKS = /[*＊※]/g;
const REQUIRED_WORDS = /[(（]\s*(必填|必选|选填)\s*[)）]|必填项?$/g;
const TRAILING_COLON = /[:：]+\s*$/;

const SPACE_BETWEEN_HAN = /(\p{Script=Han})\s+(?=\p{Script=Han})/gu;

/** A small cache for pure string functions called on the same labels at every read. */
function memo(fn: (text: string) => string): (text: string) => string {
  const known = new Map<string, string>();
  return (text) => {
    let result = known.get(text);
    if (result === undefined) {
      if (known.size > 5000) known.clear();
      result = fn(text);
      known.set(text, result);
    }
    return result;
  };
}

/** A label as shown to the user: no required markers, no trailing colon, no spaces padding Chinese (姓  名). */
export const cleanLabel = memo((text: string): string => {
  const squashed = squash(squash(text).replace(REQUIRED_MARKS, '').replace(REQUIRED_WORDS, ''));
  return squashed.replace(SPACE_BETWEEN_HAN, '$1').replace(TRAILING_COLON, '').trim();
});

const BRACKETED = /[(（[【][^()（）[\]【】]*[)）\]】]/g;
const PROMPT_PREFIX = /^(请输入|请选择|请填写|请上传|请录入|选择|输入|填写|enter|select|choose|pick)/;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

/**
 * The form a label is compared in: width folded, lower case, bracketed notes such as （万元） or
 * （不含个人所得税） and prompts such as 请输入 removed, no punctuation or spaces.
 */
export const matchKey = memo((text: string): string => {
  const folded = toHalfWidth(cleanLabel(text)).toLowerCase().replace(BRACKETED, '');
  return folded.replace(NOT_WORD, '').replace(PROMPT_PREFIX, '');
});

/** Like matchKey but keeps bracketed text (material names such as 纳税清单（2019年前）need it). */
export const looseKey = memo((text: string): string => toHalfWidth(text).toLowerCase().replace(NOT_WORD, ''));

/** The unit a label, an input-group append or the text after a control names, if any. */
export function unitIn(text: string): 'yuan' | 'wan' | undefined {
  const folded = toHalfWidth(text);
  if (/万元|万\s*\)|\(\s*万|^万$|万人民币|人民币万/.test(folded)) return 'wan';
  if (/元/.test(folded)) return 'yuan';
  return undefined;
}
