// Gold labels of a corpus policy, as the labels the popup shows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_ITEMS } from '@/lib/lexicon/dataItems';
import { CORPUS_DIR } from './fixtures';

interface GoldFile {
  file: string;
  collected: string[];
}

const LABELS = new Map(DATA_ITEMS.map((item) => [item.id, item.label]));

/** Each gold `collected` id with its UI label. */
export function goldCollected(policy: string): { id: string; label: string }[] {
  const name = policy.replace(/\.(html|md|txt)$/, '.gold.json');
  const gold = JSON.parse(readFileSync(join(CORPUS_DIR!, name), 'utf8')) as GoldFile;
  return gold.collected.map((id) => ({ id, label: LABELS.get(id) ?? id }));
}
