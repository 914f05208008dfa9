// Attachment lists (附件管理 / 电子附件): which material each row is, and whether a file is there.
// Rows come in any shape: a table with a material-name column (plain, or header and body split),
// and anything else — list items, cards, divs, form items — found from the material names the
// page shows: a name's row is the smallest block around it with something of an upload in it
// (a file input, an upload button, a status, a file name). What tells a file is there: a status
// text, a count (已上传（2）), an icon's title, a file name, a re-upload button, a colour class.

import { ARIA_ROLE_SELECTOR, byTag, cellAtColumn, cellsOf, CONTROL_SELECTOR, detachedHeaderRow, nameWordsOf, rowsOf, textOf } from './dom';
import { MATERIALS } from './synonyms';
import { cleanLabel, looseKey, squash } from './text';

export interface AttachmentRow {
  element: Element;
  /** The material name as the page shows it. */
  label: string;
  material: string | null;
  present: boolean;
  fileName?: string;
}

const MATERIAL_KEYS = MATERIALS.map(({ id, names }) => ({ id, keys: names.map(looseKey) }));
/** Any material name at all: one native test before the walk in dictionary order (most texts name none). */
const ANY_MATERIAL = new RegExp(MATERIAL_KEYS.flatMap(({ keys }) => keys).map((key) => key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));

/** 工作居住证 is the permit applied for, not the 居住证 (residence permit) material. */
const THE_PERMIT = /工作居住证/g;

/** The material id a name means: the first material (in dictionary order) with a name it contains. */
export function materialOf(name: string): string | null {
  const key = looseKey(name).replace(THE_PERMIT, '');
  if (key === '' || !ANY_MATERIAL.test(key)) return null;
  for (const { id, keys } of MATERIAL_KEYS) if (keys.some((word) => key.includes(word))) return id;
  return null;
}

const ABSENT = /未上传|待上传|未提交|未提供|缺失|未附|无附件|尚未上传|not uploaded|missing/i;
const PRESENT = /已上传|已提交|上传成功|已提供|已完成|已附|已传|uploaded/i;
/** Status words that only an upload list uses (已提交 alone may be the status of the whole application). */
const UPLOAD_STATUS = /已上传|未上传|待上传|上传成功|尚未上传/;
/** A count of files: 已上传（2）, 共 2 个文件, 2份. */
const COUNT = /(?:已上传|共)\s*[(（:：]?\s*(\d+)\s*(?:[)）]|个|份)?|(\d+)\s*(?:个文件|份)/;
/** Buttons of an upload; 重新上传 / 替换 only appear when there is a file. */
const UPLOAD_ACTION = /^(点击)?(上传|上传文件|选择文件|浏览|添加附件|重新上传|重传|替换)$/;
const REUPLOAD = /^(重新上传|重传|替换)$/;
/** Uploads that are not materials of the catalogue (the applicant's photo). */
const NOT_MATERIAL = /照片|头像|相片|photo/i;
const FILE_NAME = /[^\s/\\:：]{1,200}\.(?:pdf|jpe?g|png|gif|bmp|tiff?|docx?|xlsx?|zip|rar|ofd)(?![a-z])/i;
/** Class words of a colour or state that says done / missing, for icons that say nothing else. */
const DONE_WORDS = new Set(['success', 'green', 'ok', 'done', 'finish', 'finished', 'uploaded']);
const MISSING_WORDS = new Set(['danger', 'error', 'red', 'fail', 'failed', 'missing']);
const COUNT_WORDS = new Set(['badge', 'count', 'num', 'number']);
const COUNT_CANDIDATES = '[class*="badge"], [class*="count"], [class*="num"]';
/** Longest text a material name is shown in (longer texts are notes and instructions). */
const MAX_NAME = 40;
/** Levels above a name within which its row must show something of an upload. */
const MAX_ROW_DEPTH = 6;

function cleanMaterialName(text: string): string {
  return cleanLabel(text)
    .replace(/^\s*(\d+|[一二三四五六七八九十]+)\s*[、.．)）]\s*/, '')
    .replace(/^[(（]\s*\d+\s*[)）]\s*/, '')
    .replace(/[(（]\s*(必传|必填|选传|非必传|可选)\s*[)）]/g, '')
    .trim();
}

