// Typed storage items of the extension. Every analysis the popup makes is one
// record (`record:<id>`), listed in one index (`history`): the cache that
// answers a second open of a page and the history page read the same store.
// With history off, a new analysis is kept only as the cache of the page just
// read (one record, not listed), so nothing accumulates.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { Analysis, Grade } from '@/lib/types';

/** One analysis as the history lists it, without the analysis itself. */
export interface HistoryEntry {
  id: string;
  url?: string;
  /** the page's host, e.g. www.coolapk.com */
  site?: string;
  title?: string;
  operator?: string;
  /** when it was analysed (ms since the epoch) */
  analysedAt: number;
  updatedAt?: string;
  effectiveAt?: string;
  grade: Grade;
  /** SHA-256 of the analysed text: two versions of a page differ in it */
  textHash: string;
  /** extension version and page fingerprint: a cached answer is valid while both hold */
  hash: string;
  /** only the start of a very long page was analysed */
  truncated: boolean;
  bytes: number;
  /** false: kept only as a page's cache (history is off, or the page is no policy) */
  listed: boolean;
}

export interface Settings {
  /** keep every analysis in the history (default) or only the current page's */
  history: boolean;
}

/** Text the user selected and sent through the context menu. */
export interface PendingSelection {
  /** the menu click's selectionText: whitespace collapsed by Chrome */
  text: string;
  tabId?: number;
  frameId?: number;
  url?: string;
  title?: string;
  at: number;
}

/** How many analyses the history keeps; the oldest go first. */
export const MAX_ENTRIES = 100;
/** What all records may take together: well under Chrome's 10 MB storage.local quota, room left for the rest. */
export const BUDGET_BYTES = 7 * 1024 * 1024;
/** An analysis larger than this (a huge page) is not kept: it is cheaper to analyse again. */
const MAX_ENTRY_BYTES = 2 * 1024 * 1024;

const historyIndex = storage.defineItem<HistoryEntry[]>('local:history', { fallback: [] });
const record = (id: string) => storage.defineItem<Analysis>(`local:record:${id}`);
export const settings = storage.defineItem<Settings>('local:settings', { fallback: { history: true } });

/** The app type the person chose for a site (必要个人信息范围规定), by host; [] is "none of these". */
const appTypeChoices = storage.defineItem<Record<string, string[]>>('local:appTypes', { fallback: {} });

/** Session storage: the selection lives only until the popup picks it up. */
export const pendingSelection = storage.defineItem<PendingSelection>('session:pendingSelection');

/** Analyses the history lists, newest first. */
export async function listHistory(): Promise<HistoryEntry[]> {
  return (await historyIndex.getValue()).filter((e) => e.listed).sort((a, b) => b.analysedAt - a.analysedAt);
}

/** Every kept analysis of one page, newest first (the cache-only one included). */
export async function versionsOf(url: string): Promise<HistoryEntry[]> {
  return (await historyIndex.getValue()).filter((e) => e.url === url).sort((a, b) => b.analysedAt - a.analysedAt);
}

export const readAnalysis = (id: string): Promise<Analysis | null> => record(id).getValue();

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const hostOf = (url: string | undefined): string | undefined => {
  try {
    return url ? new URL(url).host || undefined : undefined;
  } catch {
    return undefined;
  }
};

