// What the popup, the side panel and the pages open: the side panel (Chrome) or sidebar (Firefox),
// the dashboard, the options.
import { browser } from 'wxt/browser';

/** The URL of one of our files. Typed loosely: WXT types getURL with the files public/ and the build hold now. */
export const urlOf = (path: string) => (browser.runtime.getURL as (path: string) => string)(path);

interface SidebarApis {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

const apis = () => browser as unknown as SidebarApis;

/** Whether this browser has a side panel (Chrome 116+) or a sidebar (Firefox) to open. */
export function canOpenSidePanel(): boolean {
  const { sidePanel, sidebarAction } = apis();
  return typeof sidePanel?.open === 'function' || typeof sidebarAction?.open === 'function';
}

/**
 * Opens the side panel. Both browsers accept this only in direct answer to a click, so nothing
 * may be awaited before the call: the window id must be known beforehand.
 */
export function openSidePanel(windowId: number | null): Promise<void> {
  const { sidePanel, sidebarAction } = apis();
  if (typeof sidebarAction?.open === 'function') return sidebarAction.open();
  if (typeof sidePanel?.open === 'function' && windowId !== null) return sidePanel.open({ windowId });
  return Promise.resolve();
}

export function dashboardUrl(hash = ''): string {
  return `${urlOf('/dashboard.html')}${hash}`;
}

export async function openDashboard(hash = ''): Promise<void> {
  await browser.tabs.create({ url: dashboardUrl(hash) });
}

export async function openOptions(): Promise<void> {
  await browser.runtime.openOptionsPage();
}

/** The active tab of the current window, or nulls where there is none (or it is not reachable). */
export async function activeTab(): Promise<{ tabId: number | null; windowId: number | null }> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return { tabId: tab?.id ?? null, windowId: tab?.windowId ?? null };
  } catch {
    return { tabId: null, windowId: null };
  }
}
