// The dashboard's handle on the roster worker (worker.ts): one request at a time, as promises.
import type { RosterField, RosterResult, RosterType } from '../../rules/roster';
import type { RosterReadReply, RosterWorkerReply, RosterWorkerRequest } from './worker';

export interface RosterReader {
  read(bytes: ArrayBuffer): Promise<RosterReadReply>;
  map(mapping: (RosterField | null)[], rosterType: RosterType, onProgress: (done: number, total: number) => void): Promise<RosterResult>;
  close(): void;
}

export function startRosterReader(): RosterReader {
  // Vite bundles the worker as a file of its own in the extension: same origin, no remote code.
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  let pending: { resolve: (reply: RosterWorkerReply) => void; reject: (error: Error) => void; onProgress?: (done: number, total: number) => void } | null = null;
  worker.addEventListener('message', (event: MessageEvent<RosterWorkerReply>) => {
    const reply = event.data;
    if (reply.type === 'progress') return pending?.onProgress?.(reply.done, reply.total);
    const waiting = pending;
    pending = null;
    if (reply.type === 'failed') waiting?.reject(new Error(reply.message));
    else waiting?.resolve(reply);
  });
  worker.addEventListener('error', (event) => {
    const waiting = pending;
    pending = null;
    waiting?.reject(new Error(event.message || 'roster worker failed'));
  });
  const ask = (request: RosterWorkerRequest, transfer: Transferable[] = [], onProgress?: (done: number, total: number) => void) =>
    new Promise<RosterWorkerReply>((resolve, reject) => {
      pending?.reject(new Error('superseded'));
      pending = { resolve, reject, ...(onProgress && { onProgress }) };
      worker.postMessage(request, transfer);
    });
  return {
    read: async (bytes) => (await ask({ type: 'read', bytes }, [bytes])) as RosterReadReply,
    map: async (mapping, rosterType, onProgress) => {
      const reply = await ask({ type: 'map', mapping, rosterType }, [], onProgress);
      if (reply.type !== 'rows') throw new Error(`unexpected reply ${reply.type}`);
      const { rows, ignoredColumns } = reply;
      return { rows, ignoredColumns };
    },
    close: () => worker.terminate(),
  };
}