/** The texts of the buttons and links in a block, without spaces (上 传 → 上传). */
function buttonsOf(block: Element): string[] {
  // textOf leaves buttons out (their text is no value), so their own text is read here.
  return Array.from(block.querySelectorAll('button, a, [role="button"]')).map((button) => (button.textContent ?? '').slice(0, 40).replace(/[\s\u3000]+/g, ''));
}

/** What the row says about its file beside its name: texts, titles and alt texts of icons. */
function statusTextOf(row: Element, label: string): string {
  const said = Array.from(row.querySelectorAll('[title], [aria-label], img[alt]'))
    .map((element) => element.getAttribute('title') ?? element.getAttribute('aria-label') ?? element.getAttribute('alt') ?? '')
    .filter((text) => !/^图标/.test(text));
  return squash(`${textOf(row, 2000).replace(label, '')} ${said.join(' ')}`);
}

function fileNameIn(row: Element, status: string): string | undefined {
  for (const element of Array.from(row.querySelectorAll('a, [class*="name"], [title]'))) {
    const text = textOf(element, 300) || element.getAttribute('title') || '';
    const found = FILE_NAME.exec(text)?.[0];
    if (found) return found;
  }
  return FILE_NAME.exec(status)?.[0] ?? FILE_NAME.exec(textOf(row, 2000))?.[0];
}

function countIn(row: Element, status: string): number | null {
  const counted = COUNT.exec(status);
  if (counted) return Number(counted[1] ?? counted[2]);
  const badge = Array.from(row.querySelectorAll(COUNT_CANDIDATES)).find((element) => element.children.length === 0 && nameWordsOf(element).some((word) => COUNT_WORDS.has(word)));
  const digits = badge ? textOf(badge).match(/^\d+$/) : null;
  return digits ? Number(digits[0]) : null;
}

/** An icon or tag that says done or missing by its colour class alone (and says nothing else). */
function colourSaysDone(row: Element): boolean {
  const marks = Array.from(row.querySelectorAll('[class]')).filter((element) => textOf(element, 20) === '' || UPLOAD_STATUS.test(textOf(element, 20)));
  const says = (words: ReadonlySet<string>) => marks.some((element) => nameWordsOf(element).some((word) => words.has(word)));
  return !says(MISSING_WORDS) && says(DONE_WORDS);
}

/** Present: a status or count saying so, a file name, a re-upload button, a colour; a status saying 未上传 wins. */
function presence(row: Element, status: string): { present: boolean; fileName?: string } {
  const count = countIn(row, status);
  if (ABSENT.test(status) || count === 0) return { present: false };
  const fileName = fileNameIn(row, status);
  if (fileName !== undefined) return { present: true, fileName };
  const reupload = () => buttonsOf(row).some((text) => REUPLOAD.test(text));
  return { present: PRESENT.test(status) || (count !== null && count > 0) || reupload() || colourSaysDone(row) };
}

interface Columns {
  name: number;
  status: number;
  file: number;
}

function columnsOf(headers: string[]): Columns | null {
  const keys = headers.map(looseKey);
  const name = keys.findIndex((key) => /(材料|附件|资料|文件)(名称|类型|类别)|^(材料|附件|名称|材料名)$/.test(key) && !/^文件名称?$/.test(key));
  if (name < 0) return null;
  const status = keys.findIndex((key) => /状态|是否上传|上传情况|status/.test(key));
  const file = keys.findIndex((key, index) => index !== name && /文件|附件|file/.test(key));
  return { name, status, file };
}

function rowFromCells(row: Element, columns: Columns): AttachmentRow | null {
  const label = cleanMaterialName(textOf(cellAtColumn(row, columns.name)));
  if (!label) return null;
  const status = columns.status >= 0 ? textOf(cellAtColumn(row, columns.status)) : statusTextOf(row, label);
  return { element: row, label, material: materialOf(label), ...presence(row, status) };
}

