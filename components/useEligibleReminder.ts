// Whether the user asked to be reminded of a stored case's first day to apply, kept live, and the
// way to set it: the background keeps the choice and wakes on that day (utils/store/reminders.ts).
import { useEffect, useState } from 'preact/hooks';
import { onStoreEvent, sendMessage } from '../utils/messages';

export interface EligibleReminder {
  on: boolean;
  onChange: (on: boolean) => void;
}

/** The reminder of a case's first day to apply; undefined while the case is not stored (no id) or not known yet. */
export function useEligibleReminder(caseId: string | null | undefined): EligibleReminder | undefined {
  const [on, setOn] = useState<boolean | null>(null);

  useEffect(() => {
    setOn(null);
    if (!caseId) return undefined;
    let live = true;
    const load = async () => {
      const reply = await sendMessage({ type: 'reminders/eligible' });
      if (live && reply.ok) setOn(reply.value.includes(caseId));
    };
    void load();
    const stop = onStoreEvent((event) => {
      if (event.type === 'event/reminders-changed') void load();
    });
    return () => {
      live = false;
      stop();
    };
  }, [caseId]);

  if (!caseId || on === null) return undefined;
  return {
    on,
    onChange: (next) => {
      setOn(next);
      void sendMessage({ type: 'reminders/set-eligible', id: caseId, on: next }).then((reply) => {
        // Not stored after all (deleted meanwhile) or no answer: show what the store holds.
        if (!reply.ok || !reply.value) setOn(false);
      });
    },
  };
}
