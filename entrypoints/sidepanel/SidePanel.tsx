// The side panel (Chrome) or sidebar (Firefox): the checklist of the active tab's case, live
// while the user types on the portal. A click on a finding asks the page to scroll to its field.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Finding } from '../../rules/types';
import { activeTab, openDashboard } from '../../components/browserActions';
import { StoreNotice } from '../../components/StoreNotice';
import { TabCaseView } from '../../components/TabCaseView';
import { usePage } from '../../components/usePage';
import { useTabCase } from '../../components/useTabCase';
import { t } from '../../utils/i18n';
import { workCalendarOf } from '../../utils/store/calendars';
import { askPage } from '../../utils/portal-messages';

/** Asks the portal page to scroll to a finding's fields (or a material's upload). */
export function revealOnPage(tabId: number, fields: string[], material?: string): void {
  // The page may have gone, or not be the portal any more: nothing to reveal then.
  void askPage(tabId, { type: 'portal/reveal', fields, ...(material !== undefined && { material }) });
}

/** The active tab of this window, followed as the user switches tabs. */
function useActiveTabId(): number | null {
  const [tabId, setTabId] = useState<number | null>(null);
  useEffect(() => {
    let windowId: number | null = null;
    void activeTab().then((tab) => {
      windowId = tab.windowId;
      setTabId(tab.tabId);
    });
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (windowId === null || info.windowId === windowId) setTabId(info.tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, []);
  return tabId;
}

export function SidePanel() {
  const { lang, settings, status, today, ready } = usePage('panel.title');
  const tabId = useActiveTabId();
  const tabCase = useTabCase(tabId);

  const onRevealFinding = (finding: Finding) => {
    if (tabId !== null) revealOnPage(tabId, finding.fields, finding.material);
  };
  const onRevealMaterial = (material: string) => {
    if (tabId !== null) revealOnPage(tabId, ['attachments'], material);
  };

  return (
    <div class="panel">
      <header class="panel-header">
        <h1>{t(lang, 'common.appName')}</h1>
        <button type="button" class="secondary small" onClick={() => void openDashboard()}>
          {t(lang, 'popup.openDashboard')}
        </button>
      </header>
      <main>
        <StoreNotice status={status} lang={lang} />
        {!ready || (tabId !== null && !tabCase.loaded) ? (
          <p role="status">{t(lang, 'common.loading')}</p>
        ) : tabCase.state ? (
          <>
            <p class="muted panel-hint">{t(lang, 'panel.hint')}</p>
            <TabCaseView
              tabCase={tabCase}
              lang={lang}
              today={today}
              wageOverride={settings.wageOverride}
              calendar={workCalendarOf(settings.calendars)}
              onRevealFinding={onRevealFinding}
              onRevealMaterial={onRevealMaterial}
            />
          </>
        ) : (
          <p class="notice" data-notice="not-portal">
            {t(lang, 'panel.notPortal')}
          </p>
        )}
      </main>
    </div>
  );
}
