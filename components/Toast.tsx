// A message at the foot of the page with an optional action (撤销); it stays until closed or
// replaced, so there is no time limit to act on it.
import { useEffect, useRef } from 'preact/hooks';
import type { Lang } from '../rules/types';
import { t } from '../utils/i18n';

export interface ToastProps {
  lang: Lang;
  message: string;
  actionLabel?: string;
  onAction?: () => void;
  onClose: () => void;
  /** Moves the focus to the action: for when the control the user was on went away (a deleted row's button). */
  focusAction?: boolean;
}

export function Toast({ lang, message, actionLabel, onAction, onClose, focusAction = false }: ToastProps) {
  const action = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusAction) action.current?.focus();
  }, [focusAction, message]);
  return (
    <div class="toast" role="status">
      <span class="toast-message">{message}</span>
      {actionLabel && onAction && (
        <button type="button" class="small" ref={action} onClick={onAction}>
          {actionLabel}
        </button>
      )}
      <button type="button" class="small" aria-label={t(lang, 'common.closeNotice')} onClick={onClose}>
        {t(lang, 'common.close')}
      </button>
    </div>
  );
}
