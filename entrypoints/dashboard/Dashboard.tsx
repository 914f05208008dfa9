// The dashboard page: the case list, a case's form, employer profiles and the print view, by route.
import { lazy, Suspense } from 'preact/compat';
import { browser } from 'wxt/browser';
import { StoreNotice } from '../../components/StoreNotice';
import { usePage } from '../../components/usePage';
import { t, type MessageKey } from '../../utils/i18n';
import { CaseList } from './CaseList';
import { hrefOf, useRoute, type Route } from './route';
import { useCaseItems } from './useCaseItems';
import { workCalendarOf } from '../../utils/store/calendars';

// The views other than the list are fetched from the extension's package when first shown: the
// list, the view opened most, then parses and runs neither the form nor the engine.
const CaseEditor = lazy(() => import('./CaseEditor').then((m) => ({ default: m.CaseEditor })));
const EmployerProfiles = lazy(() => import('./EmployerProfiles').then((m) => ({ default: m.EmployerProfiles })));
const PrintView = lazy(() => import('./PrintView').then((m) => ({ default: m.PrintView })));

const NAV: ReadonlyArray<{ route: Route; key: MessageKey; views: ReadonlyArray<Route['view']> }> = [
  { route: { view: 'list' }, key: 'dashboard.nav.cases', views: ['list', 'case'] },
  { route: { view: 'new', profileId: null }, key: 'dashboard.nav.new', views: ['new'] },
  { route: { view: 'employers' }, key: 'dashboard.nav.profiles', views: ['employers'] },
];

export function Dashboard() {
  const route = useRoute();
  const { lang, settings, status, today, ready } = usePage(route.view === 'print' ? 'dashboard.printView.title' : 'dashboard.title');
  const wageOverride = settings.wageOverride;
  const calendar = workCalendarOf(settings.calendars);
  // Asked for at once, beside the settings, rather than once they have come.
  const cases = useCaseItems(today, route.view === 'list');

  if (route.view === 'print') {
    return ready ? (
      <Suspense fallback={null}>
        <PrintView ids={route.ids} lang={lang} today={today} wageOverride={wageOverride} calendar={calendar} />
      </Suspense>
    ) : null;
  }

  return (
    <div class="page">
      <header class="page-header">
        <p class="app-name">{t(lang, 'common.appName')}</p>
        <nav class="nav" aria-label={t(lang, 'dashboard.nav.label')}>
          {NAV.map((item) => (
            <a key={item.key} href={hrefOf(item.route)} aria-current={item.views.includes(route.view) ? 'page' : undefined}>
              {t(lang, item.key)}
            </a>
          ))}
        </nav>
        <span class="spacer" />
        <button type="button" class="secondary small" onClick={() => void browser.runtime.openOptionsPage()}>
          {t(lang, 'common.openOptions')}
        </button>
      </header>
      <main>
        <StoreNotice status={status} lang={lang} />
        <Suspense fallback={<p role="status">{t(lang, 'common.loading')}</p>}>
          {!ready ? (
            <p role="status">{t(lang, 'common.loading')}</p>
          ) : route.view === 'list' ? (
            <CaseList lang={lang} today={today} calendar={calendar} cases={cases} />
          ) : route.view === 'employers' ? (
            <EmployerProfiles lang={lang} today={today} />
          ) : (
            <CaseEditor
              key={route.view === 'new' ? `new:${route.profileId ?? ''}` : 'case'}
              id={route.view === 'case' ? route.id : null}
              profileId={route.view === 'new' ? route.profileId : null}
              lang={lang}
              today={today}
              wageOverride={wageOverride}
              calendar={calendar}
            />
          )}
        </Suspense>
      </main>
    </div>
  );
}
