// Recognition on the replica, in Chromium with real layout: of what the pages show (application
// type, case paths, materials; each page's expected-fields file), the reader recognises at least
// 98 %, and it finds the business of every page. The same measure as `npm run bench -- reader`.
import { chromium, type Browser } from 'playwright-core';
import { expect, test } from '@playwright/test';
import { describeMisses, measurePages, type PageResult } from '../recognition/measure';
import { shareOf } from '../recognition/score';
import { replicaFixture, type Replica } from '../support/replica';
import { CHROMIUM } from '../support/chromium.mjs';

const TARGET = 0.98;

const withReplica = test.extend<object, { replica: Replica }>({ replica: replicaFixture });

withReplica.describe('reader.recognised', () => {
  let browser: Browser;
  let results: PageResult[];

  withReplica.beforeAll(async ({ replica }) => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--lang=zh-CN'] });
    const page = await browser.newPage({ locale: 'zh-CN' });
    results = await measurePages(page, `http://127.0.0.1:${replica.port}/`);
  });

  withReplica.afterAll(async () => {
    await browser?.close();
  });

  withReplica(`at least ${TARGET * 100} % of what the replica pages show is recognised`, () => {
    const share = shareOf(results.map((result) => result.score));
    expect(share, describeMisses(results).join('\n')).toBeGreaterThanOrEqual(TARGET);
  });

  withReplica('the business of every page is found (or, where the page names none, left to the user)', () => {
    const wrong = results.filter(({ score }) => score.missed.some((item) => item.startsWith('type:'))).map(({ entry, observed }) => `${entry.id}: ${observed.type}`);
    expect(wrong).toEqual([]);
  });
});