function headerTexts(row: Element | null | undefined): string[] {
  return row ? cellsOf(row).map((cell) => cleanLabel(textOf(cell))) : [];
}

/** Rows of attachment tables, plain or el-table (whose header lives in a separate table). */
function tableRows(root: Document | Element, done: Set<Element>): AttachmentRow[] {
  const rows: AttachmentRow[] = [];
  for (const table of byTag(root, 'table')) {
    if (table.closest('.el-table__header-wrapper, .el-table__fixed, .el-table__fixed-right, .el-table__fixed-left')) continue;
    let headers: string[];
    let dataRows: Element[];
    const elTable = table.closest('.el-table__body-wrapper')?.closest('.el-table');
    if (elTable) {
      const headerRows = rowsOf(elTable.querySelector('.el-table__header-wrapper table') ?? table);
      headers = headerTexts(headerRows[headerRows.length - 1]);
      dataRows = rowsOf(table);
    } else {
      // The header is a thead row, a row of th, (old pages) one of the first rows whose texts name
      // the columns, or a header table of its own just before the body.
      const all = rowsOf(table);
      const head = all.slice(0, 3).findIndex((row) => cellsOf(row).length >= 2 && !row.querySelector('input, select, textarea') && columnsOf(headerTexts(row)) !== null);
      headers = head >= 0 ? headerTexts(all[head]) : headerTexts(detachedHeaderRow(table));
      dataRows = head >= 0 ? all.slice(head + 1) : all;
    }
    const columns = columnsOf(headers);
    const qualifies =
      columns !== null &&
      (columns.status >= 0 || columns.file >= 0 || dataRows.some((row) => ABSENT.test(textOf(row)) || PRESENT.test(textOf(row))));
    if (!columns || !qualifies) continue;
    for (const row of dataRows) {
      if (row.querySelector('table')) continue;
      const found = rowFromCells(row, columns);
      if (found) rows.push(found);
      done.add(row);
    }
    done.add(elTable ?? table);
  }
  return rows;
}

/** A control that holds a value (not a file input or a plain tick box): a form field, not an upload row. */
function holdsValueControl(element: Element): boolean {
  const natives = Array.from(element.querySelectorAll(CONTROL_SELECTOR)).some((control) => {
    const type = (control.getAttribute('type') ?? 'text').toLowerCase();
    return !(control.tagName === 'INPUT' && ['file', 'hidden', 'checkbox', 'button', 'submit'].includes(type));
  });
  return natives || element.querySelector(ARIA_ROLE_SELECTOR) !== null;
}

/** Something of an upload: a file input, an upload button, an upload status, a file name. */
function showsUpload(element: Element): boolean {
  if (element.querySelector('input[type="file"]')) return true;
  if (buttonsOf(element).some((text) => UPLOAD_ACTION.test(text))) return true;
  const text = textOf(element, 2000);
  if (UPLOAD_STATUS.test(text) || FILE_NAME.test(text)) return true;
  return Array.from(element.querySelectorAll('[title], img[alt]')).some((icon) => UPLOAD_STATUS.test(icon.getAttribute('title') ?? icon.getAttribute('alt') ?? ''));
}

interface Name {
  element: Element;
  label: string;
  material: string;
}

/** Texts that name a material: short, not a file name, not inside a control or a processed table. */
function materialNames(root: Document | Element, done: Set<Element>): Name[] {
  const names: Name[] = [];
  const start = (root as Document).body ?? root;
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(start as Node, 4 /* NodeFilter.SHOW_TEXT */);
  const inDone = (element: Element) => [...done].some((processed) => processed.contains(element));
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const own = squash(node.nodeValue ?? '');
    const parent = node.parentElement;
    if (own.length < 2 || own.length > MAX_NAME || !parent || materialOf(own) === null) continue;
    if (parent.closest('script, style, option, select, textarea, button')) continue;
    // The name is the element's text when it shows nothing else, else the text itself (1. 身份证 [已上传] …).
    const whole = textOf(parent, MAX_NAME + 1);
    const shown = whole.length <= MAX_NAME && parent.children.length === 0 ? whole : own;
    const label = cleanMaterialName(shown);
    if (!label || FILE_NAME.test(label) || UPLOAD_STATUS.test(label)) continue;
    const material = materialOf(label);
    if (!material || inDone(parent)) continue;
    names.push({ element: parent, label, material });
  }
  return names;
}

