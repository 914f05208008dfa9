// A message at the foot of the page with an optional action (撤销); it stays until closed or
// replaced, so there is no time limit to act on it.
import type { Lang } from '../rules/types';
import { t } from '../utils/i18n';

export interface ToastProps {
  lang: Lang;
  message: string;
  actionLabel?: string;
  onAction?: () => void;
  onClose: () => void;
}

export function Toast({ lang, message, actionLabel, onAction, onClose }: ToastProps) {
  return (
    <div class="toast" role="status">
      <span class="toast-message">{message}</span>
      {actionLabel && onAction && (
        <button type="button" class="small" onClick={onAction}>
          {actionLabel}
        </button>
      )}
      <button type="button" class="small" aria-label={t(lang, 'common.closeNotice')} onClick={onClose}>
        {t(lang, 'common.close')}
      </button>
    </div>
  );
}
