// The toolbar popup: the checklist of the current tab's case, or, away from the portal, the
// cases worked on last; and the way to the side panel, the dashboard and the options.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Lang } from '../../rules/types';
import { activeTab, canOpenSidePanel, dashboardUrl, openDashboard, openOptions, openSidePanel } from '../../components/browserActions';
import { formatDate, typeLabel } from '../../components/labels';
import { StatusBadge } from '../../components/StatusBadge';
import { StoreNotice } from '../../components/StoreNotice';
import { TabCaseView } from '../../components/TabCaseView';
import { usePage } from '../../components/usePage';
import { useTabCase } from '../../components/useTabCase';
import { t } from '../../utils/i18n';
import { sendMessage } from '../../utils/messages';
import type { CaseListItem } from '../../utils/store/types';
import { workCalendarOf } from '../../utils/store/calendars';

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
          <TabCaseView tabCase={tabCase} lang={lang} today={today} wageOverride={settings.wageOverride} calendar={workCalendarOf(settings.calendars)} />
        ) : (
          <RecentCases lang={lang} />
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

/** The cases worked on last, from the background's list items (counts made there, no full records). */
function RecentCases({ lang }: { lang: Lang }) {
  const [items, setItems] = useState<CaseListItem[] | null>(null);
  useEffect(() => {
    void sendMessage({ type: 'case/list-items' }).then((reply) => setItems(reply.ok ? reply.value : []));
  }, []);
  const recent = useMemo(() => (items ?? []).slice().sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).slice(0, RECENT), [items]);

  return (
    <section class="recent" aria-labelledby="recent-title">
      <p class="muted">{t(lang, 'popup.notPortal')}</p>
      <h2 id="recent-title">{t(lang, 'popup.recent')}</h2>
      {items === null ? (
        <p role="status">{t(lang, 'common.loading')}</p>
      ) : recent.length === 0 ? (
        <p class="muted">{t(lang, 'popup.noCases')}</p>
      ) : (
        <ul class="recent-list">
          {recent.map((item) => (
            <li key={item.id} data-id={item.id}>
              <a href={dashboardUrl(`#/case/${encodeURIComponent(item.id)}`)} target="_blank" rel="noopener">
                {item.subject || t(lang, 'dashboard.unnamed')}
              </a>
              <span class="muted">{typeLabel(lang, item.type)}</span>
              <StatusBadge status={item.status} lang={lang} />
              {item.counts && (
                <span class="recent-counts" data-errors={item.counts.errors} data-missing={item.counts.missingMaterials}>
                  {t(lang, 'popup.recentCounts', { errors: item.counts.errors, missing: item.counts.missingMaterials })}
                </span>
              )}
              <span class="muted">{t(lang, 'popup.updated', { date: formatDate(lang, item.updatedAt.slice(0, 10)) })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
