// Which native inputs make up one control (an Element select, a radio group, a date range half …),
// and the raw value a control shows. Read-only: nothing here changes the page.

import { CONTROL_SELECTOR, hasControl, textOf, valueOf } from './dom';
import { squash } from './text';
import type { ControlKind, RawValue } from './types';
import { hasLayout, isHidden, isOnScreen, type Visible } from './visibility';

export interface Widget {
  /** What a user points at: the Element UI component root, the group, or the input itself. */
  root: Element;
  /** The elements that carry the value: native inputs, or ARIA radios / checkboxes / a combobox. */
  inputs: readonly Element[];
  kind: ControlKind;
  /** A radio or checkbox group: the option labels are not the field's label. */
  group: boolean;
  rangePart?: 'start' | 'end';
  /** A switch: off is an answer (false), unlike an unticked checkbox (not answered). */
  explicit?: boolean;
  /** The value is the text the widget shows (a select with no native control, or a hidden one). */
  shown?: boolean;
  /** Where the label is looked for, when not at the root: the range editor around one half. */
  labelAnchor?: Element;
}

const SKIPPED_TYPES = new Set(['hidden', 'submit', 'button', 'reset', 'image', 'file', 'password', 'search']);

/** Places whose inputs are not form fields: dropdown and picker panels, table copies, pagers, uploads. */
const SKIP_ZONES = [
  '.el-select-dropdown',
  '.el-picker-panel',
  '.el-cascader__dropdown',
  '.el-cascader-panel',
  '.el-autocomplete-suggestion',
  '.el-table__fixed',
  '.el-table__fixed-right',
  '.el-table__fixed-left',
  '.hidden-columns',
  '.el-pagination',
  '.el-upload',
  '.el-message-box',
  '.el-time-panel',
  '.el-color-dropdown',
].join(', ');

const RADIO_GROUP = '.el-radio-group, [role="radiogroup"]';
const CHECKBOX_GROUP = '.el-checkbox-group, [role="group"]';

function inputType(element: Element): string {
  return (element.getAttribute('type') ?? 'text').toLowerCase();
}

const NATIVE_TAGS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

/** A native form control (the others reach the reader by their ARIA role). */
function isNative(element: Element): boolean {
  return NATIVE_TAGS.has(element.tagName);
}

/** True for native inputs (and ARIA controls with no native one inside) the reader considers at all (before visibility). */
export function isCandidateInput(element: Element): boolean {
  if (element.tagName === 'INPUT' && SKIPPED_TYPES.has(inputType(element))) return false;
  if (!isNative(element) && (element.tagName === 'BUTTON' || hasControl(element))) return false;
  return element.closest(SKIP_ZONES) === null;
}

function commonAncestor(elements: readonly Element[]): Element {
  let ancestor: Element | null = elements[0]!;
  while (ancestor && !elements.every((element) => ancestor!.contains(element))) ancestor = ancestor.parentElement;
  return ancestor ?? elements[0]!;
}

function sameNameInputs(input: Element, type: string): Element[] {
  const name = input.getAttribute('name');
  if (!name) return [input];
  const scope: ParentNode = (input as HTMLInputElement).form ?? input.ownerDocument;
  return Array.from(scope.querySelectorAll(`input[type="${type}"]`)).filter(
    (other) => other.getAttribute('name') === name && isCandidateInput(other),
  );
}

/**
 * Radios (or checkboxes) with neither a group role nor a name: the nearest container holding
 * several of them and no other control is their group (ant-design renders radios so).
 */
function choiceContainer(input: Element, type: 'radio' | 'checkbox'): { root: Element; inputs: Element[] } | null {
  let node = input.parentElement;
  for (let depth = 0; node && depth < 4 && node.tagName !== 'FORM' && node.tagName !== 'BODY'; depth++, node = node.parentElement) {
    const controls = Array.from(node.querySelectorAll(CONTROL_SELECTOR)).filter(isCandidateInput);
    const choices = controls.filter((control) => control.tagName === 'INPUT' && inputType(control) === type);
    if (choices.length !== controls.length) return null;
    if (choices.length > 1) return { root: node, inputs: choices };
  }
  return null;
}

const RANGE_SEPARATOR_TEXT = /^[~～至到\-—–]$/;

/** One half of a period editor: two inputs side by side with only a separator (~, 至) between. */
function rangeHalf(input: Element): Widget | null {
  let node = input.parentElement;
  for (let depth = 0; node && depth < 2; depth++, node = node.parentElement) {
    const inputs = Array.from(node.querySelectorAll(CONTROL_SELECTOR));
    if (inputs.length > 2) return null;
    if (inputs.length === 2 && RANGE_SEPARATOR_TEXT.test(textOf(node, 20))) {
      const rangePart = inputs[0] === input ? 'start' : 'end';
      return { root: input, inputs: [input], kind: 'date', group: false, rangePart, labelAnchor: node.parentElement ?? node };
    }
  }
  return null;
}

