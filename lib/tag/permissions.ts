// System permissions: a permission word in a sentence that speaks of
// permissions (权限 / 授权 / 开启 / 调用 …), or, for a feature whose data is
// the device itself (通讯录, 位置, 传感器, 蓝牙), a sentence that collects it;
// unless the clause denies it, the entry's mentionedWith cue is present or the
// sentence is about someone collecting unlawfully.
import { PERMISSIONS } from '../lexicon/permissions';
import { COLLECT_VERBS, PERMISSION_CUES, UNLAWFUL_COLLECTION } from '../lexicon/cues';
import type { PermissionTag } from '../types';
import { evidenceFor, sentenceOf, type PolicyText } from '../text';
import type { TermHit } from './terms';
import type { ContextReader } from './context';

const MAX_EVIDENCE = 8;
const byId = new Map(PERMISSIONS.map((p) => [p.id, p]));

export function tagPermissions(doc: PolicyText, hits: readonly TermHit[], context: ContextReader): PermissionTag[] {
  const found = new Map<string, PermissionTag>();
  const seen = new Set<string>();
  for (const hit of hits) {
    const sentence = sentenceOf(doc, hit.start);
    const entry = byId.get(hit.id);
    if (!sentence || !entry) continue;
    const key = `${hit.id}@${sentence.index}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const s = doc.folded.slice(sentence.start, sentence.end);
    const cued =
      PERMISSION_CUES.terms.some((cue) => s.includes(cue)) ||
      (entry.readByCollecting && COLLECT_VERBS.terms.some((verb) => s.includes(verb)));
    if (!cued || entry.mentionedWith?.some((cue) => s.includes(cue)) || UNLAWFUL_COLLECTION.terms.some((cue) => s.includes(cue))) continue;
    const how = context.classify(sentence, hit.start);
    if (how === 'negated' || how === 'definition') continue;
    let tag = found.get(hit.id);
    if (!tag) found.set(hit.id, (tag = { id: entry.id, label: entry.label, evidence: [] }));
    if (tag.evidence.length < MAX_EVIDENCE) tag.evidence.push(evidenceFor(doc, sentence, hit));
  }
  return PERMISSIONS.flatMap((p) => found.get(p.id) ?? []);
}
