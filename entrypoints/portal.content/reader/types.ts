// Types shared by the reader modules. The reader knows nothing of the rules engine: of the case
// contract it takes only the application types (rules/case-ids.ts, plain names without the schema),
// and declares messages as their plain shape.

export type { ApplicationType } from '../../../rules/case-ids';

export interface Message {
  zh: string;
  en: string;
}

/** What kind of widget a control is; 'static' is a value shown as text (form item without input, description cell). */
export type ControlKind =
  | 'text'
  | 'select'
  | 'date'
  | 'radio'
  | 'checkbox'
  | 'number'
  | 'textarea'
  | 'static';

/** Where a label candidate came from, in the order they are collected. */
export type LabelSource =
  | 'label-for'
  | 'aria-labelledby'
  | 'aria-label'
  | 'ancestor-label'
  | 'form-item'
  | 'text-before'
  | 'left-cell'
  | 'column-header'
  | 'legend'
  | 'label-left'
  | 'label-top'
  | 'title'
  | 'placeholder';

export interface LabelCandidate {
  source: LabelSource;
  text: string;
}

/** The table row a control sits in, when its column has a header (a repeating row). */
export interface RowInfo {
  row: Element;
  /** The table (or el-table root) the row belongs to; rows are counted within it. */
  table: Element;
}

export interface ControlDescriptor {
  /** The widget root: what a user would point at (el-select, radio group, the input itself …). */
  element: Element;
  /** The native inputs that carry the value (several for a radio or checkbox group). */
  inputs: readonly Element[];
  kind: ControlKind;
  labels: readonly LabelCandidate[];
  /** Money unit shown next to the control (input group append, text after, label). */
  unit?: 'yuan' | 'wan';
  /** For the two inputs of a date range editor. */
  rangePart?: 'start' | 'end';
  /** Nearest section titles, nearest first (card header, heading, table section row, tab label …). */
  sections: readonly string[];
  /** Header texts of the table the control is in, when it sits in a repeating row. */
  tableHeaders?: readonly string[];
  row?: RowInfo;
}

/** A value as read from the page, before normalisation. */
export type RawValue =
  | { kind: 'text'; text: string; alt?: string }
  | { kind: 'checked'; checked: boolean; explicit: boolean }
  | { kind: 'list'; items: readonly string[] };

export type Normalized<T = unknown> =
  | { ok: true; value: T | undefined }
  | { ok: false; problem: Message };
