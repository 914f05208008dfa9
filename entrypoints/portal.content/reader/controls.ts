// Which native inputs make up one control (an Element select, a radio group, a date range half …),
// and the raw value a control shows. Read-only: nothing here changes the page.

import { CONTROL_SELECTOR, textOf, valueOf } from './dom';
import type { ControlKind, RawValue } from './types';

export interface Widget {
  /** What a user points at: the Element UI component root, the group, or the input itself. */
  root: Element;
  inputs: readonly Element[];
  kind: ControlKind;
  /** A radio or checkbox group: the option labels are not the field's label. */
  group: boolean;
  rangePart?: 'start' | 'end';
  /** A switch: off is an answer (false), unlike an unticked checkbox (not answered). */
  explicit?: boolean;
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

/** True for native inputs the reader considers at all (before visibility). */
export function isCandidateInput(element: Element): boolean {
  if (element.tagName === 'INPUT' && SKIPPED_TYPES.has(inputType(element))) return false;
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

/** The control a native input belongs to, or null when the input is not a form field. */
export function widgetOf(input: Element, cache?: WeakMap<Element, Widget | null>): Widget | null {
  const cached = cache?.get(input);
  if (cached !== undefined) return cached;
  const widget = isCandidateInput(input) ? buildWidget(input) : null;
  if (cache) {
    if (widget) for (const member of widget.inputs) cache.set(member, widget);
    cache.set(input, widget);
  }
  return widget;
}

function buildWidget(input: Element): Widget | null {
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
    return { root: members.length > 1 ? commonAncestor(members) : input, inputs: members, kind: 'radio', group: members.length > 1 };
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
  if (type === 'date' || type === 'month' || type === 'datetime-local' || type === 'week') {
    return { root: input, inputs: [input], kind: 'date', group: false };
  }
  if (type === 'number') return { root: input, inputs: [input], kind: 'number', group: false };
  return { root: input, inputs: [input], kind: 'text', group: false };
}

/** The control under a clicked element (for map-by-hand): its widget root, or null. */
export function controlAt(target: Element, cache?: WeakMap<Element, Widget | null>): Widget | null {
  const native = target.matches(CONTROL_SELECTOR)
    ? target
    : (target.closest('label, .el-select, .el-date-editor, .el-radio-group, .el-checkbox-group, .el-switch, .el-input-number, .el-cascader, .el-input, .el-textarea, [role="radiogroup"]')?.querySelector(CONTROL_SELECTOR) ??
      target.querySelector(CONTROL_SELECTOR));
  return native ? widgetOf(native, cache) : null;
}

const CHECKED_CLASSES = ['is-checked', 'is-active'];

/** Ticked, by the live property or by the Element UI state class of its wrapper. */
export function isTicked(input: Element): boolean {
  if ((input as HTMLInputElement).checked) return true;
  const wrapper = input.closest('.el-radio, .el-checkbox, .el-radio-button, .el-checkbox-button, .el-switch');
  return wrapper !== null && CHECKED_CLASSES.some((name) => wrapper.classList.contains(name));
}

/** The text of a radio or checkbox option: its Element label, its <label>, or the text after it. */
export function optionText(input: Element): string {
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

/** The value a control shows now. */
export function readRaw(widget: Widget): RawValue {
  const first = widget.inputs[0]!;
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
