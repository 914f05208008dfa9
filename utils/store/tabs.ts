// Per-tab state of the background: which case each portal tab last saved. Kept in memory and, when
// the browser has it, in storage.session, because Chrome stops an idle service worker while the
// content script and the popup keep running.
import type { TabCaseState } from './types';

/** The part of storage.session this needs. */
export interface SessionArea {
  /** null: every key (storage.session.get(null)). */
  get(key: string | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const keyOf = (tabId: number) => `tab:${tabId}`;
const tabIdOf = (key: string): number | null => (/^tab:\d+$/.test(key) ? Number(key.slice(4)) : null);

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
   * The stored states count too: a tab bound before the service worker last stopped shows the
   * merged case at once, not only after its page saves again.
   */
  async rebind(from: string, to: string): Promise<number[]> {
    const moved = (await this.all()).filter((state) => state.caseId === from);
    for (const state of moved) await this.set({ ...state, caseId: to });
    return moved.map((state) => state.tabId);
  }

  /** Every tab's state, this run's and the stored ones (a stored one the cache lacks is cached). */
  private async all(): Promise<TabCaseState[]> {
    if (this.session) {
      try {
        for (const [key, stored] of Object.entries(await this.session.get(null))) {
          const tabId = tabIdOf(key);
          if (tabId === null || this.cache.has(tabId) || typeof stored !== 'object' || stored === null) continue;
          this.cache.set(tabId, stored as TabCaseState);
        }
      } catch {
        // The cache alone, as before a restart.
      }
    }
    return [...this.cache.values()];
  }

  async remove(tabId: number): Promise<void> {
    this.cache.delete(tabId);
    await this.session?.remove(keyOf(tabId)).catch(() => undefined);
  }
}
