// Typed storage items of the extension. The cache keeps one item per page so
// that opening the popup reads only the analysis it shows, plus an index of
// when each was saved and how big it is, to drop the oldest pages before the
// browser's storage.local quota (10 MB in Chrome) is reached.
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
/** What all cached analyses may take together: well under the quota, room left for the rest. */
const CACHE_BUDGET_BYTES = 6 * 1024 * 1024;
/** An analysis larger than this (a huge page) is not kept: it is cheaper to analyse again. */
const MAX_ENTRY_BYTES = 2 * 1024 * 1024;

/** Per cached page: when it was saved and its size; an old cache stored only the time. */
type IndexEntry = { at: number; bytes: number } | number;

const cachedItem = (key: string) => storage.defineItem<CachedAnalysis>(`local:analysis:${key}`);
const cacheIndex = storage.defineItem<Record<string, IndexEntry>>('local:analysisIndex', { fallback: {} });
const savedAt = (e: IndexEntry): number => (typeof e === 'number' ? e : e.at);
const sizeOf = (e: IndexEntry): number => (typeof e === 'number' ? 0 : e.bytes);

/** Session storage: the selection lives only until the popup picks it up. */
export const pendingSelection = storage.defineItem<PendingSelection>('session:pendingSelection');

/** Pages analysed before, newest first: what the compare page offers. */
export async function listCached(): Promise<{ key: string; entry: CachedAnalysis }[]> {
  const index = await cacheIndex.getValue();
  const keys = Object.keys(index).sort((a, b) => savedAt(index[b]!) - savedAt(index[a]!));
  const entries = await Promise.all(keys.map(readCache));
  return keys.flatMap((key, i) => (entries[i] ? [{ key, entry: entries[i] }] : []));
}

export function readCache(key: string): Promise<CachedAnalysis | null> {
  return cachedItem(key).getValue();
}

/**
 * Keep an analysis for the next open of the page. The oldest pages go first,
 * before the new one is written, so that the budget (and the browser's quota)
 * is never reached; if the browser still refuses, everything older goes and
 * the write is tried once more. Caching is an optimisation: a failure to cache
 * never fails the analysis.
 */
export async function writeCache(key: string, entry: Omit<CachedAnalysis, 'savedAt'>): Promise<boolean> {
  const value: CachedAnalysis = { ...entry, savedAt: Date.now() };
  const bytes = new TextEncoder().encode(JSON.stringify(value)).length;
  if (bytes > MAX_ENTRY_BYTES) return false;
  const index = { ...(await cacheIndex.getValue()) };
  delete index[key];
  const newestFirst = Object.keys(index).sort((a, b) => savedAt(index[b]!) - savedAt(index[a]!));
  const kept: string[] = [];
  let total = bytes;
  for (const k of newestFirst) {
    if (kept.length + 1 >= MAX_CACHED_PAGES || total + sizeOf(index[k]!) > CACHE_BUDGET_BYTES) continue;
    kept.push(k);
    total += sizeOf(index[k]!);
  }
  const stale = newestFirst.filter((k) => !kept.includes(k));
  await evict(stale);
  const next = Object.fromEntries([...kept.map((k) => [k, index[k]!]), [key, { at: value.savedAt, bytes }]]);
  try {
    await cachedItem(key).setValue(value);
  } catch {
    await evict(kept);
    try {
      await cachedItem(key).setValue(value);
    } catch {
      await cacheIndex.setValue({});
      return false;
    }
    await cacheIndex.setValue({ [key]: { at: value.savedAt, bytes } });
    return true;
  }
  await cacheIndex.setValue(next);
  return true;
}

async function evict(keys: readonly string[]): Promise<void> {
  await Promise.all(keys.map((k) => cachedItem(k).removeValue()));
}

/** Forget every cached analysis (the popup's 清除缓存). */
export async function clearCache(): Promise<void> {
  const index = await cacheIndex.getValue();
  await evict(Object.keys(index));
  await cacheIndex.setValue({});
}
