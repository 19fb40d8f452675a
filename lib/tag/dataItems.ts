// Data items: every lexicon hit, read in its sentence's context. An item is
// collected when one sentence says so; otherwise it is only mentioned.
import { DATA_ITEMS } from '../lexicon/dataItems';
import { UNLAWFUL_COLLECTION } from '../lexicon/cues';
import type { DataItemTag, Evidence } from '../types';
import { evidenceFor, sentenceOf, type PolicyText } from '../text';
import type { TermHit } from './terms';
import { isChannel, type ContextReader } from './context';

const MAX_EVIDENCE = 12;
const byId = new Map(DATA_ITEMS.map((e) => [e.id, e]));

export function tagDataItems(doc: PolicyText, hits: readonly TermHit[], context: ContextReader): DataItemTag[] {
  const headingStarts = new Set(doc.sections.map((sec) => sec.start));
  const found = new Map<string, { collected: Evidence[]; mentioned: Evidence[]; headings: Evidence[]; seen: Set<number> }>();
  for (const hit of hits) {
    const entry = byId.get(hit.id);
    const sentence = sentenceOf(doc, hit.start);
    if (!entry || !sentence) continue;
    let item = found.get(hit.id);
    if (!item) found.set(hit.id, (item = { collected: [], mentioned: [], headings: [], seen: new Set() }));
    if (item.seen.has(sentence.index)) continue;
    item.seen.add(sentence.index);
    const quoted = doc.folded.slice(sentence.start, sentence.end);
    const collected =
      context.classify(sentence, hit.start) === 'collected' &&
      !entry.mentionedWith?.some((cue) => quoted.includes(cue)) &&
      !UNLAWFUL_COLLECTION.terms.some((cue) => quoted.includes(cue)) &&
      !(entry.channel && isChannel(doc.folded, sentence, hit.start));
    // A heading names a topic; a sentence in its body is the better quote.
    const list = collected && headingStarts.has(sentence.start) ? item.headings : collected ? item.collected : item.mentioned;
    if (list.length < MAX_EVIDENCE) list.push(evidenceFor(doc, sentence, hit));
  }
  const tags: DataItemTag[] = [];
  for (const entry of DATA_ITEMS) {
    const item = found.get(entry.id);
    if (!item) continue;
    // A heading alone ("（四）位置信息") says the section is about the item.
    const collected = item.collected.length > 0 || (item.headings.length > 0 && item.mentioned.length === 0);
    tags.push({
      id: entry.id,
      label: entry.label,
      sensitive: entry.sensitive,
      status: collected ? 'collected' : 'mentioned',
      evidence: [...(collected ? item.collected : item.mentioned), ...item.headings].slice(0, MAX_EVIDENCE),
    });
  }
  return tags;
}
