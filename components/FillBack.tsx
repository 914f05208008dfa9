// 填入表单 in the popup and the side panel: asks the portal page what writing the stored case would
// change, lets the user untick fields, then has the page write the rest. Fields a choice reveals
// (住所类型 → 租赁截止日期) are offered in a further round; nothing is written unconfirmed. Fields the
// page already shows a value in start unticked, and a page showing another ID number, name or
// credit code says so above the list. A preview holds for its case and the page's document only.
import { useState } from 'preact/hooks';
import type { Lang, Text } from '../rules/types';
import { t } from '../utils/i18n';
import { askPage, type FillOutcome, type FillPreviewItem, type FillReason } from '../utils/portal-messages';

export interface FillBackProps {
  tabId: number;
  caseId: string;
  /** Who the case is about, for the warning when the page shows someone else. */
  subject: string;
  /** The stored case; taken as it is when the user starts, since autosaves change it while filling. */
  caseData: unknown;
  lang: Lang;
}

type Phase =
  | { name: 'idle' }
  | { name: 'busy'; message: 'fill.loading' | 'fill.applying' }
  | { name: 'preview'; items: FillPreviewItem[]; chosen: ReadonlySet<string>; revealed: boolean }
  | { name: 'done' }
  | { name: 'error'; message: 'fill.unreachable' | 'fill.busy' | 'fill.stale' };

const errorMessage = (error: 'busy' | 'failed' | 'stale') => (error === 'busy' ? 'fill.busy' : error === 'stale' ? 'fill.stale' : 'fill.unreachable');

/** Ticked at first: only what fills an empty field of the page, never a different identity. */
const tickedAtFirst = (item: FillPreviewItem) => item.from === '' && !item.identity;

const EMPTY_OUTCOME: FillOutcome = { written: [], failed: [] };

