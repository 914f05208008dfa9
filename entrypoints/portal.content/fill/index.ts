// Fill back: a stored case written into the portal form, field by field, after the user saw and
// confirmed what changes. Only paths the user confirmed are touched, only controls the page has
// (no rows are added), never attachments; each write is read back to see that the page took it.

import { fieldLabel } from '../../../rules/fields';
import type { FillOutcome, FillPreviewItem, FillReason } from '../../../utils/portal-messages';
import type { Text } from '../../../rules/types';
import { isTicked } from '../reader/controls';
import { textOf } from '../reader/dom';
import type { ReadResult } from '../reader/read';
import type { ControlKind } from '../reader/types';
import {
  alreadyShown,
  choiceFits,
  choicesOf,
  collectTargets,
  controlsToWrite,
  describeChange,
  openWordFor,
  pageDates,
  pickerValue,
  readAs,
  valueText,
  type FillControl,
  type FillTarget,
  type PageDates,
} from './plan';
import { getAt } from '../../../rules/paths';
import { sameValue } from './values';
import { chooseNativeOption, chooseSelectOption, clickChoice, settle, setPickerDate, setTicked, typeInto } from './widgets';

/** Where fill back reads and writes: the page, a fresh read of it, the hand mappings of the page. */
export interface FillEnv {
  doc: Document;
  read: () => ReadResult;
  mappings: () => Readonly<Record<string, string>>;
}

/** What says whose page it is: a different value here means the page may be another applicant's or employer's. */
export const IDENTITY_PATHS: ReadonlySet<string> = new Set(['applicant.idNumber', 'applicant.name', 'employer.creditCode']);

function labelOf(path: string): Text {
  return { zh: fieldLabel(path, 'zh'), en: fieldLabel(path, 'en') };
}

function targetsNow(env: FillEnv): { targets: Map<string, FillTarget>; dates: PageDates; read: ReadResult } {
  const read = env.read();
  const targets = collectTargets(read, env.mappings());
  return { targets, dates: pageDates(env.doc, targets.values()), read };
}

/** Every recognised field of the page whose stored value differs from what the page shows. */
export function previewFill(env: FillEnv, caseData: unknown): FillPreviewItem[] {
  const { targets, dates } = targetsNow(env);
  const items: FillPreviewItem[] = [];
  for (const target of targets.values()) {
    const wanted = getAt(caseData, target.path);
    if (wanted === undefined || alreadyShown(target, wanted)) continue;
    const change = describeChange(target, wanted, dates);
    items.push({
      path: target.path,
      label: labelOf(target.path),
      pageLabel: change.pageLabel,
      kind: change.kind,
      from: change.from,
      to: change.to ?? '',
      ...(change.blocked ? { blocked: change.blocked } : {}),
      ...(IDENTITY_PATHS.has(target.path) && change.from !== '' ? { identity: true as const } : {}),
    });
  }
  return items;
}

const isTextInput = (element: Element): element is HTMLInputElement | HTMLTextAreaElement =>
  element.tagName === 'TEXTAREA' || (element.tagName === 'INPUT' && !['radio', 'checkbox'].includes((element as HTMLInputElement).type));

async function writeNull(control: FillControl): Promise<FillReason | null> {
  const input = control.widget.inputs[0]!;
  const open = openWordFor(control);
  if (open === null) return 'unsupported';
  if (control.widget.root.classList.contains('el-date-editor')) await setPickerDate(control.widget.root, '', '');
  else if (isTextInput(input)) await typeInto(input, open);
  else return 'unsupported';
  return null;
}

async function writeSingleBox(control: FillControl, wanted: unknown): Promise<FillReason | null> {
  const input = control.widget.inputs[0] as HTMLInputElement;
  const tickedValue = readAs(control, { kind: 'checked', checked: true, explicit: true });
  if (sameValue(tickedValue, wanted)) await setTicked(input, true, () => isTicked(input));
  else if (typeof wanted === 'boolean') await setTicked(input, false, () => isTicked(input));
  else return 'no-option';
  return null;
}

