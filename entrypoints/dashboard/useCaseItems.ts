// The case list's items, kept in step with the store: fetched whole once (and again when the day or
// the settings change, which changes the checks), then only the cases the background says
// changed. Changes that come close together are fetched together once they pause, so a run of
// saves or autosaves costs the page one small request, not a full reload per save.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { onStoreEvent, sendMessage } from '../../utils/messages';
import type { CaseListItem } from '../../utils/store/types';

/** Changes announced closer together than this are fetched in one request. */
export const REFRESH_DELAY_MS = 150;

export interface CaseItems {
  /** Null until the first reply. */
  items: CaseListItem[] | null;
  /** Why the last fetch failed; null when it worked. */
  error: string | null;
  /** Fetches the cases with these ids now (every case when absent), after the page's own change. */
  refresh: (ids?: readonly string[]) => Promise<void>;
}

/** `current` with the items of `ids` replaced by those fetched; an id not fetched was deleted. */
function merge(current: readonly CaseListItem[], ids: readonly string[], fetched: readonly CaseListItem[]): CaseListItem[] {
  const changed = new Set(ids);
  return [...fetched, ...current.filter((item) => !changed.has(item.id))];
}

/**
 * Nothing is fetched until `wanted` (the list is shown); from then on the items follow the store,
 * also while another view is shown, so that coming back to the list costs nothing.
 */
export function useCaseItems(today: string, wanted: boolean): CaseItems {
  const [items, setItems] = useState<CaseListItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const live = useRef(true);
  // One fetch at a time, so that replies are applied in the order they were asked for.
  const queue = useRef<Promise<void>>(Promise.resolve());

  const refresh = (ids?: readonly string[]): Promise<void> => {
    const next = queue.current.then(async () => {
      const reply = await sendMessage(ids ? { type: 'case/list-items', ids: [...ids] } : { type: 'case/list-items' });
      if (!live.current) return;
      if (!reply.ok) {
        setError(reply.error);
        setItems((current) => current ?? []);
        return;
      }
      setError(null);
      setItems((current) => (ids && current ? merge(current, ids, reply.value) : reply.value));
    });
    queue.current = next.catch(() => undefined);
    return next;
  };
  const refreshRef = useRef(refresh);
  refreshRef.current = refresh;
  // Once wanted, always: events are followed and the day watched from then on.
  const active = useRef(false);
  const activated = wanted || active.current;
  active.current = activated;

  useEffect(() => {
    live.current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let all = false;
    const changed = new Set<string>();
    const stop = onStoreEvent((event) => {
      if (!active.current) return;
      if (event.type === 'event/settings-changed') all = true;
      else if (event.type !== 'event/cases-changed') return;
      // No ids: many cases changed at once (an import).
      else if (event.ids.length === 0) all = true;
      else for (const id of event.ids) changed.add(id);
      clearTimeout(timer);
      timer = setTimeout(() => {
        const ids = all ? undefined : [...changed];
        all = false;
        changed.clear();
        void refreshRef.current(ids);
      }, REFRESH_DELAY_MS);
    });
    return () => {
      live.current = false;
      clearTimeout(timer);
      stop();
    };
  }, []);

  // The checks depend on the day: every item is fetched again when it changes. Asked for as soon
  // as the page is built, not after its first paint (when Preact runs useEffect).
  useLayoutEffect(() => {
    if (activated) void refresh();
  }, [today, activated]);

  return { items, error, refresh };
}
