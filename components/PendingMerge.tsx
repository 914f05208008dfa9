// A draft the page made while it matched another case the tab was not bound to: nothing went into
// that case. Asked here: merge the page into it, or keep the draft as a case of its own.
import { useEffect, useState } from 'preact/hooks';
import { subjectOf } from '../rules/application-types';
import type { Lang } from '../rules/types';
import { t } from '../utils/i18n';
import { sendMessage } from '../utils/messages';
import type { CaseRecord } from '../utils/store/types';

export function PendingMerge({ record, lang }: { record: CaseRecord; lang: Lang }) {
  const [target, setTarget] = useState<CaseRecord | null>(null);
  const targetId = record.pendingMerge;
  useEffect(() => {
    if (targetId === undefined) return;
    void sendMessage({ type: 'case/get', id: targetId }).then((reply) => setTarget(reply.ok ? reply.value : null));
  }, [targetId]);
  if (targetId === undefined || !target) return null;
  return (
    <div class="notice warning" role="alert" data-pending-merge={targetId}>
      <p>{t(lang, 'pending.question', { name: subjectOf(target.case) || t(lang, 'dashboard.unnamed') })}</p>
      <div class="actions">
        <button type="button" data-pending="merge" onClick={() => void sendMessage({ type: 'case/merge-pending', id: record.id })}>
          {t(lang, 'pending.merge')}
        </button>
        <button type="button" class="secondary" data-pending="keep" onClick={() => void sendMessage({ type: 'case/keep-pending', id: record.id })}>
          {t(lang, 'pending.keep')}
        </button>
      </div>
    </div>
  );
}
