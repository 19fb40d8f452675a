// System permissions: a permission word in a sentence that speaks of
// permissions (权限 / 授权 / 开启 / 调用 …), unless the clause denies it.
import { PERMISSIONS } from '../lexicon/permissions';
import { PERMISSION_CUES } from '../lexicon/cues';
import type { PermissionTag } from '../types';
import { evidenceFor, sentenceOf, type PolicyText } from '../text';
import type { TermHit } from './terms';
import type { ContextReader } from './context';

const MAX_EVIDENCE = 8;

export function tagPermissions(doc: PolicyText, hits: readonly TermHit[], context: ContextReader): PermissionTag[] {
  const found = new Map<string, PermissionTag>();
  const seen = new Set<string>();
  for (const hit of hits) {
    const sentence = sentenceOf(doc, hit.start);
    if (!sentence) continue;
    const key = `${hit.id}@${sentence.index}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const s = doc.folded.slice(sentence.start, sentence.end);
    if (!PERMISSION_CUES.terms.some((cue) => s.includes(cue))) continue;
    const how = context.classify(sentence, hit.start);
    if (how === 'negated' || how === 'definition') continue;
    const entry = PERMISSIONS.find((p) => p.id === hit.id)!;
    let tag = found.get(hit.id);
    if (!tag) found.set(hit.id, (tag = { id: entry.id, label: entry.label, evidence: [] }));
    if (tag.evidence.length < MAX_EVIDENCE) tag.evidence.push(evidenceFor(doc, sentence, hit));
  }
  return PERMISSIONS.flatMap((p) => found.get(p.id) ?? []);
}
