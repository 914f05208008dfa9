// Reads and maps a roster off the dashboard's thread: a 50,000-row sheet takes seconds to decode
// and map, and the page must stay responsive and show progress meanwhile. The grid stays here
// between messages, so a changed column mapping maps again without reading the file again.
import { findHeader, rosterRows, type RosterField, type RosterHeader, type RosterResult, type RosterType } from '../../rules/roster';
import { readRoster, type RosterRead } from './read';
import type { RosterGrid } from '../../rules/roster';

export type RosterWorkerRequest =
  | { type: 'read'; bytes: ArrayBuffer }
  | { type: 'map'; mapping: (RosterField | null)[]; rosterType: RosterType };

export type RosterReadReply =
  | { type: 'read'; ok: true; header: RosterHeader; format: 'xlsx' | 'xls' | 'csv' }
  | { type: 'read'; ok: false; reason: Extract<RosterRead, { ok: false }>['reason'] | 'no-header' };

export type RosterWorkerReply =
  | RosterReadReply
  | { type: 'progress'; done: number; total: number }
  | ({ type: 'rows' } & RosterResult)
  | { type: 'failed'; message: string };

let grid: RosterGrid | null = null;
let header: RosterHeader | null = null;

function answer(reply: RosterWorkerReply): void {
  postMessage(reply);
}

function handle(request: RosterWorkerRequest): void {
  if (request.type === 'read') {
    const read = readRoster(new Uint8Array(request.bytes));
    grid = read.ok ? read.grid : null;
    header = grid ? findHeader(grid) : null;
    if (!read.ok) return answer({ type: 'read', ok: false, reason: read.reason });
    if (!header) return answer({ type: 'read', ok: false, reason: 'no-header' });
    return answer({ type: 'read', ok: true, header, format: read.format });
  }
  if (!grid || !header) return answer({ type: 'failed', message: 'no roster read' });
  const mapped = { ...header, mapping: request.mapping };
  const result = rosterRows(grid, mapped, { type: request.rosterType }, (done, total) => answer({ type: 'progress', done, total }));
  answer({ type: 'rows', ...result });
}

addEventListener('message', (event: MessageEvent<RosterWorkerRequest>) => {
  try {
    handle(event.data);
  } catch (error) {
    answer({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
});
