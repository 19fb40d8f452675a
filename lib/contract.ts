// The Analysis contract (../shared/spec/analysis.md) as a check: every way an
// Analysis can break it. The property tests hold every analysis to it; a
// reader of stored analyses can use it to refuse a corrupt one.
import { DATA_ITEMS } from './lexicon/dataItems';
import { PERMISSIONS } from './lexicon/permissions';
import { APP_TYPES } from './necessary';
import { CHECK_RULES, FINDING_RULES } from './risk';
import type { Analysis, Evidence } from './types';

const DATA_IDS = new Set(DATA_ITEMS.map((d) => d.id));
const PERMISSION_IDS = new Set(PERMISSIONS.map((p) => p.id));
const CHECK_IDS = new Set(CHECK_RULES.map((c) => c.id));
const FINDING_IDS = new Set(FINDING_RULES.map((r) => r.id));
const APP_TYPE_IDS = new Set(APP_TYPES.map((t) => t.id));
const NECESSITIES = new Set(['necessary', 'beyond', 'optional']);
const LEVELS = new Set(['high', 'medium', 'low', 'info']);
const KINDS = new Set(['violation', 'gap', 'notice']);
const SHARING_TYPES = new Set(['share', 'transfer', 'disclose', 'entrust', 'cross_border', 'no_consent']);
const RECIPIENT_KINDS = new Set(['named_org', 'affiliate', 'partner', 'third_party', 'authority', 'counterparty', 'acquirer', 'public']);

function allEvidence(a: Analysis): Evidence[] {
  return [
    ...a.dataItems.flatMap((d) => d.evidence),
    ...a.permissions.flatMap((p) => p.evidence),
    ...a.sdks.flatMap((s) => s.evidence),
    ...a.sharing.flatMap((c) => c.evidence),
    ...a.checks.flatMap((c) => c.evidence),
    ...a.risks.flatMap((r) => r.evidence),
    ...(a.necessary?.items.flatMap((i) => i.evidence) ?? []),
  ];
}

/** Every way an Analysis can break its contract (../shared/spec/analysis.md), as messages; none when valid. */
export function contractBreaches(a: Analysis): string[] {
  const out: string[] = [];
  const need = (ok: boolean, what: string) => ok || out.push(what);
  need(a.schemaVersion === 1, 'schemaVersion');
  need(typeof a.text === 'string' && a.source.chars === a.text.length, 'source.chars is the text length');
  need(a.source.policyConfidence >= 0 && a.source.policyConfidence <= 1, 'policyConfidence in 0..1');
  need(['hans', 'hant', 'mixed', 'other'].includes(a.source.script), 'script');
  need(['A', 'B', 'C', 'D', 'E'].includes(a.summary.grade), 'grade');
  need(typeof a.summary.headline === 'string' && a.summary.headline.length > 0, 'headline');
  for (const s of a.sections) need(s.start >= 0 && s.start <= s.end && s.end <= a.text.length, `section ${s.title} in the text`);
  for (const d of a.dataItems) {
    need(DATA_IDS.has(d.id), `data id ${d.id}`);
    need(d.status === 'collected' || d.status === 'mentioned', `status of ${d.id}`);
  }
  for (const p of a.permissions) need(PERMISSION_IDS.has(p.id), `permission id ${p.id}`);
  for (const s of a.sdks) need(typeof s.name === 'string' && s.name.trim().length > 0, 'sdk name');
  for (const c of a.sharing) {
    need(SHARING_TYPES.has(c.type), `sharing type ${c.type}`);
    for (const r of c.recipients) need(RECIPIENT_KINDS.has(r.kind) && r.name.length > 0, `recipient ${r.name}/${r.kind}`);
    for (const id of c.dataItems) need(DATA_IDS.has(id), `sharing data id ${id}`);
  }
  for (const c of a.checks) need(CHECK_IDS.has(c.id), `check id ${c.id}`);
  for (const r of a.risks) {
    need(FINDING_IDS.has(r.id), `finding id ${r.id}`);
    need(KINDS.has(r.kind) && LEVELS.has(r.level), `kind/level of ${r.id}`);
  }
  if (a.necessary) {
    const { types, items, unsure } = a.necessary;
    for (const t of types) need(APP_TYPE_IDS.has(t.id) && t.confidence >= 0 && t.confidence <= 1, `app type ${t.id}`);
    need(unsure === !types.some((t) => t.chosen), 'necessary.unsure: no type chosen');
    need(!unsure || items.length === 0, 'no items judged without a type');
    for (const i of items) need(DATA_IDS.has(i.id) && NECESSITIES.has(i.status), `necessary item ${i.id}/${i.status}`);
    need(items.some((i) => i.status === 'beyond') === a.risks.some((r) => r.id === 'beyond_necessary'), 'beyond_necessary iff an item is beyond');
  }
  for (const e of allEvidence(a)) {
    need(a.text.slice(e.start, e.end) === e.quote, `quote at ${e.start}-${e.end} is the text there`);
    if (e.match) need(e.start <= e.match.start && e.match.start < e.match.end && e.match.end <= e.end, `match ${e.match.start}-${e.match.end} inside its quote ${e.start}-${e.end}`);
  }
  return out;
}