async function writeSelect(control: FillControl, wanted: unknown): Promise<FillReason | null> {
  const { root, inputs } = control.widget;
  const first = inputs[0]!;
  if (first.tagName === 'SELECT') {
    const chosen = await chooseNativeOption(first as HTMLSelectElement, (option) =>
      choiceFits(control, { text: textOf(option) || option.value, alt: option.value, element: option }, wanted),
    );
    return chosen ? null : 'no-option';
  }
  if (!root.classList.contains('el-select')) return 'unsupported';
  const result = await chooseSelectOption(root, (text) => choiceFits(control, { text, element: root }, wanted));
  return result === 'done' ? null : result === 'no-option' ? 'no-option' : 'unsupported';
}

async function writeDate(control: FillControl, wanted: unknown, dates: PageDates): Promise<FillReason | null> {
  const text = valueText(control, wanted, dates);
  if (typeof wanted !== 'string' || text === null) return 'no-option';
  const { root, inputs } = control.widget;
  const input = inputs[0] as HTMLInputElement;
  if (root.classList.contains('el-date-editor')) await setPickerDate(root, pickerValue(control, wanted), text);
  // Native date inputs hold ISO values whatever they display.
  else if (input.type === 'date') await typeInto(input, wanted.slice(0, 10));
  else if (input.type === 'month') await typeInto(input, wanted.slice(0, 7));
  else await typeInto(input, text);
  return null;
}

async function writeControl(control: FillControl, wanted: unknown, dates: PageDates): Promise<FillReason | null> {
  if (control.blocked) return control.blocked;
  const widget = control.widget;
  if (control.role === 'open-toggle') {
    const input = widget.inputs[0] as HTMLInputElement;
    await setTicked(input, wanted === null, () => isTicked(input));
    return null;
  }
  if (wanted === null) return writeNull(control);
  switch (widget.kind) {
    case 'radio': {
      const choice = choicesOf(widget)?.find((candidate) => choiceFits(control, candidate, wanted));
      if (!choice) return 'no-option';
      if (!isTicked(choice.element)) await clickChoice(choice.element as HTMLInputElement);
      return null;
    }
    case 'checkbox': {
      if (!widget.group) return writeSingleBox(control, wanted);
      for (const choice of choicesOf(widget) ?? []) {
        const input = choice.element as HTMLInputElement;
        if (isTicked(input) !== choiceFits(control, choice, wanted)) await clickChoice(input);
      }
      return null;
    }
    case 'select':
      return writeSelect(control, wanted);
    case 'date':
      return writeDate(control, wanted, dates);
    default: {
      // Dates typed in text fields (older table layouts) take the page's date format.
      if (control.spec.value.kind === 'date' || control.spec.value.kind === 'month') return writeDate(control, wanted, dates);
      const input = widget.inputs[0]!;
      const text = valueText(control, wanted, dates);
      if (text === null || !isTextInput(input)) return 'no-option';
      await typeInto(input, text);
      return null;
    }
  }
}

/**
 * Writes the stored values of `paths` into the page, in page order, and reads each back. A path
 * whose control went away (a choice above it hid it) or that the page refused is reported failed.
 */
export async function applyFill(env: FillEnv, caseData: unknown, paths: readonly string[]): Promise<FillOutcome> {
  const outcome: FillOutcome = { written: [], failed: [] };
  const requested = new Set(paths);
  const pageOrder = [...targetsNow(env).targets.keys()].filter((path) => requested.has(path));
  const order = [...pageOrder, ...paths.filter((path) => !pageOrder.includes(path))];
  for (const path of new Set(order)) {
    const wanted = getAt(caseData, path);
    if (wanted === undefined) {
      outcome.failed.push({ path, reason: 'no-value' });
      continue;
    }
    const { targets, dates } = targetsNow(env);
    const target = targets.get(path);
    if (!target) {
      outcome.failed.push({ path, reason: 'not-on-page' });
      continue;
    }
    const change = describeChange(target, wanted, dates);
    if (alreadyShown(target, wanted)) {
      outcome.written.push({ path, to: change.to ?? '' });
      continue;
    }
    if (change.blocked) {
      outcome.failed.push({ path, reason: change.blocked });
      continue;
    }
    let reason: FillReason | null = null;
    for (const control of controlsToWrite(target, wanted)) {
      if (!control.widget.root.isConnected) continue;
      reason = await writeControl(control, wanted, dates);
      if (reason) break;
    }
    await settle();
    const after = targetsNow(env).targets.get(path);
    if (!reason && !(after && alreadyShown(after, wanted))) reason = 'not-taken';
    if (reason) outcome.failed.push({ path, reason });
    else outcome.written.push({ path, to: change.to ?? '' });
  }
  return outcome;
}
