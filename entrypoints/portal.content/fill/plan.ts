// What filling a stored case back into the page would change: the page's recognised controls
// grouped by case path, each with what it shows now and what it would show after writing.
// Reads the page only; writing is in apply.ts.

import { classify, classifyMapped } from '../reader/classify';
import { isTicked, optionText, readRaw, widgetOf, type Widget } from '../reader/controls';
import { CONTROL_SELECTOR, textOf } from '../reader/dom';
import { describeControl } from '../reader/labels';
import { inList, normalizeValue } from '../reader/normalize';
import type { FillReason } from '../../../utils/portal-messages';
import type { ReadResult } from '../reader/read';
import type { FieldSpec } from '../reader/synonyms';
import { cleanLabel } from '../reader/text';
import type { ControlDescriptor, ControlKind, RawValue } from '../reader/types';
import { getAt } from '../../../rules/paths';
import { dateStyleInHint, dateStyleOf, displayName, formatDate, formatMoney, formatMonth, ISO_STYLE, sameValue, templateOf, type DateStyle } from './values';
import { knownSelectOptions, pickerType } from './widgets';

/** One control of the page that shows the value at a case path. */
export interface FillControl {
  widget: Widget;
  descriptor: ControlDescriptor;
  spec: FieldSpec;
  /** An open-ended box (无固定期限, 至今) beside a date: ticked means the date is null. */
  role: 'value' | 'open-toggle';
  blocked?: FillReason;
}

/** The controls of one case path, with the page's value and the stored one. */
export interface FillTarget {
  path: string;
  controls: FillControl[];
  /** The value the reader finds on the page now (undefined when empty or unreadable). */
  page: unknown;
}

/** How dates are written on this page, for pickers (their display) and for plain text inputs. */
export interface PageDates {
  picker: DateStyle;
  text: DateStyle | null;
  notice: DateStyle | null;
}

function widgetAt(element: Element): Widget | null {
  const input = element.matches(CONTROL_SELECTOR) ? element : element.querySelector(CONTROL_SELECTOR);
  const widget = input ? widgetOf(input) : null;
  return widget && widget.root === element ? widget : null;
}

function specOf(key: string, descriptor: ControlDescriptor, mappings: Readonly<Record<string, string>>): FieldSpec | null {
  const mapped = mappings[key];
  const classification = mapped !== undefined ? classifyMapped(mapped, descriptor) : classify(descriptor);
  if (classification.kind === 'field') return classification.spec;
  if (classification.kind === 'range' && descriptor.rangePart) return descriptor.rangePart === 'start' ? classification.start : classification.end;
  return null;
}

function blockedReason(widget: Widget): FillReason | undefined {
  const root = widget.root;
  const inputs = widget.inputs as readonly HTMLInputElement[];
  if (widget.rangePart || root.classList.contains('el-cascader')) return 'unsupported';
  if (root.classList.contains('el-select') && (root.classList.contains('is-multiple') || root.querySelector('.el-select__tags'))) return 'unsupported';
  if (root.classList.contains('is-disabled') || inputs.every((input) => input.disabled)) return 'read-only';
  if ((widget.kind === 'text' || widget.kind === 'textarea' || widget.kind === 'number') && inputs[0]!.readOnly) return 'read-only';
  return undefined;
}

/** The recognised, writable-or-not controls of the page by case path, in page order. */
export function collectTargets(read: ReadResult, mappings: Readonly<Record<string, string>>): Map<string, FillTarget> {
  const targets = new Map<string, FillTarget>();
  for (const field of read.fields) {
    if (field.path === 'attachments' || field.material !== undefined) continue;
    const widget = widgetAt(field.element);
    if (!widget) continue;
    const descriptor = describeControl(widget.inputs[0]!);
    if (!descriptor) continue;
    const spec = specOf(field.key, descriptor, mappings);
    // The year of a yearly amount and a month named by a label are not values one writes here.
    if (!spec || spec.value.kind === 'year' || spec.path !== templateOf(field.path)) continue;
    const role = widget.kind === 'checkbox' && !widget.group && spec.value.kind === 'date' && spec.value.open ? 'open-toggle' : 'value';
    const blocked = blockedReason(widget);
    const control: FillControl = { widget, descriptor, spec, role, ...(blocked ? { blocked } : {}) };
    const target = targets.get(field.path);
    if (target) target.controls.push(control);
    else targets.set(field.path, { path: field.path, controls: [control], page: getAt(read.caseData, field.path) });
  }
  return targets;
}

const NOTICE = /日期[^。；\n]{0,20}?(\d{4}\s*[年\-/.]\s*\d{1,2}\s*[月\-/.]\s*\d{1,2}\s*日?)[^。；\n]{0,6}?格式/;