export function FillBack({ tabId, caseId, subject, caseData, lang }: FillBackProps) {
  const [phase, setPhase] = useState<Phase>({ name: 'idle' });
  const [source, setSource] = useState<unknown>(null);
  const [outcome, setOutcome] = useState<FillOutcome | null>(null);
  const [blocked, setBlocked] = useState<FillPreviewItem[]>([]);
  const [offered, setOffered] = useState<ReadonlySet<string>>(new Set());
  const [labels, setLabels] = useState<ReadonlyMap<string, Text>>(new Map());
  /** The document the preview was made in; the apply names it, and the page refuses another. */
  const [docNonce, setDocNonce] = useState('');

  /**
   * Asks for the preview; offers only fields not offered before in this round of filling. A later
   * round (`expected`: the document of the first) must come from the same document.
   */
  const preview = async (stored: unknown, seen: ReadonlySet<string>, revealed: boolean, expected: string | null) => {
    const reply = await askPage(tabId, { type: 'portal/fill-preview', caseId, case: stored });
    if (!reply) return setPhase({ name: 'error', message: 'fill.unreachable' });
    if (!reply.ok) return setPhase({ name: 'error', message: errorMessage(reply.error) });
    if (expected !== null && reply.value.docNonce !== expected) return setPhase({ name: 'error', message: 'fill.stale' });
    setDocNonce(reply.value.docNonce);
    const items = reply.value.items;
    setLabels((known) => new Map([...known, ...items.map((item) => [item.path, item.label] as const)]));
    setBlocked(items.filter((item) => item.blocked));
    const fresh = items.filter((item) => !item.blocked && !seen.has(item.path));
    if (fresh.length === 0) return setPhase({ name: 'done' });
    setOffered(new Set([...seen, ...fresh.map((item) => item.path)]));
    setPhase({ name: 'preview', items: fresh, chosen: new Set(fresh.filter(tickedAtFirst).map((item) => item.path)), revealed });
  };

  const start = () => {
    const stored = structuredClone(caseData);
    setSource(stored);
    setOutcome(null);
    setBlocked([]);
    setDocNonce('');
    setPhase({ name: 'busy', message: 'fill.loading' });
    void preview(stored, new Set(), false, null);
  };

  const apply = async (paths: string[]) => {
    setPhase({ name: 'busy', message: 'fill.applying' });
    const reply = await askPage(tabId, { type: 'portal/fill-apply', caseId, docNonce, case: source, paths });
    if (!reply) return setPhase({ name: 'error', message: 'fill.unreachable' });
    if (!reply.ok) return setPhase({ name: 'error', message: errorMessage(reply.error) });
    const done = reply.value;
    setOutcome((before) => {
      const sum = before ?? EMPTY_OUTCOME;
      return { written: [...sum.written, ...done.written], failed: [...sum.failed, ...done.failed] };
    });
    await preview(source, offered, true, docNonce);
  };

  const labelOf = (path: string) => labels.get(path)?.[lang] ?? path;
  const shown = (value: string) => (value === '' ? t(lang, 'fill.emptyValue') : value);
  const reason = (why: FillReason) => t(lang, `fill.reason.${why}`);

  if (phase.name === 'idle') {
    return (
      <div class="fill-back">
        <button type="button" class="secondary" data-fill="start" onClick={start}>
          {t(lang, 'fill.button')}
        </button>
      </div>
    );
  }
  if (phase.name === 'busy') {
    return (
      <div class="fill-back">
        <p role="status">{t(lang, phase.message)}</p>
      </div>
    );
  }

  const close = (
    <button type="button" class="secondary small" data-fill="close" onClick={() => setPhase({ name: 'idle' })}>
      {t(lang, 'fill.close')}
    </button>
  );
  const summary = outcome && (
    <>
      <p role="status" data-fill="written">
        {t(lang, 'fill.written', { n: outcome.written.length })}
      </p>
      {outcome.failed.length > 0 && (
        <>
          <p>{t(lang, 'fill.failedTitle')}</p>
          <ul class="fill-failed">
            {outcome.failed.map((entry) => (
              <li key={entry.path} data-fill-failed={entry.path} data-reason={entry.reason}>
                {labelOf(entry.path)}: {reason(entry.reason)}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
  const blockedList = blocked.length > 0 && (
    <>
      <p>{t(lang, 'fill.blockedTitle')}</p>
      <ul class="fill-blocked">
        {blocked.map((item) => (
          <li key={item.path} data-fill-blocked={item.path}>
            {item.label[lang]}: {reason(item.blocked!)}
          </li>
        ))}
      </ul>
    </>
  );

  if (phase.name === 'error') {
    return (
      <div class="fill-back">
        <p class="notice warning" role="alert">
          {t(lang, phase.message)}
        </p>
        {close}
      </div>
    );
  }
  if (phase.name === 'done') {
    return (
      <div class="fill-back" data-fill="done">
        {summary ?? <p role="status">{t(lang, 'fill.nothing')}</p>}
        {blockedList}
        {close}
      </div>
    );
  }

  const { items, chosen, revealed } = phase;
  const toggle = (path: string) => {
    const next = new Set(chosen);
    if (next.has(path)) next.delete(path);
    else next.add(path);
    setPhase({ ...phase, chosen: next });
  };
  const clashes = items.filter((item) => item.identity);
  return (
    <section class="fill-back" data-fill="preview" aria-label={t(lang, 'fill.previewTitle')}>
      {summary}
      {clashes.length > 0 && (
        <div class="notice error" role="alert" data-fill="identity">
          <p>{t(lang, 'fill.identityTitle', { name: subject || t(lang, 'dashboard.unnamed') })}</p>
          <ul>
            {clashes.map((item) => (
              <li key={item.path} data-fill-identity={item.path}>
                {t(lang, 'fill.identityRow', { field: item.label[lang], page: item.from, stored: shown(item.to) })}
              </li>
            ))}
          </ul>
        </div>
      )}
      <p>{t(lang, revealed ? 'fill.revealed' : 'fill.previewHint')}</p>
      {items.some((item) => item.from !== '') && <p class="muted">{t(lang, 'fill.filledUnticked')}</p>}
      <ul class="fill-list">
        {items.map((item) => (
          <li key={item.path} data-fill-row={item.path} data-kind={item.kind} {...(item.identity && { 'data-identity': '' })}>
            <label>
              <input type="checkbox" checked={chosen.has(item.path)} onChange={() => toggle(item.path)} />
              <span class="fill-field">{item.label[lang]}</span>
              {item.pageLabel !== '' && item.pageLabel !== item.label.zh && (
                // The page's own name beside ours: a field read as the wrong one shows here.
                <span class="fill-page-label muted" title={t(lang, 'fill.pageLabel')}>
                  {` (${item.pageLabel})`}
                </span>
              )}
            </label>
            <span class="fill-change">
              <span class="fill-from" title={t(lang, 'fill.pageValue')}>
                {shown(item.from)}
              </span>
              {' → '}
              <span class="fill-to" title={t(lang, 'fill.storedValue')}>
                {shown(item.to)}
              </span>
            </span>
          </li>
        ))}
      </ul>
      {blockedList}
      <div class="fill-actions">
        <button type="button" data-fill="confirm" disabled={chosen.size === 0} onClick={() => void apply(items.map((item) => item.path).filter((path) => chosen.has(path)))}>
          {t(lang, 'fill.confirm')}
        </button>
        <button type="button" class="secondary" data-fill="cancel" onClick={() => setPhase(outcome ? { name: 'done' } : { name: 'idle' })}>
          {t(lang, 'fill.cancel')}
        </button>
      </div>
    </section>
  );
}
