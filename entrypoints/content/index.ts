// Injected on demand only (toolbar click → scripting.executeScript, through
// activeTab): no host permissions, nothing runs on pages the user does not
// ask about. Each injection answers with the page's fingerprint, then
// extracts the policy or highlights evidence when asked; a re-injection
// retires the previous copy.
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractPage } from './extract';
import { pageFingerprint } from './fingerprint';
import { highlightQuote } from './highlight';
import { isPageRequest, type HighlightReply, type PageProbe, type PageText } from './protocol';

export default defineContentScript({
  registration: 'runtime',
  main(ctx): PageProbe {
    // sendResponse, not a returned Promise: only recent Chrome versions accept the latter.
    const listener = (message: unknown, _sender: unknown, sendResponse: (reply: PageText | HighlightReply) => void): undefined => {
      if (!isPageRequest(message)) return;
      if (message.type === 'zhiqing:extract') sendResponse(extractPage(document));
      else sendResponse({ found: highlightQuote(document, message.quote, message.term) });
    };
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
    return { fingerprint: pageFingerprint(document) };
  },
});