/** The history's entry for a new analysis (not yet kept: see keepAnalysis). */
export async function entryFor(input: { url?: string; hash: string; analysis: Analysis; truncated: boolean }): Promise<HistoryEntry> {
  const { analysis } = input;
  const analysedAt = Date.now();
  return {
    id: `${analysedAt.toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    url: input.url,
    site: hostOf(input.url),
    title: analysis.source.title,
    operator: analysis.source.company,
    analysedAt,
    updatedAt: analysis.source.updatedAt,
    effectiveAt: analysis.source.effectiveAt,
    grade: analysis.summary.grade,
    textHash: await sha256(analysis.text),
    hash: input.hash,
    truncated: input.truncated,
    bytes: new TextEncoder().encode(JSON.stringify(analysis)).length,
    // a page that is not a policy is cached for the next open, not listed
    listed: (await settings.getValue()).history && analysis.source.isPolicy,
  };
}

/**
 * Keep an analysis. The same text of the same page replaces its earlier
 * record (a re-analysis is not a new version); a changed text is a new
 * version next to the old one. The oldest records go first, before the new
 * one is written, so that neither the budget nor the browser's quota is
 * reached; if the browser still refuses, everything else goes and the write
 * is tried once more. Keeping is an optimisation: false when it failed, and
 * the analysis is shown all the same.
 */
export async function keepAnalysis(entry: HistoryEntry, analysis: Analysis): Promise<boolean> {
  if (entry.bytes > MAX_ENTRY_BYTES) return false;
  const { url, textHash, bytes } = entry;
  const { history } = await settings.getValue();
  const index = await historyIndex.getValue();
  // Replaced: the same text of this page, and with history off every other cache-only record.
  const replaced = (e: HistoryEntry): boolean => (e.url !== undefined && e.url === url && e.textHash === textHash) || (!history && !e.listed);
  const others = index.filter((e) => !replaced(e)).sort((a, b) => b.analysedAt - a.analysedAt);
  // Kept: the newest that fit in the count and the budget.
  const kept: HistoryEntry[] = [];
  let total = bytes;
  for (const e of others) {
    if (kept.length + 1 >= MAX_ENTRIES || total + e.bytes > BUDGET_BYTES) continue;
    kept.push(e);
    total += e.bytes;
  }
  await remove(index.filter((e) => !kept.includes(e)).map((e) => e.id));
  try {
    await record(entry.id).setValue(analysis);
  } catch {
    await remove(kept.map((e) => e.id));
    kept.length = 0;
    try {
      await record(entry.id).setValue(analysis);
    } catch {
      await historyIndex.setValue([]);
      return false;
    }
  }
  await historyIndex.setValue([entry, ...kept]);
  return true;
}

async function remove(ids: readonly string[]): Promise<void> {
  await Promise.all(ids.map((id) => record(id).removeValue()));
}

export async function deleteEntry(id: string): Promise<void> {
  await historyIndex.setValue((await historyIndex.getValue()).filter((e) => e.id !== id));
  await remove([id]);
}

/** Forget every analysis, listed or cached (the history page's 全部删除). */
export async function deleteAll(): Promise<void> {
  const index = await historyIndex.getValue();
  await historyIndex.setValue([]);
  await remove(index.map((e) => e.id));
}

/** Turn history on or off. Off forgets everything kept: from then on only the page last read is cached. */
export async function setHistoryEnabled(on: boolean): Promise<void> {
  await settings.setValue({ ...(await settings.getValue()), history: on });
  if (!on) await deleteAll();
}

/** Versions before 0.2 kept a cache of their own (`analysis:<url>` and its index); the history replaces it. */
export async function forgetLegacyCache(): Promise<void> {
  const all = await browser.storage.local.get(null);
  const legacy = Object.keys(all).filter((key) => key === 'analysisIndex' || key.startsWith('analysis:'));
  if (legacy.length) await browser.storage.local.remove(legacy);
}

/** The app type chosen for the site of `url`, if the person chose one. */
export async function appTypeChoice(url: string | undefined): Promise<string[] | undefined> {
  const site = hostOf(url);
  return site ? (await appTypeChoices.getValue())[site] : undefined;
}

/** Remember the person's app type for the site of `url`; null forgets it (Zhiqing guesses again). */
export async function chooseAppType(url: string | undefined, types: string[] | null): Promise<void> {
  const site = hostOf(url);
  if (!site) return;
  const { [site]: _old, ...rest } = await appTypeChoices.getValue();
  await appTypeChoices.setValue(types ? { ...rest, [site]: types } : rest);
}
