// Settings: language, the average-wage figure (the built-in table, or the user's own), deadline
// reminders; the records set aside because they failed the schema; the store's persistence.
import { useEffect, useState } from 'preact/hooks';
import { fieldLabel } from '../../rules/fields';
import type { Lang } from '../../rules/types';
import { WAGE_TABLE } from '../../rules/wage';
import { downloadJson } from '../../components/download';
import { describeExpected, formatDate } from '../../components/labels';
import { StoreNotice } from '../../components/StoreNotice';
import { usePage } from '../../components/usePage';
import { t, type LangSetting, type MessageKey } from '../../utils/i18n';
import { sendMessage } from '../../utils/messages';
import { CalendarSection } from './CalendarSection';
import type { QuarantineEntry, Settings } from '../../utils/store/types';

const LANG_OPTIONS: ReadonlyArray<{ value: LangSetting; key: MessageKey }> = [
  { value: 'auto', key: 'options.lang.auto' },
  { value: 'zh', key: 'options.lang.zh' },
  { value: 'en', key: 'options.lang.en' },
];

export function Options() {
  const { lang, settings, status, ready } = usePage('options.title');
  const [saved, setSaved] = useState<MessageKey | null>(null);

  const apply = async (patch: Partial<Settings>): Promise<boolean> => {
    const reply = await sendMessage({ type: 'settings/set', patch });
    const ok = reply.ok && reply.value.ok;
    // The page's language may just have changed: say it in the new one.
    setSaved(ok ? 'options.saved' : 'options.saveFailed');
    return ok;
  };

  return (
    <div class="page options-page">
      <header class="page-header">
        <h1>{t(lang, 'options.title')}</h1>
      </header>
      <main>
        <StoreNotice status={status} lang={lang} />
        <p class="save-state" role="status">
          {saved ? t(lang, saved) : ''}
        </p>
        {!ready ? (
          <p role="status">{t(lang, 'common.loading')}</p>
        ) : (
          <>
            <section class="options-section" aria-labelledby="opt-lang">
              <h2 id="opt-lang">{t(lang, 'options.lang.title')}</h2>
              <div class="field">
                <label for="opt-lang-select">{t(lang, 'options.lang.label')}</label>
                <select id="opt-lang-select" value={settings.lang} onChange={(e) => void apply({ lang: e.currentTarget.value as LangSetting })}>
                  {LANG_OPTIONS.map((option) => (
                    <option key={option.value} value={option.value}>
                      {t(lang, option.key)}
                    </option>
                  ))}
                </select>
              </div>
            </section>

            <WageSection lang={lang} settings={settings} apply={apply} />

            <CalendarSection lang={lang} settings={settings} apply={apply} />

            <section class="options-section" aria-labelledby="opt-reminders">
              <h2 id="opt-reminders">{t(lang, 'options.reminders.title')}</h2>
              <span class="check">
                <input id="opt-reminders-on" type="checkbox" checked={settings.reminders} onChange={(e) => void apply({ reminders: e.currentTarget.checked })} />
                <label for="opt-reminders-on">{t(lang, 'options.reminders.label')}</label>
              </span>
              <p class="muted">{t(lang, 'options.reminders.hint')}</p>
            </section>

            <QuarantineSection lang={lang} />

            <section class="options-section" aria-labelledby="opt-storage">
              <h2 id="opt-storage">{t(lang, 'options.storage.title')}</h2>
              <p data-storage={status ? (status.persistent ? 'persistent' : 'memory') : 'unknown'}>
                {status === null
                  ? t(lang, 'common.loading')
                  : status.persistent
                    ? t(lang, 'options.storage.persistent')
                    : t(lang, 'options.storage.memory')}
              </p>
            </section>
          </>
        )}
      </main>
    </div>
  );
}

