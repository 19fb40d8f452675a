// The background only wires the context menu: "Analyse selected text", for
// policies the page itself cannot give (a dialog, a PDF viewer). The
// selection is handed to the popup through session storage.
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { forgetLegacyCache, pendingSelection } from './popup/storage';

const MENU_ID = 'zhiqing-analyse-selection';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    void forgetLegacyCache();
    browser.contextMenus.create({ id: MENU_ID, title: browser.i18n.getMessage('menuAnalyseSelection'), contexts: ['selection'] });
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || !info.selectionText) return;
    const saved = pendingSelection.setValue({
      text: info.selectionText,
      tabId: tab?.id,
      frameId: info.frameId,
      url: tab?.url,
      title: tab?.title,
      at: Date.now(),
    });
    // Firefox opens a popup only from the click's own call stack: no await before it.
    browser.action.openPopup().catch(async () => {
      await saved;
      await browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
    });
  });
});
