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

export class OverlayController {
  private listeners = new Set<Listener>();
  state: OverlayState;

  constructor(lang: Lang, readonly actions: OverlayActions) {
    this.state = { lang, submit: null, mapping: false, collapsed: false };
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
