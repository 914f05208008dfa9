// Knows whether the page's structure changed since the last read, so a read after a keystroke
// (which changes only an input's value, not the DOM) can skip finding controls, labels and
// attachment rows again. The records are taken synchronously at each read, never late.

/** Custom elements are not the portal's (Vue 2 renders plain elements): the extension's own overlay host is one. */
function isForeign(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).tagName.includes('-');
}

function matters(record: MutationRecord): boolean {
  if (isForeign(record.target)) return false;
  if (record.type !== 'childList') return true;
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return nodes.length === 0 || !nodes.every(isForeign);
}

export class StructureWatch {
  private readonly observer: MutationObserver | null;
  private changed = true;

  constructor(readonly doc: Document) {
    const Observer = doc.defaultView?.MutationObserver ?? (typeof MutationObserver === 'function' ? MutationObserver : undefined);
    // Records delivered to the callback leave the queue takeRecords() reads: note them here too.
    this.observer = Observer
      ? new Observer((records) => {
          if (records.some(matters)) this.changed = true;
        })
      : null;
    this.observer?.observe(doc, { subtree: true, childList: true, attributes: true, characterData: true });
  }

  /** True when the structure may have changed since the last call (always true without an observer). */
  takeChanged(): boolean {
    if (!this.observer) return true;
    const records = this.observer.takeRecords();
    const changed = this.changed || records.some(matters);
    this.changed = false;
    return changed;
  }

  /** Forces the next read to look at the whole page again. */
  markChanged(): void {
    this.changed = true;
  }

  disconnect(): void {
    this.observer?.disconnect();
  }
}