function WageSection({ lang, settings, apply }: { lang: Lang; settings: Settings; apply: (patch: Partial<Settings>) => Promise<boolean> }) {
  const override = settings.wageOverride;
  const [useOwn, setUseOwn] = useState(override !== null);
  const [monthly, setMonthly] = useState(override ? String(override.monthly) : '');
  const [dataYear, setDataYear] = useState(override ? String(override.dataYear) : '');
  const [error, setError] = useState<MessageKey | null>(null);
  useEffect(() => {
    setUseOwn(override !== null);
    setMonthly(override ? String(override.monthly) : '');
    setDataYear(override ? String(override.dataYear) : '');
  }, [override?.monthly, override?.dataYear]);

  const save = async () => {
    if (!useOwn) {
      setError(null);
      await apply({ wageOverride: null });
      return;
    }
    const amount = Number(monthly.replace(/[,\s，]/g, ''));
    const year = Number(dataYear);
    if (!Number.isFinite(amount) || amount <= 0) return setError('options.wage.badMonthly');
    if (!Number.isInteger(year) || year < 2000 || year > 2100) return setError('options.wage.badYear');
    setError(null);
    if (!(await apply({ wageOverride: { monthly: amount, dataYear: year } }))) setError('options.saveFailed');
  };

  const source = WAGE_TABLE[0];
  return (
    <section class="options-section" aria-labelledby="opt-wage">
      <h2 id="opt-wage">{t(lang, 'options.wage.title')}</h2>
      <p class="muted">{t(lang, 'options.wage.intro')}</p>
      <table class="data wage-table">
        <caption>{t(lang, 'options.wage.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t(lang, 'options.wage.dataYear')}</th>
            <th scope="col" class="num">{t(lang, 'options.wage.monthly')}</th>
            <th scope="col">{t(lang, 'options.wage.effectiveFrom')}</th>
          </tr>
        </thead>
        <tbody>
          {WAGE_TABLE.map((row) => (
            <tr key={row.dataYear}>
              <th scope="row">{t(lang, 'case.form.yearLabel', { year: row.dataYear })}</th>
              <td class="num">{row.monthly.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en')}</td>
              <td>{formatDate(lang, row.effectiveFrom)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {source && (
        <p class="muted wage-source">
          {t(lang, 'options.wage.source', { source: source.source })} <a href={source.sourceUrl} target="_blank" rel="noopener noreferrer">{source.sourceUrl}</a>
        </p>
      )}
      <p class="muted">{t(lang, 'options.wage.effectiveNote')}</p>

      <fieldset>
        <legend>{t(lang, 'options.wage.own')}</legend>
        <span class="check">
          <input id="opt-wage-own" type="checkbox" checked={useOwn} onChange={(e) => setUseOwn(e.currentTarget.checked)} />
          <label for="opt-wage-own">{t(lang, 'options.wage.useOwn')}</label>
        </span>
        <div class="field-grid">
          <div class="field">
            <label for="opt-wage-monthly">{t(lang, 'options.wage.monthlyInput')}</label>
            <input id="opt-wage-monthly" type="text" inputMode="decimal" value={monthly} disabled={!useOwn} onInput={(e) => setMonthly(e.currentTarget.value)} />
          </div>
          <div class="field">
            <label for="opt-wage-year">{t(lang, 'options.wage.dataYearInput')}</label>
            <input id="opt-wage-year" type="text" inputMode="numeric" value={dataYear} disabled={!useOwn} onInput={(e) => setDataYear(e.currentTarget.value)} />
          </div>
        </div>
        {error && (
          <p class="field-error" role="alert">
            {t(lang, error)}
          </p>
        )}
        <button type="button" onClick={() => void save()}>
          {t(lang, 'options.wage.save')}
        </button>
        {override && <p class="muted">{t(lang, 'options.wage.inUse', { monthly: override.monthly, year: override.dataYear })}</p>}
      </fieldset>
    </section>
  );
}

const FROM_KEYS: Record<QuarantineEntry['from'], MessageKey> = {
  cases: 'options.quarantine.from.cases',
  employers: 'options.quarantine.from.employers',
  mappings: 'options.quarantine.from.mappings',
  settings: 'options.quarantine.from.settings',
  autosave: 'options.quarantine.from.autosave',
};

/** A record path with its field's name when it has one: 出生日期（case.applicant.birthDate）. */
function whereOf(lang: Lang, path: string): string {
  const casePath = path.replace(/^case\./, '');
  const label = fieldLabel(casePath, lang);
  return label === casePath ? path : t(lang, 'dashboard.import.pathWithField', { field: label, path });
}

function QuarantineSection({ lang }: { lang: Lang }) {
  const [entries, setEntries] = useState<QuarantineEntry[] | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const load = async () => {
    const reply = await sendMessage({ type: 'quarantine/list' });
    setEntries(reply.ok ? reply.value : []);
  };
  useEffect(() => {
    void load();
  }, []);

  const discard = async (id: string) => {
    await sendMessage({ type: 'quarantine/discard', id });
    setConfirming(null);
    void load();
  };

  return (
    <section class="options-section" aria-labelledby="opt-quarantine">
      <h2 id="opt-quarantine">{t(lang, 'options.quarantine.title')}</h2>
      <p class="muted">{t(lang, 'options.quarantine.intro')}</p>
      {entries === null ? (
        <p role="status">{t(lang, 'common.loading')}</p>
      ) : entries.length === 0 ? (
        <p data-quarantine="empty">{t(lang, 'options.quarantine.empty')}</p>
      ) : (
        <ul class="quarantine-list">
          {entries.map((entry) => {
            const what = t(lang, FROM_KEYS[entry.from]);
            return (
              <li key={entry.id} data-id={entry.id}>
                <p>
                  <strong>{what}</strong> {t(lang, 'options.quarantine.setAsideAt', { date: formatDate(lang, entry.setAsideAt.slice(0, 10)) })}
                </p>
                <p class="muted">
                  {t(lang, 'options.quarantine.reason', { where: whereOf(lang, entry.reason.path), expected: describeExpected(lang, entry.reason.expected) })}
                </p>
                <div class="row-actions">
                  <button
                    type="button"
                    class="secondary small"
                    onClick={() => downloadJson(t(lang, 'options.quarantine.fileName', { date: entry.setAsideAt.slice(0, 10) }), entry.original)}
                  >
                    {t(lang, 'options.quarantine.download')}
                  </button>
                  {confirming === entry.id ? (
                    <>
                      <span role="alert">{t(lang, 'options.quarantine.confirm')}</span>
                      <button type="button" class="danger small" onClick={() => void discard(entry.id)}>
                        {t(lang, 'options.quarantine.confirmDiscard')}
                      </button>
                      <button type="button" class="secondary small" onClick={() => setConfirming(null)}>
                        {t(lang, 'dashboard.import.cancel')}
                      </button>
                    </>
                  ) : (
                    <button type="button" class="danger small" aria-label={t(lang, 'options.quarantine.discardNamed', { what })} onClick={() => setConfirming(entry.id)}>
                      {t(lang, 'options.quarantine.discard')}
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
