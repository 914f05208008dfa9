// A unit is one behaviour of the content script, started with the page and stopped with it.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Session } from '../session';
import type { OverlayController } from '../overlay/controller';
import type { Bridge } from '../bridge';

export interface UnitEnv {
  ctx: ContentScriptContext;
  session: Session;
  overlay: OverlayController;
  bridge: Bridge;
  /** Identifies the page for hand mappings and drafts: host, path and hash route. */
  pageKey: () => string;
  /** Random per document: a preview or a binding made for this document is refused by the next. */
  docNonce: string;
  /** Elements of our own overlay, whose changes are not changes of the page. */
  isOwnNode: (node: Node) => boolean;
  /** Whether the 提交 review is on screen where the user can see and use it. */
  reviewShown: () => boolean;
}

export interface Unit {
  id: string;
  start: (env: UnitEnv) => void;
}
