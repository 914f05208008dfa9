// Writing into the portal's controls the way a user does, so that Vue 2 / Element UI and the
// page's own validation see it: native value setter plus input and change events for text,
// clicks on the dropdown options of el-select, clicks through the panels of el-date-picker,
// clicks on the labels of radios and checkboxes. Nothing here knows the case.

import { textOf } from '../reader/dom';

/** Lets the page's framework react (Vue renders in a microtask, Element's poppers a little later). */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Waits for `find` to give something, a few framework turns at most. */
async function waitFor<T>(find: () => T | null | undefined, turns = 20): Promise<T | null> {
  for (let turn = 0; turn < turns; turn++) {
    const found = find();
    if (found) return found;
    await settle();
  }
  return find() ?? null;
}

function fire(element: Element, type: string): void {
  element.dispatchEvent(new Event(type, { bubbles: true }));
}

/**
 * Sets the value through the prototype's setter: frameworks that track the last value they set
 * (React, some Vue wrappers) only see a change made this way.
 */
function setNativeValue(element: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const prototype = element.tagName === 'TEXTAREA' ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  if (setter) setter.call(element, value);
  else element.value = value;
}

/** A page in a background tab gets no focus events from focus(): they are sent by hand then. */
function focus(element: HTMLElement): void {
  element.focus();
  if (element.ownerDocument.activeElement === element && element.ownerDocument.hasFocus()) return;
  element.dispatchEvent(new FocusEvent('focus'));
  element.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
}

function blur(element: HTMLElement): void {
  const focused = element.ownerDocument.activeElement === element && element.ownerDocument.hasFocus();
  element.blur();
  if (focused) return;
  element.dispatchEvent(new FocusEvent('blur'));
  element.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
}

/** Types a value as a user would: focus, value, input, change, blur (where blur validation runs). */
export async function typeInto(element: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  focus(element);
  setNativeValue(element, value);
  fire(element, 'input');
  fire(element, 'change');
  await settle();
  blur(element);
  await settle();
}

/** Shown by inline style: Element hides its poppers with display: none. */
function isShown(element: Element): boolean {
  return (element as HTMLElement).style?.display !== 'none' && !element.hasAttribute('hidden');
}

/** Of several shown poppers, the one closest below its control. */
function nearestTo(reference: Element, candidates: Element[]): Element | null {
  if (candidates.length <= 1) return candidates[0] ?? null;
  const anchor = reference.getBoundingClientRect();
  const distance = (element: Element) => {
    const box = element.getBoundingClientRect();
    return Math.abs(box.top - anchor.bottom) + Math.abs(box.left - anchor.left);
  };
  return [...candidates].sort((a, b) => distance(a) - distance(b))[0]!;
}

/** The dropdown of each el-select once seen: Element moves it to <body> when first opened. */
const dropdowns = new WeakMap<Element, Element>();

/** The option items of an el-select that can be seen without opening it (before its first opening, or remembered). */
export function knownSelectOptions(root: Element): Element[] | null {
  const dropdown = root.querySelector('.el-select-dropdown') ?? dropdowns.get(root);
  if (!dropdown) return null;
  dropdowns.set(root, dropdown);
  return Array.from(dropdown.querySelectorAll('.el-select-dropdown__item'));
}

function selectInput(root: Element): HTMLInputElement | null {
  return root.querySelector<HTMLInputElement>('input.el-input__inner:not(.el-select__input)') ?? root.querySelector<HTMLInputElement>('input');
}

async function openSelect(root: Element): Promise<Element | null> {
  const remembered = root.querySelector('.el-select-dropdown') ?? dropdowns.get(root) ?? null;
  const own = remembered?.isConnected ? remembered : null;
  const input = selectInput(root);
  (input ?? (root as HTMLElement)).click();
  const dropdown = await waitFor(() => {
    // A dropdown known to be this select's is waited for; another one left open is not taken for it.
    if (own) return isShown(own) ? own : null;
    const shown = Array.from(root.ownerDocument.querySelectorAll('.el-select-dropdown')).filter(isShown);
    return nearestTo(root, shown);
  });
  if (dropdown) dropdowns.set(root, dropdown);
  return dropdown;
}

export type ChooseResult = 'done' | 'no-option' | 'no-dropdown';

/**
 * Opens an el-select, clicks the first enabled option `accept` takes, and lets it close. When no
 * option fits, closes the dropdown again and changes nothing.
 */
export async function chooseSelectOption(root: Element, accept: (text: string) => boolean): Promise<ChooseResult> {
  const dropdown = await openSelect(root);
  if (!dropdown) return 'no-dropdown';
  const items = Array.from(dropdown.querySelectorAll('.el-select-dropdown__item')).filter((item) => !item.classList.contains('is-disabled'));
  const item = items.find((candidate) => accept(textOf(candidate)));
  if (!item) {
    if (isShown(dropdown)) (selectInput(root) ?? (root as HTMLElement)).click();
    await settle();
    return 'no-option';
  }
  item.dispatchEvent(new MouseEvent('mouseenter'));
  (item as HTMLElement).click();
  await settle();
  return 'done';
}

