// Browser-test harness: the real server (createApp over a temp LadybugDB holding the sample) on 127.0.0.1:0,
// web/dist built with Vite's build API, and the system Chromium driven by playwright-core.
import { existsSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { PolicyDocument } from '../../ingest/index.ts';
import { repoRoot, tempDir } from '../support/index.ts';

/** The browser: $CHROMIUM_PATH when set (only that), else Debian's chromium. */
export const CHROMIUM = (process.env.CHROMIUM_PATH ? [process.env.CHROMIUM_PATH] : ['/usr/bin/chromium', '/usr/bin/chromium-browser'])
  .find((p) => existsSync(p)) ?? null;
/** Why the browser tests skip here (null: they run). Under CI a missing Chromium is a failure, not a skip. */
export const skipReason = CHROMIUM ? null : process.env.CI ? null : `Chromium not found (${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}; set CHROMIUM_PATH)` + ' — browser tests skipped; install with `apt-get install -y chromium`';

export const screenshotDir = join(repoRoot, 'test-output', 'screenshots');

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Build the web app once per run with Vite's build API and the same config the server's ensureWebBuilt() uses,
 * into a temp folder (so parallel suites reading web/dist never see a half-written build).
 */
export async function buildWeb(): Promise<string> {
  const { build } = await import('vite');
  const outDir = join(tempDir('pg-web-dist-'), 'dist');
  await build({ configFile: join(repoRoot, 'web', 'vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true } });
  return outDir;
}

export interface Harness {
  base: string;
  context: BrowserContext;
  page: Page;
  dialogs: string[];
  pageErrors: string[];
  close: () => Promise<void>;
}

export async function start(extraDocuments: PolicyDocument[] = []): Promise<Harness> {
  if (!CHROMIUM) throw new Error('Chromium is required under CI (apt-get install -y chromium)');
  mkdirSync(screenshotDir, { recursive: true });
  const webDist = await buildWeb();
  const [{ openStore }, { ingestFile }, { createApp }, { answerQuestion }, { samplePath }] = await Promise.all([
    import('../../graph/index.ts'), import('../../ingest/index.ts'), import('../../server/app.ts'),
    import('../../server/ask/index.ts'), import('../support/index.ts'),
  ]);
  const store = await openStore({ db: join(tempDir('pg-web-'), 'db') });
  const sample = await ingestFile(samplePath);
  if (!sample.ok) throw new Error(`sample rejected: ${sample.reason}`);
  await store.loadDocument(sample.document);
  for (const doc of extraDocuments) await store.loadDocument(doc);
  const app = createApp({ store, ask: (q: string) => answerQuestion(store, q, { llm: null }), webDist, limits: { askPerMinute: false, apiPerMinute: false } });
  const server: Server = await new Promise((resolve) => { const s = app.listen(0, '127.0.0.1', () => resolve(s)); });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const context = await chromium.launchPersistentContext(tempDir('pg-chromium-'), {
    executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1280, height: 800 }, acceptDownloads: true,
  });
  context.setDefaultTimeout(15_000);
  const page = context.pages()[0] ?? await context.newPage();
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  context.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  return {
    base, context, page, dialogs, pageErrors,
    close: async () => {
      await context.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    },
  };
}

/** Navigate and wait until the current view's graph finished its layout. */
export async function gotoGraph(page: Page, url: string): Promise<void> {
  await page.evaluate(() => { delete document.body.dataset.graphReady; }).catch(() => undefined);
  await page.goto(url);
  await page.waitForFunction(() => !!document.body.dataset.graphReady && !!window.cy && !window.cy.destroyed(), undefined, { timeout: 20_000 });
}

export const shot = (page: Page, name: string) => page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: false });
