// The popup's side of the page protocol (../content/protocol.ts): inject the
// content script, then ask it for the policy text or a highlight.
import { browser } from 'wxt/browser';
import type { LocateResult } from '@/components/locate';
import type { HighlightReply, HighlightRequest, PageProbe, PageRequest, PageText } from '../content/protocol';

/** Why a page gives no text: the browser refuses the injection, or the page is empty. */
export class UnreadablePage extends Error {
  constructor(readonly reason: 'restricted' | 'empty') {
    super(`page is ${reason}`);
  }
}

/** A page to analyse: its fingerprint at once, its text on request. */
export interface OpenedPage {
  fingerprint: string;
  extract(): Promise<PageText>;
}

// Fewer significant characters than this is not a policy worth a look.
const MIN_CHARS = 20;

async function inject(tabId: number): Promise<PageProbe> {
  let probe: PageProbe | undefined;
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId }, files: ['/reader.js'] });
    probe = result?.result as PageProbe | undefined;
  } catch {
    // chrome://, the web stores, PDF viewers, about: pages…
  }
  if (!probe) throw new UnreadablePage('restricted');
  return probe;
}

const ask = <T,>(tabId: number, request: PageRequest): Promise<T> => browser.tabs.sendMessage(tabId, request) as Promise<T>;

export async function openPage(tabId: number): Promise<OpenedPage> {
  const { fingerprint } = await inject(tabId);
  return {
    fingerprint,
    async extract() {
      const page = await ask<PageText>(tabId, { type: 'zhiqing:extract' });
      if (page.text.replace(/\s/g, '').length < MIN_CHARS) throw new UnreadablePage('empty');
      return page;
    },
  };
}

/** Highlight a quote in the tab; injects the content script if it is not there (a selection was analysed, or the page was reloaded). */
export async function highlightInPage(tabId: number, quote: string, term?: string): Promise<LocateResult> {
  const request: HighlightRequest = { type: 'zhiqing:highlight', quote, term };
  const highlight = async (): Promise<LocateResult> => ((await ask<HighlightReply>(tabId, request)).found ? 'found' : 'missing');
  try {
    return await highlight();
  } catch {
    try {
      await inject(tabId);
      return await highlight();
    } catch {
      return 'unavailable';
    }
  }
}
