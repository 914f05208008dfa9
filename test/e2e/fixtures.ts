// Playwright fixtures: the replica portal, a browser profile with the extension, and watchers that
// record console errors of the extension and every request not addressed to the replica.
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { replicaFixture, tempDirFixture, type Replica } from '../support/replica';
import { extensionIdOf, launchWithExtension, PORTAL_HOSTS } from './browser';

export type { Replica };

export interface Watch {
  /** Requests to anywhere but the replica's host names and the extension itself. */
  foreignRequests: string[];
  /** Console errors and uncaught errors. */
  errors: string[];
}

interface Fixtures {
  userDataDir: string;
  context: BrowserContext;
  extensionId: string;
  watch: Watch;
  portal: Page;
}

export const test = base.extend<Fixtures, { replica: Replica }>({
  replica: replicaFixture,
  userDataDir: tempDirFixture('gongju-profile-'),
  context: async ({ replica, userDataDir }, use) => {
    const context = await launchWithExtension({ userDataDir, replicaPort: replica.port });
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    await use(await extensionIdOf(context));
  },
  watch: async ({ context }, use) => {
    const watch: Watch = { foreignRequests: [], errors: [] };
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (['chrome-extension:', 'data:', 'blob:'].includes(url.protocol)) return;
      if (PORTAL_HOSTS.includes(url.hostname)) return;
      watch.foreignRequests.push(request.url());
    });
    const watchPage = (page: Page) => {
      page.on('console', (message) => {
        if (message.type() === 'error') watch.errors.push(message.text());
      });
      page.on('pageerror', (error) => watch.errors.push(String(error)));
    };
    context.pages().forEach(watchPage);
    context.on('page', watchPage);
    await use(watch);
  },
  portal: async ({ context }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },
});

export { expect };

export const PORTAL = 'http://fw.bjrcgz.gov.cn';

export { overlay } from './overlay';
