// The extension's own pages, opened in a tab from the popup or the history page.
import { browser } from 'wxt/browser';

/** The compare page: one analysis on the left, or two (two versions of a page, say). */
export const openCompare = (left: string, right?: string): void =>
  void browser.tabs.create({ url: browser.runtime.getURL(`/compare.html?left=${encodeURIComponent(left)}${right ? `&right=${encodeURIComponent(right)}` : ''}`) });

export const openHistory = (): void => void browser.tabs.create({ url: browser.runtime.getURL('/history.html') });
