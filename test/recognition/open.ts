// Brings a replica page of the catalogue into the state a user sees: loaded, routed, and filled
// from its example case the way a user would (test/replica/README.md, window.__replica).
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
// @ts-expect-error plain ESM module without types
import { PAGES as CATALOGUE } from '../replica/pages.mjs';
import type { Expected } from './score';

export interface ReplicaPage {
  id: string;
  family: string;
  url: string;
  fill?: string;
  expected: string;
  viewport?: { width: number; height: number };
}

const DESKTOP = { width: 1366, height: 900 };

export const PAGES: readonly ReplicaPage[] = CATALOGUE;

export function expectedOf(entry: ReplicaPage): Expected & Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../replica/${entry.expected}`, import.meta.url), 'utf8'));
}

interface Hooks {
  route?: (hash: string) => Promise<void>;
  fill?: (c: unknown) => Promise<void>;
}

/** Opens `entry` at `origin` (http://fw.bjrcgz.gov.cn or the replica's own address). */
export async function openReplicaPage(page: Page, origin: string, entry: ReplicaPage): Promise<void> {
  const url = new URL(entry.url, origin);
  await page.setViewportSize(entry.viewport ?? DESKTOP);
  await page.goto(url.href);
  await page.waitForLoadState('load');
  await page.waitForFunction(() => '__replica' in window, null, { timeout: 10_000 });
  if (url.hash) await page.evaluate((hash) => (window as unknown as { __replica: Hooks }).__replica.route?.(hash), url.hash);
  if (entry.fill) {
    const example = JSON.parse(readFileSync(new URL(`../cases/${entry.fill}.json`, import.meta.url), 'utf8'));
    await page.evaluate((c) => (window as unknown as { __replica: Hooks }).__replica.fill?.(c), example);
  }
}
