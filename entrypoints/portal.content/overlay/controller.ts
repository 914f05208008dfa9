// What the overlay shows besides markers: the submit review, the map-by-hand mode, collapsed or not,
// and where the user put the chip.
import type { ApplicationType } from '../../../rules/schema';
import type { Lang } from '../../../rules/types';
import { DEFAULT_ANCHOR, type Anchor } from './spot';

export interface SubmitRequest {
  /** Runs the portal's own submit, untouched. */
  proceed: () => void;
}

export interface OverlayActions {
  saveMapping: (controlKey: string, path: string | null) => void;
  chooseType: (type: ApplicationType) => void;
  /** Remembers where the user dragged the chip. */
  saveAnchor: (anchor: Anchor) => void;
}

export interface OverlayState {
  lang: Lang;
  submit: SubmitRequest | null;
  mapping: boolean;
  /** In map-by-hand mode, the control key the user picked to say what it is. */
  mappingTarget: string | null;
  /** Folded to a small pill with the counts: the default, so the chip takes as little room as it can. */
  collapsed: boolean;
  anchor: Anchor;
  /** A frame holding the form shows the tab's chip here (in the top frame): this page's own gives way. */
  chipElsewhere: boolean;
}

type Listener = (state: OverlayState) => void;

/** Until a unit provides them, the overlay's actions change nothing. */
const NO_ACTIONS: OverlayActions = { saveMapping: () => undefined, chooseType: () => undefined, saveAnchor: () => undefined };

export class OverlayController {
  private listeners = new Set<Listener>();
  state: OverlayState;
  actions: OverlayActions = NO_ACTIONS;

  constructor(lang: Lang, anchor: Anchor = DEFAULT_ANCHOR) {
    this.state = { lang, submit: null, mapping: false, mappingTarget: null, collapsed: true, anchor, chipElsewhere: false };
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
    this.set({ submit: request, mapping: false, mappingTarget: null });
  }
}