/** The date formats the page shows: in its pickers, in its text inputs, in a notice about dates. */
export function pageDates(doc: Document, targets: Iterable<FillTarget>): PageDates {
  let picker: DateStyle | null = null;
  let text: DateStyle | null = null;
  for (const target of targets) {
    for (const control of target.controls) {
      if (control.spec.value.kind !== 'date' || control.role !== 'value') continue;
      const raw = readRaw(control.widget);
      const style = raw.kind === 'text' ? dateStyleOf(raw.text) : null;
      if (!style) continue;
      if (control.widget.kind === 'date') picker ??= style;
      else text ??= style;
    }
  }
  const notice = NOTICE.exec(textOf(doc.body, 20000));
  return { picker: picker ?? ISO_STYLE, text, notice: notice ? dateStyleOf(notice[1]!) : null };
}

/** The date style for one control: its own hint (如：2016年7月1日), the page's other dates, else ISO. */
function styleFor(control: FillControl, dates: PageDates): DateStyle {
  if (control.widget.kind === 'date') return dates.picker;
  const root = control.widget.root;
  const near = root.closest('td, .el-form-item__content') ?? root.parentElement;
  const placeholder = control.widget.inputs[0]!.getAttribute('placeholder') ?? '';
  return dateStyleInHint(placeholder) ?? (near ? dateStyleInHint(textOf(near, 200)) : null) ?? dates.text ?? dates.notice ?? ISO_STYLE;
}

/** A choice of a radio group, select or checkbox group: its text, its value attribute, its element. */
export interface Choice {
  text: string;
  alt?: string;
  element: Element;
}

/** The choices of a control that can be seen without changing the page; null for an unopened dropdown. */
export function choicesOf(widget: Widget): Choice[] | null {
  const first = widget.inputs[0]!;
  if (widget.kind === 'radio' || (widget.kind === 'checkbox' && widget.group)) {
    return widget.inputs.map((input) => {
      const value = (input as HTMLInputElement).value;
      return { text: optionText(input), ...(value && value !== 'on' ? { alt: value } : {}), element: input };
    });
  }
  if (first.tagName === 'SELECT') {
    return Array.from((first as HTMLSelectElement).options)
      .filter((option) => option.value !== '')
      .map((option) => ({ text: textOf(option) || option.value, alt: option.value, element: option }));
  }
  if (widget.root.classList.contains('el-select')) {
    const items = knownSelectOptions(widget.root);
    return items ? items.map((item) => ({ text: textOf(item), element: item })) : null;
  }
  return null;
}

function contextOf(control: FillControl) {
  return { ...(control.descriptor.unit ? { unit: control.descriptor.unit } : {}), ...(control.spec.invert ? { invert: true } : {}) };
}

/** The case value a page text would be read as, by this control's field. */
export function readAs(control: FillControl, raw: RawValue): unknown {
  const result = normalizeValue(control.spec.value, raw, contextOf(control));
  return result.ok ? result.value : undefined;
}

/** Whether choosing this option gives the wanted value (for a checkbox group: whether it belongs ticked). */
export function choiceFits(control: FillControl, choice: Choice, wanted: unknown): boolean {
  if (control.spec.value.kind === 'enum-list') {
    const value = readAs(control, { kind: 'list', items: [choice.text] });
    return Array.isArray(value) && Array.isArray(wanted) && value.length === 1 && wanted.includes(value[0]);
  }
  const raw: RawValue = choice.alt !== undefined ? { kind: 'text', text: choice.text, alt: choice.alt } : { kind: 'text', text: choice.text };
  return sameValue(readAs(control, raw), wanted);
}

/** The open word a control takes for "no end" (至今, 长期), or '' when leaving it empty says so. */
export function openWordFor(control: FillControl): string | null {
  const value = control.spec.value;
  if (value.kind !== 'date' || !value.open) return null;
  const placeholder = control.widget.inputs[0]!.getAttribute('placeholder') ?? '';
  if (inList(placeholder, value.open)) return '';
  const scope = control.widget.root.closest('.el-table, table, .el-form-item') ?? control.widget.root.parentElement;
  const nearby = [scope?.previousElementSibling, scope?.nextElementSibling].map((element) => (element ? textOf(element, 200) : '')).join(' ');
  if (/(为空|空白|不填|未填|留空)[^。；;]{0,8}?(至今|无固定期限|长期)/.test(nearby)) return '';
  return control.widget.kind === 'text' ? (value.open[0] ?? null) : null;
}

const TICKED = '☑';
const UNTICKED = '☐';

/** What a control shows now, as text. */
export function shownText(control: FillControl): string {
  const raw = readRaw(control.widget);
  if (raw.kind === 'text') return raw.text;
  if (raw.kind === 'list') return raw.items.join('、');
  return `${raw.checked ? TICKED : UNTICKED} ${optionText(control.widget.inputs[0]!)}`;
}

