// Linking an SDK name to the catalog, and finding catalog SDKs named in prose.
import { SDK_CATALOG, type SdkCatalogEntry } from './catalog';
import { nameKey } from '../org';
import { foldText } from '../text';
import { buildTermIndex, type TermIndex } from '../tag';

const byId = new Map(SDK_CATALOG.map((e) => [e.id, e]));

// Longest alias first, so 友盟推送 wins over 友盟 inside "友盟推送SDK".
const ALIAS_KEYS: readonly (readonly [key: string, entry: SdkCatalogEntry])[] = SDK_CATALOG.flatMap((entry) =>
  [entry.name, ...entry.aliases].map((alias) => [nameKey(alias), entry] as const),
)
  .filter(([key]) => key.length >= 2)
  .sort((a, b) => b[0].length - a[0].length);

const KEYS_BY_ID = new Map<string, string[]>();
for (const [key, entry] of ALIAS_KEYS) KEYS_BY_ID.set(entry.id, [...(KEYS_BY_ID.get(entry.id) ?? []), key]);

/** The entry's name and aliases as name keys (two characters or more). */
export function aliasKeys(entry: SdkCatalogEntry): readonly string[] {
  return KEYS_BY_ID.get(entry.id) ?? [];
}

const LATIN = /[a-z0-9]/;

/** `alias` occurs in `key` without cutting a Latin word (face ⊄ facebook). */
export function containsAlias(key: string, alias: string): boolean {
  for (let at = key.indexOf(alias); at !== -1; at = key.indexOf(alias, at + 1)) {
    const before = key[at - 1];
    const after = key[at + alias.length];
    const cutsBefore = before !== undefined && LATIN.test(before) && LATIN.test(alias[0]!);
    // …SDK after a Latin name ends it (firebaseanalyticssdk)
    const cutsAfter = after !== undefined && LATIN.test(after) && LATIN.test(alias.at(-1)!) && !key.startsWith('sdk', at + alias.length);
    if (!cutsBefore && !cutsAfter) return true;
  }
  return false;
}

// The aliases by their first character, each list in ALIAS_KEYS order: a
// name is checked only against aliases that can start at one of its characters.
const BY_FIRST = new Map<string, { rank: number; alias: string; entry: SdkCatalogEntry }[]>();
ALIAS_KEYS.forEach(([alias, entry], rank) => {
  const list = BY_FIRST.get(alias[0]!) ?? [];
  BY_FIRST.set(alias[0]!, list);
  list.push({ rank, alias, entry });
});

/** The catalog entry whose longest alias the name contains (the first in ALIAS_KEYS order). */
export function catalogFor(name: string): SdkCatalogEntry | undefined {
  const key = nameKey(name);
  if (!key) return undefined;
  let best: { rank: number; entry: SdkCatalogEntry } | undefined;
  for (const ch of new Set(key)) {
    for (const candidate of BY_FIRST.get(ch) ?? []) {
      if (best && candidate.rank > best.rank) break;
      if (containsAlias(key, candidate.alias)) {
        best = candidate;
        break;
      }
    }
  }
  return best?.entry;
}

export function catalogEntry(id: string): SdkCatalogEntry | undefined {
  return byId.get(id);
}

/**
 * Aliases as a term index over jieba tokens: a match never starts or ends
 * inside a word (个推 is not found in 一个推送, LINE SDK not in offlinesdk).
 * Two-character Chinese aliases are too easily part of ordinary prose and
 * are only used to link table rows, not to find SDKs in running text.
 */
export const PROSE_ALIAS_INDEX: TermIndex = buildTermIndex(
  SDK_CATALOG.map((entry) => ({
    id: entry.id,
    label: entry.name,
    example: entry.name,
    terms: [...new Set([entry.name, ...entry.aliases].map((a) => foldText(a)).filter((a) => a.length >= 3 || /^[a-z0-9]/.test(a)))],
  })),
);
