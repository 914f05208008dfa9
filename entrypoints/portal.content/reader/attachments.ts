// Attachment lists (附件管理 / 电子附件): which material each row is, and whether a file is there.
// Three layouts: a table with a material-name column and a status or file column (plain or
// el-table), upload widgets each under a label, and list items showing 已上传 / 未上传.

import { byClass, byTag, cellAtColumn, cellsOf, mergeInOrder, rowsOf, textOf } from './dom';
import { MATERIALS } from './synonyms';
import { cleanLabel, looseKey } from './text';

export interface AttachmentRow {
  element: Element;
  /** The material name as the page shows it. */
  label: string;
  material: string | null;
  present: boolean;
  fileName?: string;
}

const MATERIAL_KEYS = MATERIALS.map(({ id, names }) => ({ id, keys: names.map(looseKey) }));

/** The material id a name means: the first material (in dictionary order) with a name it contains. */
export function materialOf(name: string): string | null {
  const key = looseKey(name);
  if (key === '') return null;
  for (const { id, keys } of MATERIAL_KEYS) if (keys.some((word) => key.includes(word))) return id;
  return null;
}

const ABSENT = /未上传|待上传|未提交|未提供|缺失|未附|无附件|尚未上传|not uploaded|missing/i;
const PRESENT = /已上传|已提交|上传成功|已提供|已完成|已附|已传|uploaded/i;
/** Status words that only an upload list uses (已提交 alone may be the status of the whole application). */
const UPLOAD_STATUS = /已上传|未上传|待上传|上传成功/;
/** Uploads that are not materials of the catalogue (the applicant's photo). */
const NOT_MATERIAL = /照片|头像|相片|photo/i;
const FILE_NAME = /[^\s/\\:：]{1,200}\.(?:pdf|jpe?g|png|gif|bmp|tiff?|docx?|xlsx?|zip|rar|ofd)(?![a-z])/i;

function cleanMaterialName(text: string): string {
  return cleanLabel(text)
    .replace(/^\s*(\d+|[一二三四五六七八九十]+)\s*[、.．)）]\s*/, '')
    .replace(/^[(（]\s*\d+\s*[)）]\s*/, '')
    .replace(/[(（]\s*(必传|必填|选传|非必传|可选)\s*[)）]/g, '')
    .trim();
}

function fileNameIn(scope: Element): string | undefined {
  const listed = scope.querySelector('.el-upload-list__item-name, .file-name');
  const listedText = listed ? textOf(listed) : '';
  if (listedText) return FILE_NAME.exec(listedText)?.[0] ?? listedText;
  return FILE_NAME.exec(textOf(scope, 2000))?.[0];
}

/** Present: a status saying so, or a file shown; a status saying 未上传 wins over anything else. */
function presence(scope: Element, status: string): { present: boolean; fileName?: string } {
  const fileName = fileNameIn(scope);
  if (ABSENT.test(status)) return { present: false };
  const present = PRESENT.test(status) || fileName !== undefined || scope.querySelector('.el-upload-list__item') !== null;
  return present && fileName ? { present, fileName } : { present };
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
  const status = columns.status >= 0 ? textOf(cellAtColumn(row, columns.status)) : textOf(row, 2000);
  const found = presence(row, status);
  return { element: row, label, material: materialOf(label), ...found };
}

function headerTexts(row: Element | undefined): string[] {
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
      // The header is a thead row, a row of th, or (old pages) one of the first rows whose texts name the columns.
      const all = rowsOf(table);
      const head = all.slice(0, 3).findIndex((row) => cellsOf(row).length >= 2 && !row.querySelector('input, select, textarea') && columnsOf(headerTexts(row)) !== null);
      headers = head >= 0 ? headerTexts(all[head]) : [];
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

function labelOfContainer(container: Element): string {
  const item = container.closest('.el-form-item');
  const itemLabel = item?.querySelector('.el-form-item__label');
  if (itemLabel) return textOf(itemLabel);
  if (container.tagName === 'TR') {
    const first = cellsOf(container).find((cell) => {
      const text = textOf(cell);
      return text !== '' && !/^[\d\s.、]+$/.test(text) && !FILE_NAME.test(text) && !UPLOAD_STATUS.test(text);
    });
    return first ? textOf(first) : '';
  }
  const named = container.querySelector('[class*="name"]:not([class*="file"]), [class*="title"], [class*="label"], label, dt, th');
  if (named) return textOf(named);
  for (const child of Array.from(container.children)) {
    const text = textOf(child);
    if (text && !ABSENT.test(text) && !PRESENT.test(text) && !FILE_NAME.test(text)) return text;
  }
  return '';
}

const CONTAINERS = '.el-form-item, tr, li, dd, [class*="upload-item"], [class*="attach-item"], [class*="file-item"], [class*="item"]';

/** Upload widgets and status words outside attachment tables, each with the label of its container. */
function looseRows(root: Document | Element, done: Set<Element>): AttachmentRow[] {
  const containers: Element[] = [];
  const consider = (element: Element): void => {
    if ([...done].some((processed) => processed.contains(element))) return;
    const container = element.closest(CONTAINERS) ?? element.parentElement;
    if (container && !containers.includes(container)) containers.push(container);
  };
  const fileInputs = byTag(root, 'input').filter((input) => input.getAttribute('type')?.toLowerCase() === 'file');
  for (const upload of mergeInOrder([byClass(root, 'el-upload'), fileInputs])) consider(upload);
  // Status words are found by walking text nodes: far cheaper than testing every element's text.
  const start = (root as Document).body ?? root;
  const doc = (root as Node).ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(start as Node, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    if (text.length > 12 || !UPLOAD_STATUS.test(text)) continue;
    const holder = node.parentElement;
    if (holder && holder.children.length === 0 && textOf(holder).length <= 6) consider(holder);
  }
  const rows: AttachmentRow[] = [];
  for (const container of containers) {
    if (containers.some((other) => other !== container && container.contains(other))) continue;
    const label = cleanMaterialName(labelOfContainer(container));
    if (!label) continue;
    const material = materialOf(label);
    if (material === null && NOT_MATERIAL.test(label)) continue;
    rows.push({ element: container, label, material, ...presence(container, textOf(container, 2000).replace(label, '')) });
  }
  return rows;
}

/** Every attachment row on the page, in page order of their kind (tables first). Never throws. */
export function readAttachments(root: Document | Element): AttachmentRow[] {
  try {
    const done = new Set<Element>();
    const rows = tableRows(root, done);
    return [...rows, ...looseRows(root, done)];
  } catch {
    return [];
  }
}
