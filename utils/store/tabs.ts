// Per-tab state of the background: which case each portal tab last saved. Kept in memory and, when
// the browser has it, in storage.session, because Chrome stops an idle service worker while the
// content script and the popup keep running.
import type { TabCaseState } from './types';

/** The part of storage.session this needs. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const keyOf = (tabId: number) => `tab:${tabId}`;

export class TabStates {
  private readonly cache = new Map<number, TabCaseState>();

  constructor(private readonly session?: SessionArea) {}

  async get(tabId: number): Promise<TabCaseState | null> {
    const cached = this.cache.get(tabId);
    if (cached) return cached;
    if (!this.session) return null;
    try {
      const stored = (await this.session.get(keyOf(tabId)))[keyOf(tabId)];
      if (typeof stored !== 'object' || stored === null) return null;
      const state = stored as TabCaseState;
      this.cache.set(tabId, state);
      return state;
    } catch {
      return null;
    }
  }

  async set(state: TabCaseState): Promise<void> {
    this.cache.set(state.tabId, state);
    await this.session?.set({ [keyOf(state.tabId)]: state }).catch(() => undefined);
  }

  /**
   * Binds the tabs bound to case `from` to case `to` (a draft merged into it); returns their ids.
   * Tabs known from this background's run only: after a restart such a tab shows no case until its
   * page saves again.
   */
  async rebind(from: string, to: string): Promise<number[]> {
    const moved = [...this.cache.values()].filter((state) => state.caseId === from);
    for (const state of moved) await this.set({ ...state, caseId: to });
    return moved.map((state) => state.tabId);
  }

  async remove(tabId: number): Promise<void> {
    this.cache.delete(tabId);
    await this.session?.remove(keyOf(tabId)).catch(() => undefined);
  }
}