/** The row of a name: the smallest block around it showing an upload and naming no other material. */
function rowOf(name: Name, names: readonly Name[], done: ReadonlySet<Element>): Element | null {
  let node: Element | null = name.element;
  for (let depth = 0; node && depth <= MAX_ROW_DEPTH && node.tagName !== 'BODY' && node.tagName !== 'FORM'; depth++, node = node.parentElement) {
    const current = node;
    if (holdsValueControl(current) || [...done].some((processed) => current.contains(processed))) return null;
    if (names.some((other) => other.material !== name.material && other.element !== name.element && current.contains(other.element))) return null;
    if (showsUpload(current)) return current;
  }
  return null;
}

/** Rows named by a material name, in any markup (list items, cards, divs, form items). */
function namedRows(root: Document | Element, done: Set<Element>): AttachmentRow[] {
  const names = materialNames(root, done);
  const rows: AttachmentRow[] = [];
  const claimed = new Set<Element>();
  const tables = new Set(done);
  for (const name of names) {
    const row = rowOf(name, names, tables);
    if (!row || claimed.has(row)) continue;
    claimed.add(row);
    done.add(row);
    rows.push({ element: row, label: name.label, material: name.material, ...presence(row, statusTextOf(row, name.label)) });
  }
  return rows;
}

/** The label of an upload's block: a label-like child, else its first text that is no status. */
function labelOfBlock(block: Element): string {
  const named = block.querySelector('label, dt, th, [class*="label"], [class*="title"], [class*="name"]:not([class*="file"])');
  if (named && !block.querySelector('input[type="file"]')?.closest('label, dt, th') && textOf(named)) return textOf(named);
  for (const child of Array.from(block.children)) {
    const text = textOf(child);
    if (text && !ABSENT.test(text) && !PRESENT.test(text) && !FILE_NAME.test(text) && !UPLOAD_ACTION.test(text.replace(/\s+/g, ''))) return text;
  }
  return '';
}

/** Uploads no known name claimed: each a row under its block's label (listed as not recognised). */
function unnamedRows(root: Document | Element, done: Set<Element>): AttachmentRow[] {
  const rows: AttachmentRow[] = [];
  const inDone = (element: Element) => [...done].some((processed) => processed.contains(element));
  const blocks: Element[] = [];
  for (const input of byTag(root, 'input')) {
    if (input.getAttribute('type')?.toLowerCase() !== 'file' || inDone(input)) continue;
    let block: Element | null = input.parentElement;
    // Climb out of the upload widget to the block that also shows a label.
    for (let depth = 0; block && depth < MAX_ROW_DEPTH && labelOfBlock(block) === ''; depth++) block = block.parentElement;
    if (block && block.tagName !== 'BODY' && !holdsValueControl(block) && !blocks.some((known) => known.contains(block!) || block!.contains(known))) blocks.push(block);
  }
  for (const block of blocks) {
    const label = cleanMaterialName(labelOfBlock(block));
    if (!label || NOT_MATERIAL.test(label)) continue;
    rows.push({ element: block, label, material: materialOf(label), ...presence(block, statusTextOf(block, label)) });
  }
  return rows;
}

/** Every attachment row on the page: table rows first, then the others in page order. Never throws. */
export function readAttachments(root: Document | Element): AttachmentRow[] {
  try {
    const done = new Set<Element>();
    const rows = tableRows(root, done);
    const named = namedRows(root, done);
    const others = unnamedRows(root, done);
    const elsewhere = [...named, ...others].sort((a, b) => (a.element.compareDocumentPosition(b.element) & 4 ? -1 : 1));
    return [...rows, ...elsewhere];
  } catch {
    return [];
  }
}