/**
 * The control a native input belongs to, or null when the input is not a form field. A native the
 * page hides behind a widget of its own comes with that widget as its root (see faced); the face is
 * looked for at every call, as a page may build it after the native (select2 on document ready).
 */
export function widgetOf(input: Element, cache?: WeakMap<Element, Widget | null>): Widget | null {
  let widget = cache?.get(input);
  if (widget === undefined) {
    widget = isCandidateInput(input) ? buildWidget(input) : null;
    if (cache) {
      if (widget) for (const member of widget.inputs) cache.set(member, widget);
      cache.set(input, widget);
    }
  }
  return widget && faced(widget);
}

/**
 * An ARIA control beside a native one is the native one's face (select2's combobox beside its
 * select, bootstrap-select's button): the native control is read, and this is not another field.
 */
function facesNative(element: Element): boolean {
  let node: Element | null = element;
  for (let depth = 0; node && depth <= 3; depth++, node = node.parentElement) {
    for (const sibling of [node.previousElementSibling, node.nextElementSibling]) {
      if (sibling?.matches('select, input[type="radio"], input[type="checkbox"]')) return true;
    }
  }
  return false;
}

/** The nearest container of several elements with one ARIA role and no other control. */
function ariaGroup(element: Element, role: string): Element | null {
  let node = element.parentElement;
  for (let depth = 0; node && depth < 3 && node.tagName !== 'BODY'; depth++, node = node.parentElement) {
    if (hasControl(node)) return null;
    if (node.querySelectorAll(`[role="${role}"]`).length > 1) return node;
  }
  return null;
}

function buildAriaWidget(element: Element): Widget | null {
  if (facesNative(element)) return null;
  const role = element.getAttribute('role');
  if (role === 'combobox') return { root: element, inputs: [element], kind: 'select', group: false, shown: true };
  if (role === 'switch') return { root: element, inputs: [element], kind: 'checkbox', group: false, explicit: true };
  if (role !== 'radio' && role !== 'checkbox') return null;
  const group = element.closest(role === 'radio' ? '[role="radiogroup"]' : '[role="group"]') ?? ariaGroup(element, role);
  const members = group ? Array.from(group.querySelectorAll(`[role="${role}"]`)) : [element];
  return { root: group ?? element, inputs: members, kind: role, group: members.length > 1 };
}

function buildWidget(input: Element): Widget | null {
  if (!isNative(input)) return buildAriaWidget(input);
  const tag = input.tagName;
  if (tag === 'SELECT') return { root: input, inputs: [input], kind: 'select', group: false };
  if (tag === 'TEXTAREA') return { root: input, inputs: [input], kind: 'textarea', group: false };
  if (tag !== 'INPUT') return null;
  const type = inputType(input);

  if (type === 'radio') {
    const group = input.parentElement?.closest(RADIO_GROUP);
    const options = group ? Array.from(group.querySelectorAll('input[type="radio"]')) : [];
    if (group && options.length > 0) return { root: group, inputs: options, kind: 'radio', group: true };
    const members = sameNameInputs(input, 'radio');
    if (members.length > 1) return { root: commonAncestor(members), inputs: members, kind: 'radio', group: true };
    const around = choiceContainer(input, 'radio');
    return around ? { root: around.root, inputs: around.inputs, kind: 'radio', group: true } : { root: input, inputs: [input], kind: 'radio', group: false };
  }
  if (type === 'checkbox') {
    const toggle = input.closest('.el-switch');
    if (toggle) return { root: toggle, inputs: [input], kind: 'checkbox', group: false, explicit: true };
    const group = input.parentElement?.closest(CHECKBOX_GROUP);
    const options = group ? Array.from(group.querySelectorAll('input[type="checkbox"]')) : [];
    if (group && options.length > 1) return { root: group, inputs: options, kind: 'checkbox', group: true };
    const members = sameNameInputs(input, 'checkbox');
    if (members.length > 1) return { root: commonAncestor(members), inputs: members, kind: 'checkbox', group: true };
    return { root: input, inputs: [input], kind: 'checkbox', group: false };
  }

  const select = input.closest('.el-select');
  if (select) {
    // A multiple select also has a small search input; the value lives in the tags and the inner input.
    if (input.classList.contains('el-select__input')) return null;
    return { root: select, inputs: [input], kind: 'select', group: false };
  }
  const cascader = input.closest('.el-cascader');
  if (cascader) return { root: cascader, inputs: [input], kind: 'select', group: false };
  const range = input.closest('.el-range-editor');
  if (range) {
    const halves = Array.from(range.querySelectorAll('input'));
    return { root: input, inputs: [input], kind: 'date', group: false, rangePart: halves.indexOf(input as HTMLInputElement) === 0 ? 'start' : 'end' };
  }
  const dateEditor = input.closest('.el-date-editor');
  if (dateEditor) return { root: dateEditor, inputs: [input], kind: 'date', group: false };
  const spinner = input.closest('.el-input-number');
  if (spinner) return { root: spinner, inputs: [input], kind: 'number', group: false };
  const half = rangeHalf(input);
  if (half) return half;
  if (type === 'date' || type === 'month' || type === 'datetime-local' || type === 'week') {
    return { root: input, inputs: [input], kind: 'date', group: false };
  }
  if (type === 'number') return { root: input, inputs: [input], kind: 'number', group: false };
  return { root: input, inputs: [input], kind: 'text', group: false };
}

