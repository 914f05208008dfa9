// The inputs of the case form. Each is bound to a path of the draft, shows what the draft holds
// (valid or not) and, once the user has left it, the schema's complaint about it by name.
import type { ComponentChildren } from 'preact';
import { FIELD_LABELS, fieldKey } from '../../rules/fields';
import type { Lang } from '../../rules/types';
import { parseDateText } from '../../rules/date-text';
import { t, type MessageKey } from '../../utils/i18n';
import { addRow, removeRow, type Draft, type FieldError } from '../caseDraft';
import { describeExpected, enumLabel, ENUMS, fieldName, type EnumName } from '../labels';

export interface FormApi {
  lang: Lang;
  get(path: string): unknown;
  set(path: string, value: unknown): void;
  update(change: (draft: Draft) => Draft): void;
  /** The error to show at a path: none until the user has left the field, unless all are shown. */
  error(path: string): FieldError | undefined;
  touch(path: string): void;
  id(path: string): string;
}

export function fieldId(prefix: string, path: string): string {
  return `${prefix}-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

/** The label of a field inside a row, whose legend already says which row it is. */
export function shortLabel(path: string, lang: Lang): string {
  const label = FIELD_LABELS[fieldKey(path)]?.[lang];
  return label ? fieldName(lang, label, true) : fieldName(lang, path);
}

export function errorText(lang: Lang, error: FieldError): string {
  return t(lang, 'case.form.fieldError', { field: fieldName(lang, error.path), message: describeExpected(lang, error.expected) });
}

function asText(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : String(value);
}

interface FieldShellProps {
  f: FormApi;
  path: string;
  label: string;
  hint?: string | undefined;
  children: (props: { id: string; invalid: boolean; describedBy: string | undefined }) => ComponentChildren;
  extra?: ComponentChildren;
}

function FieldShell({ f, path, label, hint, children, extra }: FieldShellProps) {
  const id = f.id(path);
  const error = f.error(path);
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`field${error ? ' invalid' : ''}`} data-path={path}>
      <label for={id}>{label}</label>
      {children({ id, invalid: error !== undefined, describedBy })}
      {extra}
      {hint && (
        <span class="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {errorText(f.lang, error)}
        </p>
      )}
    </div>
  );
}

export interface BaseFieldProps {
  f: FormApi;
  path: string;
  /** Defaults to the field's full name. */
  label?: string;
}

export function TextField({ f, path, label, autoComplete }: BaseFieldProps & { autoComplete?: string }) {
  return (
    <FieldShell f={f} path={path} label={label ?? fieldName(f.lang, path)}>
      {({ id, invalid, describedBy }) => (
        <input
          id={id}
          type="text"
          autoComplete={autoComplete ?? 'off'}
          value={asText(f.get(path))}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onInput={(e) => f.set(path, e.currentTarget.value === '' ? undefined : e.currentTarget.value)}
          onBlur={() => f.touch(path)}
        />
      )}
    </FieldShell>
  );
}

/**
 * A date typed as text, so that a half-typed or impossible date stays as typed; on leaving the
 * field a date written as people write it (1990年3月7日, 1990/3/7, 1990.03.07) becomes YYYY-MM-DD.
 * A date picker beside it sets the same value. `nullKey` names the checkbox that stands for the
 * format's null (长期, 至今, 无固定期限).
 */
export function DateField({ f, path, label, nullKey, month }: BaseFieldProps & { nullKey?: MessageKey; month?: boolean }) {
  const value = f.get(path);
  const isNull = value === null;
  const format = t(f.lang, month ? 'case.form.monthFormat' : 'case.form.dateFormat');
  const nullId = `${f.id(path)}-null`;
  const shownLabel = label ?? fieldName(f.lang, path);
  const iso = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : '';
  return (
    <FieldShell
      f={f}
      path={path}
      label={shownLabel}
      hint={format}
      extra={
        <>
          {!month && (
            <input
              type="date"
              class="date-picker"
              aria-label={t(f.lang, 'case.form.pickDate', { label: shownLabel })}
              value={iso}
              disabled={isNull}
              onChange={(e) => f.set(path, e.currentTarget.value === '' ? undefined : e.currentTarget.value)}
            />
          )}
          {nullKey && (
            <span class="null-choice">
              <input
                id={nullId}
                type="checkbox"
                checked={isNull}
                onChange={(e) => f.set(path, e.currentTarget.checked ? null : undefined)}
              />
              <label for={nullId}>{t(f.lang, nullKey)}</label>
            </span>
          )}
        </>
      }
    >
      {({ id, invalid, describedBy }) => (
        <input
          id={id}
          type="text"
          class="date-input"
          inputMode="numeric"
          autoComplete="off"
          value={isNull ? '' : asText(value)}
          disabled={isNull}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onInput={(e) => f.set(path, e.currentTarget.value.trim() === '' ? undefined : e.currentTarget.value.trim())}
          onBlur={(e) => {
            const written = e.currentTarget.value.trim();
            const read = month ? null : parseDateText(written);
            if (read && read !== written) f.set(path, read);
            f.touch(path);
          }}
        />
      )}
    </FieldShell>
  );
}

const NUMBER = /^-?\d+(\.\d+)?$/;

/** The text of a number input as the draft keeps it: a number when it reads as one, else the text itself. */
export function numberFromInput(text: string): number | string | undefined {
  const compact = text.replace(/[,\s，]/g, '');
  if (compact === '') return undefined;
  return NUMBER.test(compact) ? Number(compact) : text;
}

export function NumberField({ f, path, label, unit, integer }: BaseFieldProps & { unit?: 'yuan' | 'percent'; integer?: boolean }) {
  const base = label ?? fieldName(f.lang, path);
  const shown = unit ? t(f.lang, unit === 'yuan' ? 'case.form.inYuan' : 'case.form.inPercent', { label: base }) : base;
  return (
    <FieldShell f={f} path={path} label={shown}>
      {({ id, invalid, describedBy }) => (
        <input
          id={id}
          type="text"
          class="number-input"
          inputMode={integer ? 'numeric' : 'decimal'}
          autoComplete="off"
          value={asText(f.get(path))}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onInput={(e) => f.set(path, numberFromInput(e.currentTarget.value))}
          onBlur={() => f.touch(path)}
        />
      )}
    </FieldShell>
  );
}

/**
 * A select in its field shell, for BoolField and EnumField: `current` is the chosen option's value,
 * `valueOf` the case's value for an option chosen.
 */
function SelectField({ f, path, label, current, valueOf, children }: BaseFieldProps & { current: string; valueOf: (option: string) => unknown; children: ComponentChildren }) {
  return (
    <FieldShell f={f} path={path} label={label ?? fieldName(f.lang, path)}>
      {({ id, invalid, describedBy }) => (
        <select
          id={id}
          value={current}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          onChange={(e) => {
            f.set(path, valueOf(e.currentTarget.value));
            f.touch(path);
          }}
        >
          {children}
        </select>
      )}
    </FieldShell>
  );
}

/** Yes / no / not given: an absent value is unknown, which the rules treat differently from no. */
export function BoolField({ f, path, label }: BaseFieldProps) {
  const value = f.get(path);
  const current = value === true ? 'true' : value === false ? 'false' : typeof value === 'string' ? value : '';
  return (
    <SelectField f={f} path={path} label={label} current={current} valueOf={(v) => (v === 'true' ? true : v === 'false' ? false : undefined)}>
      <option value="">{t(f.lang, 'case.form.notGiven')}</option>
      <option value="true">{t(f.lang, 'common.yes')}</option>
      <option value="false">{t(f.lang, 'common.no')}</option>
    </SelectField>
  );
}

const NULL_OPTION = '__null';

export function EnumField({
  f,
  path,
  label,
  name,
  nullKey,
  emptyKey = 'case.form.notGiven',
}: BaseFieldProps & { name: EnumName; nullKey?: MessageKey; emptyKey?: MessageKey }) {
  const value = f.get(path);
  const values: readonly string[] = ENUMS[name];
  const current = value === null ? NULL_OPTION : asText(value);
  const unknown = current !== '' && current !== NULL_OPTION && !values.includes(current);
  return (
    <SelectField f={f} path={path} label={label} current={current} valueOf={(v) => (v === '' ? undefined : v === NULL_OPTION ? null : v)}>
      <option value="">{t(f.lang, emptyKey)}</option>
      {nullKey && <option value={NULL_OPTION}>{t(f.lang, nullKey)}</option>}
      {values.map((v) => (
        <option key={v} value={v}>
          {enumLabel(f.lang, name, v)}
        </option>
      ))}
      {/* A value this form does not offer (from an import) stays selectable, so it is not lost. */}
      {unknown && <option value={current}>{current}</option>}
    </SelectField>
  );
}

/** Several values of one enum, as checkboxes (变更事项). */
export function CheckGroup({ f, path, name, label }: BaseFieldProps & { name: EnumName }) {
  const value = f.get(path);
  const chosen = new Set(Array.isArray(value) ? (value as unknown[]).map(String) : []);
  const values: readonly string[] = ENUMS[name];
  const error = f.error(path);
  return (
    <fieldset class={`check-group${error ? ' invalid' : ''}`} data-path={path}>
      <legend>{label ?? fieldName(f.lang, path)}</legend>
      {values.map((v) => {
        const id = `${f.id(path)}-${v}`;
        return (
          <span class="check" key={v}>
            <input
              id={id}
              type="checkbox"
              checked={chosen.has(v)}
              onChange={(e) => {
                const next = values.filter((item) => (item === v ? e.currentTarget.checked : chosen.has(item)));
                f.set(path, next.length > 0 ? next : undefined);
                f.touch(path);
              }}
            />
            <label for={id}>{enumLabel(f.lang, name, v)}</label>
          </span>
        );
      })}
      {error && <p class="field-error">{errorText(f.lang, error)}</p>}
    </fieldset>
  );
}

/** Amounts by calendar year (纳税额, 年度收入): the years asked for, and any other year the draft holds. */
export function YearAmounts({ f, path, years }: { f: FormApi; path: string; years: readonly number[] }) {
  const value = f.get(path);
  const held = value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : [];
  const shown = [...new Set([...years.map(String), ...held])].sort().reverse();
  return (
    <fieldset class="year-amounts" data-path={path}>
      <legend>{t(f.lang, 'case.form.inYuan', { label: fieldName(f.lang, path) })}</legend>
      {shown.map((year) => (
        <NumberField key={year} f={f} path={`${path}.${year}`} label={t(f.lang, 'case.form.yearLabel', { year })} />
      ))}
    </fieldset>
  );
}

export interface RowsProps {
  f: FormApi;
  path: string;
  /** Defaults to the list's field name. */
  label?: string;
  /** Key of the row legend, with {n}. */
  rowKey: MessageKey;
  addKey: MessageKey;
  newRow?: () => Record<string, unknown>;
  children: (rowPath: string, index: number) => ComponentChildren;
}

/** A list of rows (工作经历, 收入, 学历, 随往人员 …) the user adds to and removes from. */
export function Rows({ f, path, label, rowKey, addKey, newRow, children }: RowsProps) {
  const value = f.get(path);
  const rows = Array.isArray(value) ? value : [];
  const error = f.error(path);
  return (
    <fieldset class="rows" data-path={path}>
      <legend>{label ?? fieldName(f.lang, path)}</legend>
      {rows.map((_, index) => {
        const rowPath = `${path}[${index}]`;
        const legend = t(f.lang, rowKey, { n: index + 1 });
        return (
          <fieldset class="row" key={index} data-path={rowPath}>
            <legend>{legend}</legend>
            <div class="row-fields">{children(rowPath, index)}</div>
            <button
              type="button"
              class="secondary small remove-row"
              aria-label={t(f.lang, 'case.form.removeRowNamed', { row: legend })}
              onClick={() => f.update((draft) => removeRow(draft, path, index))}
            >
              {t(f.lang, 'case.form.removeRow')}
            </button>
          </fieldset>
        );
      })}
      {error && <p class="field-error">{errorText(f.lang, error)}</p>}
      <button
        type="button"
        class="secondary small add-row"
        onClick={() => f.update((draft) => addRow(draft, path, newRow ? newRow() : {}))}
      >
        {t(f.lang, addKey)}
      </button>
    </fieldset>
  );
}

/** The errors shown, each a link to its field, announced when it appears. */
export function ErrorSummary({ lang, errors, idPrefix }: { lang: Lang; errors: readonly FieldError[]; idPrefix: string }) {
  if (errors.length === 0) return null;
  return (
    <div class="error-summary" role="alert">
      <p>{t(lang, 'case.form.errorSummary', { n: errors.length })}</p>
      <ul>
        {errors.map((error) => (
          <li key={error.path}>
            <a href={`#${fieldId(idPrefix, error.path)}`} onClick={(e) => focusField(e, fieldId(idPrefix, error.path))}>
              {errorText(lang, error)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

// The pages route by the URL's hash, so a jump to a field moves the focus instead of the hash.
function focusField(event: MouseEvent, id: string): void {
  event.preventDefault();
  const field = document.getElementById(id);
  field?.scrollIntoView({ block: 'center' });
  field?.focus();
}