/** A native <select>: the option `accept` takes becomes the selected one, then change. */
export async function chooseNativeOption(select: HTMLSelectElement, accept: (option: HTMLOptionElement) => boolean): Promise<boolean> {
  const option = Array.from(select.options).find((candidate) => !candidate.disabled && accept(candidate));
  if (!option) return false;
  focus(select);
  select.value = option.value;
  option.selected = true;
  fire(select, 'input');
  fire(select, 'change');
  await settle();
  blur(select);
  await settle();
  return true;
}

/** Clicks a radio or checkbox the way a user does: on its label (Element's wrapper), else itself. */
export async function clickChoice(input: HTMLInputElement): Promise<void> {
  const label = input.closest('label') ?? input.labels?.[0] ?? null;
  (label ?? input).click();
  await settle();
}

/** Turns a switch or single checkbox on or off. */
export async function setTicked(input: HTMLInputElement, ticked: boolean, isTicked: () => boolean): Promise<void> {
  if (isTicked() === ticked) return;
  const toggle = input.closest('.el-switch');
  if (toggle) (toggle as HTMLElement).click();
  else await clickChoice(input);
  await settle();
}

/** What kind of picker an el-date-editor is, from its class (el-date-editor--month …). */
export function pickerType(root: Element): string {
  const match = /(?:^|\s)el-date-editor--(\w+)/.exec(root.getAttribute('class') ?? '');
  return match?.[1] ?? 'date';
}

const PICKER_PANEL = '.el-picker-panel';

async function openPicker(root: Element, input: HTMLInputElement): Promise<Element | null> {
  const before = new Set(Array.from(root.ownerDocument.querySelectorAll(PICKER_PANEL)).filter(isShown));
  // Element opens its picker on focus, others on a click.
  focus(input);
  input.click();
  return waitFor(() => {
    const shown = Array.from(root.ownerDocument.querySelectorAll(PICKER_PANEL)).filter(isShown);
    const fresh = shown.filter((panel) => !before.has(panel));
    return nearestTo(root, fresh.length > 0 ? fresh : shown);
  });
}

function clickCell(cell: Element): void {
  // Element's tables look at the clicked element: the <a class="cell"> or <span> inside the td.
  const inner = cell.querySelector('a.cell, .cell, span') ?? cell;
  (inner as HTMLElement).click();
}

/** Clicks through an open date panel: year view, the decade, the year, then month and day. */
async function clickThroughPanel(panel: Element, type: string, year: number, month: number, day: number): Promise<boolean> {
  const query = (selector: string) => Array.from(panel.querySelectorAll(selector));
  if (type !== 'year' && query('.el-year-table').length === 0) {
    const yearLabel = query('.el-date-picker__header-label')[0] as HTMLElement | undefined;
    if (!yearLabel) return false;
    yearLabel.click();
    if (!(await waitFor(() => query('.el-year-table')[0]))) return false;
  }
  for (let step = 0; step < 30; step++) {
    const label = textOf(query('.el-date-picker__header-label')[0] ?? null);
    const start = Number(/\d{4}/.exec(label)?.[0] ?? NaN);
    if (!Number.isFinite(start)) return false;
    if (year >= start && year <= start + 9) break;
    const button = query(year < start ? '.el-date-picker__prev-btn.el-icon-d-arrow-left' : '.el-date-picker__next-btn.el-icon-d-arrow-right')[0] as HTMLElement | undefined;
    if (!button) return false;
    button.click();
    await settle();
  }
  const yearCell = query('.el-year-table td').find((cell) => textOf(cell) === String(year) && !cell.classList.contains('disabled'));
  if (!yearCell) return false;
  clickCell(yearCell);
  if (type === 'year') return true;
  const monthCells = await waitFor(() => {
    const cells = query('.el-month-table td');
    return cells.length === 12 ? cells : null;
  });
  if (!monthCells) return false;
  clickCell(monthCells[month - 1]!);
  if (type === 'month') return true;
  const dayCell = await waitFor(() => query('.el-date-table td.available').find((cell) => Number(textOf(cell)) === day && !cell.classList.contains('disabled')));
  if (!dayCell) return false;
  clickCell(dayCell);
  return true;
}

/** Clears an Element date editor by its clear icon, shown while the pointer is over it. */
async function clearPicker(root: Element, input: HTMLInputElement): Promise<void> {
  root.dispatchEvent(new MouseEvent('mouseenter'));
  await settle();
  const icon = root.querySelector<HTMLElement>('.el-icon-circle-close, .el-input__clear');
  if (icon) icon.click();
  else await typeInto(input, '');
  await settle();
}

/**
 * Sets an el-date-editor: through its panel when the input is read-only (the user cannot type
 * there), typed in `typed` otherwise or when the panel does not open. `iso` is 2016-07-01,
 * 2016-07 or 2016 by the picker's type; empty clears it.
 */
export async function setPickerDate(root: Element, iso: string, typed: string): Promise<void> {
  const input = root.querySelector<HTMLInputElement>('input');
  if (!input) return;
  if (iso === '') {
    await clearPicker(root, input);
    return;
  }
  const type = pickerType(root);
  const [year, month, day] = iso.split('-').map(Number) as [number, number?, number?];
  const byPanel = input.readOnly && ['date', 'month', 'year'].includes(type);
  if (byPanel) {
    const panel = await openPicker(root, input);
    if (panel && (await clickThroughPanel(panel, type, year, month ?? 1, day ?? 1))) {
      await settle();
      blur(input);
      await settle();
      return;
    }
    if (panel && isShown(panel)) input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  }
  await typeInto(input, typed);
}
