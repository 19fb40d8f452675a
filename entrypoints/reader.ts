// Injected on demand only (toolbar click → scripting.executeScript, through
// activeTab): no host permissions, nothing runs on pages the user does not
// ask about. Each injection answers with the page's fingerprint, then
// extracts the policy or highlights evidence when asked.
//
// An unlisted script, not a WXT content script: WXT's content-script context
// announces each injection to the page (a window message and a document event
// named after the extension id) and stops itself when the page dispatches that
// event, so a page could silence Zhiqing and learn its id. Here a re-injection
// retires the previous copy through the isolated world's own global, which the
// page cannot see or forge.
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { extractPage } from './content/extract';
import { pageFingerprint } from './content/fingerprint';
import { highlightQuote } from './content/highlight';
import { isPageRequest, type HighlightReply, type PageProbe, type PageText } from './content/protocol';

type Listener = (message: unknown, sender: unknown, sendResponse: (reply: PageText | HighlightReply) => void) => undefined;

/** The listener of the copy injected last, kept in the extension's isolated world. */
const CURRENT = Symbol.for('zhiqing.content.listener');
const world = globalThis as typeof globalThis & { [CURRENT]?: Listener };

export default defineUnlistedScript((): PageProbe => {
  // sendResponse, not a returned Promise: only recent Chrome versions accept the latter.
  const listener: Listener = (message, _sender, sendResponse) => {
    if (!isPageRequest(message)) return;
    if (message.type === 'zhiqing:extract') sendResponse(extractPage(document));
    else sendResponse({ found: highlightQuote(document, message.quote, message.term) });
  };
  const previous = world[CURRENT];
  if (previous) browser.runtime.onMessage.removeListener(previous);
  world[CURRENT] = listener;
  browser.runtime.onMessage.addListener(listener);
  return { fingerprint: pageFingerprint(document) };
});
