// For a tab bound to no case (the page shows none yet, or it is the next applicant's blank form):
// filling a stored case into it starts with the user choosing the case, never with a guess.
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../rules/types';
import { t } from '../utils/i18n';
import { sendMessage } from '../utils/messages';
import type { CaseListItem, CaseRecord } from '../utils/store/types';
import { typeLabel } from './labels';

export function CaseChooser({ lang, onChoose }: { lang: Lang; onChoose: (record: CaseRecord | null) => void }) {
  const [items, setItems] = useState<CaseListItem[]>([]);
  useEffect(() => {
    void sendMessage({ type: 'case/list-items' }).then((reply) => setItems(reply.ok ? reply.value : []));
  }, []);
  if (items.length === 0) return null;
  const choose = async (id: string) => {
    if (id === '') return onChoose(null);
    const reply = await sendMessage({ type: 'case/get', id });
    onChoose(reply.ok ? reply.value : null);
  };
  return (
    <section class="fill-from-case" data-fill-choose="">
      <h2>{t(lang, 'fill.chooseTitle')}</h2>
      <p class="muted">{t(lang, 'fill.chooseHint')}</p>
      <select aria-label={t(lang, 'fill.choose')} onChange={(e) => void choose((e.currentTarget as HTMLSelectElement).value)}>
        <option value="">{t(lang, 'fill.choose')}</option>
        {items.map((item) => (
          <option key={item.id} value={item.id}>{`${item.subject || t(lang, 'dashboard.unnamed')} · ${typeLabel(lang, item.type)}`}</option>
        ))}
      </select>
    </section>
  );
}
