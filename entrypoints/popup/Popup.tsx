// The toolbar popup: the checklist of the current tab's case, or, away from the portal, the
// cases worked on last; and the way to the side panel, the dashboard and the options.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { runChecks } from '../../rules/engine';
import type { Lang } from '../../rules/types';
import { activeTab, canOpenSidePanel, dashboardUrl, openDashboard, openOptions, openSidePanel } from '../../components/browserActions';
import { checkCounts } from '../../components/Checklist';
import { formatDate, typeLabel } from '../../components/labels';
import { StatusBadge } from '../../components/StatusBadge';
import { StoreNotice } from '../../components/StoreNotice';
import { TabCaseView } from '../../components/TabCaseView';
import { usePage } from '../../components/usePage';
import { useTabCase } from '../../components/useTabCase';
import { t } from '../../utils/i18n';
import { sendMessage } from '../../utils/messages';
import type { CaseRecord, WageOverride } from '../../utils/store/types';

const RECENT = 5;

export function Popup() {
  const { lang, settings, status, today, ready } = usePage('popup.title');
  const [tab, setTab] = useState<{ tabId: number | null; windowId: number | null } | null>(null);
  useEffect(() => {
    void activeTab().then(setTab);
  }, []);
  const tabCase = useTabCase(tab?.tabId ?? null);
  const loading = !ready || tab === null || (tab.tabId !== null && !tabCase.loaded);
  const record = tabCase.record;

  const andClose = (open: () => Promise<void>) => () => {
    void open()
      .catch(() => undefined)
      .finally(() => window.close());
  };

  return (
    <div class="popup">
      <header class="popup-header">
        <h1>{t(lang, 'common.appName')}</h1>
      </header>
      <main>
        <StoreNotice status={status} lang={lang} />
        {loading ? (
          <p role="status">{t(lang, 'common.loading')}</p>
        ) : tabCase.state ? (
          <TabCaseView tabCase={tabCase} lang={lang} today={today} wageOverride={settings.wageOverride} />
        ) : (
          <RecentCases lang={lang} today={today} wageOverride={settings.wageOverride} />
        )}
      </main>
      <footer class="popup-actions">
        {canOpenSidePanel() && (
          // Opened in direct answer to the click: the browsers refuse it after an await.
          <button type="button" onClick={andClose(() => openSidePanel(tab?.windowId ?? null))}>
            {t(lang, 'popup.openSidePanel')}
          </button>
        )}
        {record && (
          <button type="button" class="secondary" onClick={andClose(() => openDashboard(`#/case/${encodeURIComponent(record.id)}`))}>
            {t(lang, 'popup.editCase')}
          </button>
        )}
        <button type="button" class="secondary" onClick={andClose(() => openDashboard())}>
          {t(lang, 'popup.openDashboard')}
        </button>
        <button type="button" class="secondary" onClick={andClose(openOptions)}>
          {t(lang, 'common.openOptions')}
        </button>
      </footer>
    </div>
  );
}

function RecentCases({ lang, today, wageOverride }: { lang: Lang; today: string; wageOverride: WageOverride | null }) {
  const [records, setRecords] = useState<CaseRecord[] | null>(null);
  useEffect(() => {
    void sendMessage({ type: 'case/list' }).then((reply) => setRecords(reply.ok ? reply.value : []));
  }, []);
  const recent = useMemo(
    () =>
      (records ?? [])
        .slice()
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
        .slice(0, RECENT)
        .map((record) => {
          let counts = null;
          try {
            counts = checkCounts(runChecks(record.case, { lang, today, wageOverride }));
          } catch {
            counts = null;
          }
          return { record, counts };
        }),
    [records, lang, today, wageOverride],
  );

  return (
    <section class="recent" aria-labelledby="recent-title">
      <p class="muted">{t(lang, 'popup.notPortal')}</p>
      <h2 id="recent-title">{t(lang, 'popup.recent')}</h2>
      {records === null ? (
        <p role="status">{t(lang, 'common.loading')}</p>
      ) : recent.length === 0 ? (
        <p class="muted">{t(lang, 'popup.noCases')}</p>
      ) : (
        <ul class="recent-list">
          {recent.map(({ record, counts }) => {
            const c = record.case;
            const name = (c.type === 'employer-registration' || c.type === 'department-change' ? c.employer?.name : c.applicant?.name) || t(lang, 'dashboard.unnamed');
            return (
              <li key={record.id} data-id={record.id}>
                <a href={dashboardUrl(`#/case/${encodeURIComponent(record.id)}`)} target="_blank" rel="noopener">
                  {name}
                </a>
                <span class="muted">{typeLabel(lang, c.type)}</span>
                <StatusBadge status={record.status} lang={lang} />
                {counts && (
                  <span class="recent-counts">
                    {t(lang, 'popup.recentCounts', { errors: counts.errors, missing: counts.missingMaterials })}
                  </span>
                )}
                <span class="muted">{t(lang, 'popup.updated', { date: formatDate(lang, record.updatedAt.slice(0, 10)) })}</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