/** The date (2016-07-01), month (2016-07) or year a picker takes for a case value. */
export function pickerValue(control: FillControl, wanted: string): string {
  const type = control.widget.root.classList.contains('el-date-editor') ? pickerType(control.widget.root) : 'date';
  if (type === 'year') return wanted.slice(0, 4);
  if (type === 'month') return wanted.slice(0, 7);
  return wanted;
}

/** The text a value control will show for the wanted value, or null when it cannot show it. */
export function valueText(control: FillControl, wanted: unknown, dates: PageDates): string | null {
  const value = control.spec.value;
  const widget = control.widget;
  if (wanted === null) {
    const open = openWordFor(control);
    return open === '' ? (widget.inputs[0]!.getAttribute('placeholder') ?? '') : open;
  }
  if (value.kind === 'date' && typeof wanted === 'string') {
    if (widget.kind === 'date' && pickerValue(control, wanted).length === 7) return formatMonth(wanted.slice(0, 7), styleFor(control, dates));
    if (widget.kind === 'date' && pickerValue(control, wanted).length === 4) return wanted.slice(0, 4);
    return formatDate(wanted, styleFor(control, dates));
  }
  if (value.kind === 'month' && typeof wanted === 'string') return formatMonth(wanted, styleFor(control, dates));
  if (widget.kind === 'checkbox' && !widget.group) {
    const tickedValue = readAs(control, { kind: 'checked', checked: true, explicit: true });
    const label = optionText(widget.inputs[0]!);
    if (sameValue(tickedValue, wanted)) return `${TICKED} ${label}`;
    return typeof wanted === 'boolean' ? `${UNTICKED} ${label}` : null;
  }
  const choices = choicesOf(widget);
  if (choices) {
    if (value.kind === 'enum-list') return choices.filter((choice) => choiceFits(control, choice, wanted)).map((choice) => choice.text).join('、');
    return choices.find((choice) => choiceFits(control, choice, wanted))?.text ?? null;
  }
  if (widget.kind === 'select') return displayName(value, wanted);
  if (value.kind === 'money' && typeof wanted === 'number') return formatMoney(wanted, control.descriptor.unit);
  if (['enum', 'enum-list', 'boolean', 'district'].includes(value.kind)) return displayName(value, wanted);
  return typeof wanted === 'string' || typeof wanted === 'number' ? String(wanted) : null;
}

/** The controls to write for the wanted value, in order: open boxes first (ticking one may clear the date). */
export function controlsToWrite(target: FillTarget, wanted: unknown): FillControl[] {
  const toggles = target.controls.filter((control) => control.role === 'open-toggle');
  const values = target.controls.filter((control) => control.role === 'value');
  if (wanted === null && toggles.length > 0) return toggles;
  return [...toggles, ...values];
}

/** A single unticked box for a no: the reader reads it as "not answered", which is what a user leaves. */
function uncheckedMeansNo(target: FillTarget, wanted: unknown): boolean {
  return (
    target.page === undefined &&
    typeof wanted === 'boolean' &&
    target.controls.every((control) => control.widget.kind === 'checkbox' && !control.widget.group && !isTicked(control.widget.inputs[0]!)) &&
    target.controls.every((control) => !sameValue(readAs(control, { kind: 'checked', checked: true, explicit: false }), wanted))
  );
}

/** Whether the page already shows the stored value. */
export function alreadyShown(target: FillTarget, wanted: unknown): boolean {
  return sameValue(target.page, wanted) || uncheckedMeansNo(target, wanted);
}

export interface TargetChange {
  kind: ControlKind;
  /** The control's own label on the page (住所所在区), to tell a misread field from the case's name for it. */
  pageLabel: string;
  from: string;
  to: string | null;
  blocked?: FillReason;
}

/** What the page shows for a path now and what it will show; `to` null when no control can show the value. */
export function describeChange(target: FillTarget, wanted: unknown, dates: PageDates): TargetChange {
  const toggle = target.controls.find((control) => control.role === 'open-toggle');
  const value = target.controls.find((control) => control.role === 'value');
  const primary = (wanted === null ? (toggle ?? value) : (value ?? toggle))!;
  const from = toggle && isTicked(toggle.widget.inputs[0]!) ? shownText(toggle) : value ? shownText(value) : shownText(primary);
  let to: string | null;
  if (primary.role === 'open-toggle') {
    to = wanted === null ? `${TICKED} ${optionText(primary.widget.inputs[0]!)}` : null;
  } else {
    to = valueText(primary, wanted, dates);
  }
  const writing = controlsToWrite(target, wanted);
  const blocked = writing.find((control) => control.blocked)?.blocked ?? (to === null ? (wanted === null || primary.role === 'open-toggle' ? 'unsupported' : 'no-option') : undefined);
  const pageLabel = cleanLabel((value ?? primary).descriptor.labels[0]?.text ?? '');
  return { kind: primary.widget.kind, pageLabel, from, to, ...(blocked ? { blocked } : {}) };
}
