// Binds a draft, its change handler and its schema errors into the FormApi the inputs use.
import { useMemo, useState } from 'preact/hooks';
import type { Lang } from '../../rules/types';
import { getAt, withValueAt } from '../../rules/paths';
import { type Draft, type FieldError } from '../caseDraft';
import { fieldId, type FormApi } from './fields';

export interface FormApiOptions {
  lang: Lang;
  idPrefix: string;
  /** Shows every error at once (after a save attempt), not only those of fields the user has left. */
  showAllErrors: boolean;
}

export function useFormApi(
  draft: Draft,
  onChange: (draft: Draft) => void,
  errors: readonly FieldError[],
  { lang, idPrefix, showAllErrors }: FormApiOptions,
): { f: FormApi; shownErrors: FieldError[] } {
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const errorsByPath = useMemo(() => new Map(errors.map((e) => [e.path, e])), [errors]);
  const visible = (error: FieldError) => showAllErrors || touched.has(error.path);
  const f: FormApi = {
    lang,
    get: (path) => getAt(draft, path),
    set: (path, value) => onChange(withValueAt(draft, path, value)),
    update: (change) => onChange(change(draft)),
    error: (path) => {
      const error = errorsByPath.get(path);
      return error && visible(error) ? error : undefined;
    },
    touch: (path) => {
      if (!touched.has(path)) setTouched(new Set([...touched, path]));
    },
    id: (path) => fieldId(idPrefix, path),
  };
  return { f, shownErrors: errors.filter(visible) };
}
