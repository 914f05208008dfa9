// Playwright fixtures the Chromium and Firefox specs share: the replica portal, served once per
// worker, and a fresh browser profile directory per test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error plain ESM module without types
import { startReplica } from '../replica/server.mjs';

export interface Replica {
  port: number;
  close: () => Promise<void>;
  /** What the replica's forms posted, oldest first. */
  submissions: unknown[];
}

/** The replica portal on a free port, for the whole worker. */
export const replicaFixture: [(args: object, use: (replica: Replica) => Promise<void>) => Promise<void>, { scope: 'worker' }] = [
  async ({}, use) => {
    const replica: Replica = await startReplica({ port: 0 });
    await use(replica);
    await replica.close();
  },
  { scope: 'worker' },
];

/** A temporary directory (a browser profile), removed after the test. */
export function tempDirFixture(prefix: string) {
  return async ({}, use: (dir: string) => Promise<void>) => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  };
}