/** Squeezed to a pixel: a native that a widget beside it stands for. */
function isVisuallyHidden(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.width <= 2 || box.height <= 2;
}

const FOCUSABLE_BOX = '[tabindex]:not([tabindex^="-"]), [role="combobox"], [role="button"], [role="listbox"]';
const OPERABLE = `${FOCUSABLE_BOX}, button, a`;

/**
 * An element beside a hidden native that can be its face: something the user operates (select2's
 * combobox, bootstrap-select's button, chosen's link) or, for a tick box, a box without text of
 * its own. A label or another control is never one.
 */
function facesFor(element: Element, native: Element): boolean {
  if (element.tagName === 'LABEL' || element.matches(CONTROL_SELECTOR) || hasControl(element)) return false;
  if (element.matches(OPERABLE) || element.querySelector(OPERABLE) !== null) return true;
  return native.tagName === 'INPUT' && textOf(element) === '';
}

/** A native no framework wrapper claimed: one a page may hide behind a widget of its own. */
function mayHaveFace(widget: Widget): boolean {
  const native = widget.inputs[0]!;
  if (widget.root !== native) return false;
  return native.tagName === 'SELECT' || (native.tagName === 'INPUT' && (widget.kind === 'text' || (widget.kind === 'checkbox' && !widget.group)));
}

/**
 * The widget as the user sees it. A select or tick box the page squeezes to a pixel or hides keeps
 * being read from the native control, with the element beside it that shows its state as the
 * face (select2, bootstrap-select, chosen, styled tick boxes): the root is what holds both, so
 * markers lie over what the user sees and the native is found inside it. A hidden text input
 * inside a focusable box whose text is the value (View UI's select) is read from that text.
 * Without a face the widget stays as it is (and a hidden one is skipped as hidden).
 */
function faced(widget: Widget): Widget {
  if (!mayHaveFace(widget)) return widget;
  const native = widget.inputs[0]!;
  const layout = hasLayout(native.ownerDocument);
  const squeezable = native.tagName === 'SELECT' || widget.kind === 'checkbox';
  if (!isHidden(native) && !(squeezable && layout && isVisuallyHidden(native))) return widget;
  if (squeezable) {
    const near = [native.nextElementSibling, native.previousElementSibling, native.parentElement?.nextElementSibling];
    const face = near.find((element): element is Element => !!element && facesFor(element, native) && isOnScreen(element, layout, 2));
    if (!face) return widget;
    const holder = face.parentElement;
    const root = holder && holder.contains(native) && holder.querySelectorAll(CONTROL_SELECTOR).length === 1 ? holder : face;
    return { ...widget, root, labelAnchor: native };
  }
  const box = native.parentElement?.closest(FOCUSABLE_BOX);
  if (!box || depthBetween(box, native) > 3 || !isOnScreen(box, layout, 2)) return widget;
  const visibleInputs = Array.from(box.querySelectorAll(CONTROL_SELECTOR)).filter((input) => isCandidateInput(input) && isOnScreen(input, layout, 2));
  return visibleInputs.length === 0 ? { root: box, inputs: [box], kind: 'select', group: false, shown: true } : widget;
}

function depthBetween(ancestor: Element, element: Element): number {
  let depth = 0;
  for (let node: Element | null = element; node && node !== ancestor; node = node.parentElement) depth++;
  return depth;
}

/** The control under a clicked element (for map-by-hand): its widget root, or null. */
export function controlAt(target: Element, cache?: WeakMap<Element, Widget | null>): Widget | null {
  const native = target.matches(CONTROL_SELECTOR)
    ? target
    : (target.closest('label, .el-select, .el-date-editor, .el-radio-group, .el-checkbox-group, .el-switch, .el-input-number, .el-cascader, .el-input, .el-textarea, [role="radiogroup"]')?.querySelector(CONTROL_SELECTOR) ??
      target.querySelector(CONTROL_SELECTOR));
  if (native) return widgetOf(native, cache);
  // A widget's face (select2's box) holds no native: the one native near it whose widget it is.
  let node = target.parentElement;
  for (let depth = 0; node && depth < 6; depth++, node = node.parentElement) {
    const natives = node.querySelectorAll(CONTROL_SELECTOR);
    if (natives.length > 1) return null;
    if (natives.length === 1) {
      const widget = widgetOf(natives[0]!, cache);
      return widget && widget.root.contains(target) ? widget : null;
    }
  }
  return null;
}

