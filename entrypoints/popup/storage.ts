// Typed storage items of the extension. The cache keeps one item per page so
// that opening the popup reads only the analysis it shows, plus an index to
// drop the oldest pages.
import { storage } from 'wxt/utils/storage';
import type { Analysis } from '@/lib/types';

export interface CachedAnalysis {
  /** extension version and page fingerprint when it was analysed */
  hash: string;
  analysis: Analysis;
  /** only the start of a very long page was analysed */
  truncated: boolean;
  savedAt: number;
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

const MAX_CACHED_PAGES = 30;

const cachedItem = (key: string) => storage.defineItem<CachedAnalysis>(`local:analysis:${key}`);
const cacheIndex = storage.defineItem<Record<string, number>>('local:analysisIndex', { fallback: {} });

/** Session storage: the selection lives only until the popup picks it up. */
export const pendingSelection = storage.defineItem<PendingSelection>('session:pendingSelection');

/** Pages analysed before, newest first: what the compare page offers. */
export async function listCached(): Promise<{ key: string; entry: CachedAnalysis }[]> {
  const index = await cacheIndex.getValue();
  const keys = Object.keys(index).sort((a, b) => index[b]! - index[a]!);
  const entries = await Promise.all(keys.map(readCache));
  return keys.flatMap((key, i) => (entries[i] ? [{ key, entry: entries[i] }] : []));
}

export function readCache(key: string): Promise<CachedAnalysis | null> {
  return cachedItem(key).getValue();
}

export async function writeCache(key: string, entry: Omit<CachedAnalysis, 'savedAt'>): Promise<void> {
  const savedAt = Date.now();
  await cachedItem(key).setValue({ ...entry, savedAt });
  const index = { ...(await cacheIndex.getValue()), [key]: savedAt };
  const stale = Object.keys(index)
    .sort((a, b) => index[b]! - index[a]!)
    .slice(MAX_CACHED_PAGES);
  for (const old of stale) delete index[old];
  await Promise.all([cacheIndex.setValue(index), ...stale.map((old) => cachedItem(old).removeValue())]);
}
