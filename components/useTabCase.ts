// The case of a browser tab, as the background knows it from the tab's portal page, kept live:
// re-read whenever that tab autosaves or the case changes anywhere.
import { useEffect, useState } from 'preact/hooks';
import { onStoreEvent, sendMessage } from '../utils/messages';
import type { CaseRecord, TabCaseState } from '../utils/store/types';

export interface TabCase {
  /** False until the first answer. */
  loaded: boolean;
  /** Null when the tab shows no portal page we have read. */
  state: TabCaseState | null;
  record: CaseRecord | null;
}

const EMPTY: TabCase = { loaded: false, state: null, record: null };

export function useTabCase(tabId: number | null): TabCase {
  const [value, setValue] = useState<TabCase>(EMPTY);

  useEffect(() => {
    if (tabId === null) {
      setValue(EMPTY);
      return undefined;
    }
    let live = true;
    let caseId: string | null = null;
    let generation = 0;
    const load = async () => {
      const mine = ++generation;
      const stateReply = await sendMessage({ type: 'tab/case', tabId });
      const state = stateReply.ok ? stateReply.value : null;
      let record: CaseRecord | null = null;
      if (state?.caseId) {
        const recordReply = await sendMessage({ type: 'case/get', id: state.caseId });
        record = recordReply.ok ? recordReply.value : null;
      }
      // A slower, older answer must not overwrite a newer one.
      if (!live || mine !== generation) return;
      caseId = state?.caseId ?? null;
      setValue({ loaded: true, state, record });
    };
    void load();
    const stop = onStoreEvent((event) => {
      if (event.type === 'event/tab-changed' && event.tabId === tabId) void load();
      else if (event.type === 'event/cases-changed' && caseId !== null && event.ids.includes(caseId)) void load();
      else if (event.type === 'event/settings-changed') void load();
    });
    return () => {
      live = false;
      stop();
    };
  }, [tabId]);

  return value;
}
