// The built extension in Debian's Chromium (playwright-core) and Firefox ESR
// (puppeteer-core over WebDriver BiDi), behind one small interface so the
// scenarios are written once. Toolchain facts: ../../../shared/notes/toolchain.md.
import { randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';

export interface Tab {
  /** run `fn` in the page's main world */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  waitFor(selector: string, timeoutMs?: number): Promise<void>;
  click(selector: string): Promise<void>;
  /** press a key (e.g. 'Tab', 'Enter') in the focused element */
  press(key: string): Promise<void>;
  /** run a script's source in the page, whatever the page's CSP (a test library such as axe-core) */
  inject(source: string): Promise<void>;
  /** innerText of every element matching `selector` */
  texts(selector: string): Promise<string[]>;
  screenshot(path: string): Promise<void>;
  front(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  width?: number;
  height?: number;
  dark?: boolean;
}

export interface RequestRecord {
  url: string;
  /** refused by the page's CSP before it left the browser */
  blocked: boolean;
}

export interface ExtensionBrowser {
  /** URL of a file of the extension, e.g. '/popup.html' */
  extensionUrl(path: string): string;
  open(url: string, options?: OpenOptions): Promise<Tab>;
  /** every request a page, the popup or the background made */
  requests: RequestRecord[];
  close(): Promise<void>;
}

const ROOT = resolve(import.meta.dirname, '../..');
const GECKO_ID = 'zhiqing@zhiqing.dev';

/**
 * A copy of the build whose manifest also grants http://127.0.0.1/*. A user
 * grants the tab by clicking the toolbar button (activeTab); a test cannot
 * click browser UI, so this host permission stands in for that one grant.
 * Nothing else in the copy differs from the shipped build.
 */
function testCopy(build: 'chrome-mv3' | 'firefox-mv3'): string {
  const dir = mkdtempSync(join(tmpdir(), `zhiqing-${build}-`));
  cpSync(join(ROOT, '.output', build), dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = ['http://127.0.0.1/*'];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}

/**
 * Firefox does not report an extension page's requests over BiDi, but the
 * page's own resource timing lists every network request it made: read it
 * before the page closes.
 */
function withResourceLog(tab: Tab, url: string, requests: RequestRecord[]): Tab {
  if (!/^(chrome|moz)-extension:/.test(url)) return tab;
  return {
    ...tab,
    async close() {
      const loaded = await tab.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name), undefined);
      requests.push(...loaded.map((url) => ({ url, blocked: false })));
      await tab.close();
    },
  };
}

function playwrightTab(page: PwPage): Tab {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg),
    waitFor: async (selector, timeout = 30_000) => void (await page.waitForSelector(selector, { timeout })),
    click: (selector) => page.click(selector),
    press: (key) => page.keyboard.press(key),
    inject: async (source) => void (await page.evaluate(source)),
    texts: (selector) => page.$$eval(selector, (els) => els.map((el) => (el as HTMLElement).innerText)),
    screenshot: async (path) => void (await page.screenshot({ path })),
    front: () => page.bringToFront(),
    close: () => page.close(),
  };
}

export async function launchChromium(): Promise<ExtensionBrowser> {
  const dir = testCopy('chrome-mv3');
  // Service-worker requests are reported to context.on('request') only with this.
  process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';
  const context: BrowserContext = await chromium.launchPersistentContext('', {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--lang=zh-CN',
    ],
    // The UI in 简体中文 (where Debian's chromium-l10n is installed; English
    // otherwise). Firefox ESR has no zh-CN language pack here: it shows the
    // English locale, so the tests see both.
    env: { ...process.env, LANGUAGE: 'zh_CN' },
  });
  const requests: RequestRecord[] = [];
  const records = new WeakMap<object, RequestRecord>();
  context.on('request', (request) => {
    const record = { url: request.url(), blocked: false };
    records.set(request, record);
    requests.push(record);
  });
  context.on('requestfailed', (request) => {
    const record = records.get(request);
    if (record && request.failure()?.errorText === 'csp') record.blocked = true;
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  return {
    extensionUrl: (path) => `chrome-extension://${id}${path}`,
    async open(url, { width = 1280, height = 720, dark = false } = {}) {
      const page = await context.newPage();
      await page.setViewportSize({ width, height });
      if (dark) await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(url);
      return withResourceLog(playwrightTab(page), url, requests);
    },
    requests,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let e = error; e; e = (e as Error).cause) chain.push(e);
  return chain;
}

function puppeteerTab(page: PpPage): Tab {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg),
    async waitFor(selector, timeout = 30_000) {
      const end = Date.now() + timeout;
      for (;;) {
        try {
          await page.waitForSelector(selector, { timeout: Math.max(end - Date.now(), 1) });
          return;
        } catch (error) {
          // BiDi script.evaluate can fail while the page is still navigating
          // (moz-extension pages load outside goto): poll again.
          if (Date.now() >= end || !causes(error).some((e) => /Protocol error/.test(String(e)))) throw error;
          await new Promise((r) => setTimeout(r, 100));
        }
      }
    },
    click: async (selector) => {
      await page.waitForSelector(selector);
      await page.click(selector);
    },
    press: (key) => page.keyboard.press(key as Parameters<PpPage['keyboard']['press']>[0]),
    inject: async (source) => void (await page.evaluate(source)),
    texts: (selector) => page.$$eval(selector, (els) => els.map((el) => (el as HTMLElement).innerText)),
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    front: () => page.bringToFront(),
    close: () => page.close(),
  };
}

export async function launchFirefox(): Promise<ExtensionBrowser> {
  const dir = testCopy('firefox-mv3');
  const uuid = randomUUID();
  const browser: PpBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    // Without it Firefox refuses to navigate to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }) },
  });
  await browser.installExtension(dir);
  const requests: RequestRecord[] = [];
  const records = new WeakMap<object, RequestRecord>();
  const record = (page: PpPage): void => {
    page.on('request', (request) => {
      const entry = { url: request.url(), blocked: false };
      records.set(request, entry);
      requests.push(entry);
    });
    // Firefox reports a sub-frame navigation the page's CSP refuses as an
    // aborted request (CSP-blocked subresources it does not report at all).
    page.on('requestfailed', (request) => {
      const entry = records.get(request);
      const refusedFrame = request.isNavigationRequest() && request.frame() !== page.mainFrame();
      if (entry && refusedFrame && request.failure()?.errorText === 'NS_BINDING_ABORTED') entry.blocked = true;
    });
  };
  return {
    extensionUrl: (path) => `moz-extension://${uuid}${path}`,
    async open(url, { width = 1280, height = 720, dark = false } = {}) {
      const page = await browser.newPage();
      record(page);
      await page.setViewport({ width, height });
      if (dark) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      // goto() on a moz-extension URL (or about:support) never resolves
      // although the page loads: callers wait for a selector instead.
      if (/^https?:/.test(url)) await page.goto(url);
      else void page.goto(url).catch(() => undefined);
      return withResourceLog(puppeteerTab(page), url, requests);
    },
    requests,
    async close() {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const launchers: Record<BrowserName, () => Promise<ExtensionBrowser>> = { chromium: launchChromium, firefox: launchFirefox };
