// The one MutationObserver of a document (Bitwarden's mutation queue, in small). It decides once
// what is ours (the overlay host, whose records are not changes of the page), queues the records
// and looks at them in idle time, then feeds two consumers: the reader's structure flag (a read
// after a keystroke, which changes no DOM, skips finding controls again) and the listeners that
// re-check the page. Records still queued are looked at before a read, so a read is never late.

/** After this many observer callbacks in a second the watch pauses for a second: some pages animate forever. */
export const MUTATION_BURSTS_PER_SECOND = 20;
const PAUSE_MS = 1000;
/** Upper bound on how long queued records may wait for an idle moment. */
const IDLE_TIMEOUT_MS = 200;

type NodeTest = (node: Node) => boolean;

/** A record is ours when its target is, or when it only adds or removes nodes of ours. */
export function isOwnRecord(record: MutationRecord, ours: NodeTest): boolean {
  if (ours(record.target)) return true;
  if (record.type !== 'childList') return false;
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return nodes.length > 0 && nodes.every(ours);
}

const watches = new WeakMap<Document, PageWatch>();

export class PageWatch {
  /** The watch of a document, started on first use. */
  static of(doc: Document): PageWatch {
    let watch = watches.get(doc);
    if (!watch) {
      watch = new PageWatch(doc);
      watches.set(doc, watch);
    }
    return watch;
  }

  private observer: MutationObserver | null = null;
  private queue: MutationRecord[][] = [];
  private readonly ownTests = new Set<NodeTest>();
  private readonly flags = new Set<{ changed: boolean }>();
  private readonly listeners = new Set<() => void>();
  private processing: (() => void) | null = null;
  private bursts = 0;
  private burstWindowStart = 0;
  private pause: ReturnType<typeof setTimeout> | undefined;

  private constructor(readonly doc: Document) {
    this.connect();
  }

  /** Whether the page is being watched; while it is not (no observer, or paused), every read looks again. */
  get watching(): boolean {
    return this.observer !== null;
  }

  /** Marks nodes as ours: their records are not changes of the page. Returns the undo. */
  ignore(ours: NodeTest): () => void {
    this.ownTests.add(ours);
    return () => this.ownTests.delete(ours);
  }

  /** Called once per batch of records that changed the page, in idle time. Returns the undo. */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
      this.stopWhenUnused();
    };
  }

  /** A flag set by every change of the page, for one consumer to take and clear. */
  flag(): { changed: boolean; release: () => void } {
    const flag = {
      changed: true,
      release: () => {
        this.flags.delete(flag);
        this.stopWhenUnused();
      },
    };
    this.flags.add(flag);
    return flag;
  }

  /** Looks at every record the page produced so far, now rather than in idle time. */
  flush(): void {
    if (this.observer) {
      let records: unknown;
      try {
        records = this.observer.takeRecords();
      } catch {
        records = null;
      }
      if (Array.isArray(records) && records.length > 0) this.queue.push(records);
    }
    this.process();
  }

  /** Stops observing; the next PageWatch.of starts a fresh watch. */
  dispose(): void {
    this.disconnect();
    if (this.pause !== undefined) clearTimeout(this.pause);
    this.pause = undefined;
    this.queue = [];
    this.flags.clear();
    this.listeners.clear();
    if (watches.get(this.doc) === this) watches.delete(this.doc);
  }

  private connect(): void {
    const Observer = this.doc.defaultView?.MutationObserver ?? (typeof MutationObserver === 'function' ? MutationObserver : undefined);
    if (!Observer) return;
    const observer = new Observer((records) => this.enqueue(records));
    // A page may refuse some options (a patched observe): fewer kinds of change beat none.
    for (const options of [
      { subtree: true, childList: true, attributes: true, characterData: true },
      { subtree: true, childList: true, attributes: true },
    ]) {
      try {
        observer.observe(this.doc, options);
        this.observer = observer;
        return;
      } catch {
        // Try the next, smaller set of options.
      }
    }
  }

  private disconnect(): void {
    this.observer?.disconnect();
    this.observer = null;
    if (this.processing) this.processing();
    this.processing = null;
  }

  private enqueue(records: MutationRecord[]): void {
    const now = Date.now();
    if (now - this.burstWindowStart > 1000) {
      this.burstWindowStart = now;
      this.bursts = 0;
    }
    this.queue.push(records);
    if (++this.bursts > MUTATION_BURSTS_PER_SECOND) {
      // Records the paused observer misses are changes too: the pause counts as one.
      this.disconnect();
      this.changed();
      this.pause = setTimeout(() => {
        this.pause = undefined;
        this.connect();
        this.changed();
      }, PAUSE_MS);
      return;
    }
    this.scheduleProcessing();
  }

  private scheduleProcessing(): void {
    if (this.processing) return;
    const run = () => {
      this.processing = null;
      this.process();
    };
    try {
      if (typeof requestIdleCallback !== 'function') throw new Error('no idle callbacks');
      const handle = requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
      this.processing = () => cancelIdleCallback(handle);
    } catch {
      const handle = setTimeout(run, 0);
      this.processing = () => clearTimeout(handle);
    }
  }

  private process(): void {
    if (this.processing) this.processing();
    this.processing = null;
    const batches = this.queue;
    this.queue = [];
    const ours = (node: Node) => [...this.ownTests].some((test) => test(node));
    // One record of the page is enough: the rest of the queue can tell nothing more.
    if (batches.some((records) => records.some((record) => !isOwnRecord(record, ours)))) this.changed();
  }

  private changed(): void {
    for (const flag of this.flags) flag.changed = true;
    for (const listener of [...this.listeners]) {
      try {
        listener();
      } catch {
        // One broken listener must not keep the others from hearing of the change.
      }
    }
  }

  private stopWhenUnused(): void {
    if (this.flags.size === 0 && this.listeners.size === 0) this.dispose();
  }
}

/**
 * The reader's view of the page watch: whether the structure changed since the last read. Always
 * true when the page cannot be watched.
 */
export class StructureWatch {
  private readonly watch: PageWatch;
  private readonly flag: { changed: boolean; release: () => void };

  constructor(readonly doc: Document) {
    this.watch = PageWatch.of(doc);
    this.flag = this.watch.flag();
  }

  /** True when the structure may have changed since the last call. */
  takeChanged(): boolean {
    if (!this.watch.watching) return true;
    this.watch.flush();
    const changed = this.flag.changed;
    this.flag.changed = false;
    return changed;
  }

  /** Forces the next read to look at the whole page again. */
  markChanged(): void {
    this.flag.changed = true;
  }

  disconnect(): void {
    this.flag.release();
  }
}