const CHECKED_CLASSES = ['is-checked', 'is-active'];

/** Ticked, by the live property, an ARIA state, or the Element UI state class of its wrapper. */
export function isTicked(input: Element): boolean {
  if (!isNative(input)) return input.getAttribute('aria-checked') === 'true';
  if ((input as HTMLInputElement).checked) return true;
  const wrapper = input.closest('.el-radio, .el-checkbox, .el-radio-button, .el-checkbox-button, .el-switch');
  return wrapper !== null && CHECKED_CLASSES.some((name) => wrapper.classList.contains(name));
}

/** The text of a radio or checkbox option: its Element label, its <label>, or the text after it. */
export function optionText(input: Element): string {
  if (!isNative(input)) return textOf(input);
  const wrapper = input.closest('.el-radio, .el-checkbox, .el-radio-button, .el-checkbox-button');
  if (wrapper) {
    const label = wrapper.querySelector('.el-radio__label, .el-checkbox__label, .el-radio-button__inner, .el-checkbox-button__inner');
    const text = textOf(label ?? wrapper);
    if (text) return text;
  }
  const labels = (input as HTMLInputElement).labels;
  if (labels && labels.length > 0) {
    const text = textOf(labels[0]);
    if (text) return text;
  }
  const parts: string[] = [];
  for (let node = input.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType === 1) {
      const el = node as Element;
      if (el.matches(CONTROL_SELECTOR) || el.tagName === 'BR' || el.querySelector(CONTROL_SELECTOR)) break;
      parts.push(textOf(el));
    } else if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    if (parts.join('').trim().length > 0 && node.nodeType === 1) break;
  }
  const after = parts.join('').trim();
  return after || valueOf(input);
}

function meaningfulValue(input: Element): string | undefined {
  const value = valueOf(input);
  return value && value !== 'on' ? value : undefined;
}

function textValue(text: string, alt?: string): RawValue {
  return alt === undefined ? { kind: 'text', text } : { kind: 'text', text, alt };
}

/** Placeholders and hidden parts are not the value (请选择 in a select that holds nothing). */
function isShownPart(element: Element): boolean {
  if ((element as Visible).checkVisibility?.() === false) return false;
  if (element.matches('[hidden], [aria-hidden="true"], [style*="display: none"], [style*="display:none"]')) return false;
  return !/(^|[\s_-])placeholder([\s_-]|$)/i.test(element.getAttribute('class') ?? '');
}

/** The text a widget shows as its value, without placeholders, hidden parts and icons. */
export function shownText(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    else if (node.nodeType === 1 && (node === root || isShownPart(node as Element)) && (node as Element).tagName.toLowerCase() !== 'svg') {
      for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    }
  };
  walk(root);
  return squash(parts.join(' '));
}

/** The value a control shows now. */
export function readRaw(widget: Widget): RawValue {
  const first = widget.inputs[0]!;
  if (widget.shown) return { kind: 'text', text: shownText(widget.root) };
  if (widget.kind === 'radio') {
    const chosen = widget.inputs.find(isTicked);
    return chosen ? textValue(optionText(chosen), meaningfulValue(chosen)) : { kind: 'text', text: '' };
  }
  if (widget.kind === 'checkbox') {
    if (widget.group) return { kind: 'list', items: widget.inputs.filter(isTicked).map(optionText) };
    return { kind: 'checked', checked: isTicked(first), explicit: widget.explicit === true };
  }
  if (first.tagName === 'SELECT') {
    const select = first as HTMLSelectElement;
    const chosen = Array.from(select.options).filter((option) => option.selected);
    if (select.multiple) return { kind: 'list', items: chosen.filter((o) => o.value !== '').map((o) => textOf(o) || o.value) };
    const option = chosen[0];
    if (!option || option.value === '') return { kind: 'text', text: '' };
    return textValue(textOf(option) || option.value, option.value);
  }
  if (widget.root.classList.contains('el-select')) {
    const tags = Array.from(widget.root.querySelectorAll('.el-select__tags .el-tag'));
    if (tags.length > 0) return { kind: 'list', items: tags.map((tag) => textOf(tag.querySelector('.el-select__tags-text') ?? tag)) };
  }
  return { kind: 'text', text: valueOf(first) };
}
