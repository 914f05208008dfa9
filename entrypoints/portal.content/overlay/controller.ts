// What the overlay shows besides markers: the submit review, the map-by-hand mode, collapsed or not.
import type { ApplicationType } from '../../../rules/schema';
import type { Lang } from '../../../rules/types';

export interface SubmitRequest {
  /** Runs the portal's own submit, untouched. */
  proceed: () => void;
}

export interface OverlayActions {
  saveMapping: (controlKey: string, path: string | null) => void;
  chooseType: (type: ApplicationType) => void;
}

export interface OverlayState {
  lang: Lang;
  submit: SubmitRequest | null;
  mapping: boolean;
  collapsed: boolean;
}

type Listener = (state: OverlayState) => void;

/** Until a unit provides them, the overlay's actions change nothing. */
const NO_ACTIONS: OverlayActions = { saveMapping: () => undefined, chooseType: () => undefined };

export class OverlayController {
  private listeners = new Set<Listener>();
  state: OverlayState;
  actions: OverlayActions = NO_ACTIONS;

  constructor(lang: Lang) {
    this.state = { lang, submit: null, mapping: false, collapsed: false };
  }

  /** Called by the unit that carries out what the user asks of the overlay. */
  provide(actions: OverlayActions): void {
    this.actions = actions;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  set(patch: Partial<OverlayState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener(this.state);
  }

  openSubmit(request: SubmitRequest): void {
    this.set({ submit: request, mapping: false, collapsed: false });
  }
}
