// Sharing stage: which sentences share, transfer, disclose, entrust, send
// data abroad or list exceptions from consent (taxonomy §4), to whom, what
// data and why. One clause per (sentence, type), in text order.
import { evidenceFor, sentenceOf, type PolicyText, type Sentence } from '../text';
import { definitionZones, isNegated, type ContextReader, type TermHit } from '../tag';
import type { Recipient, RecipientKind, SharingClause, SharingType, Span } from '../types';
import { definedOrgs } from './definitions';
import { findBracketedNames, findOrgNames, isOperator, type OrgName } from './orgNames';
import {
  BENEFICIARY_AFTER,
  BENEFICIARY_BEFORE,
  RECIPIENT_RULES,
  RULE_SOURCE_AFTER,
  SOURCE_CLAUSE,
  SOURCE_VERB,
} from './recipients';
import {
  CROSS_BORDER_DENIED,
  EXCEPTION_LIST,
  FORBIDDEN,
  GENERIC_VERB_LIST,
  MERGER_CONTEXT,
  NOT_SHARING,
  NOT_TRIGGERS,
  PURPOSE,
  TABLE_OF_CONTENTS,
  TRIGGER_RULES,
  USER_ACTS,
} from './triggers';

export { TRIGGER_RULES, NOT_TRIGGERS } from './triggers';
export { RECIPIENT_RULES } from './recipients';
export { DEFINITION_RULES } from './definitions';
export { ORG_SUFFIXES, findOrgNames, findBracketedNames } from './orgNames';

const global = (re: RegExp): RegExp => new RegExp(re.source, 'g');
const TRIGGERS = TRIGGER_RULES.map(([pattern, type]) => [global(pattern), type] as const);
const ANY_TRIGGER = new RegExp(TRIGGER_RULES.map(([p]) => `(?:${p.source})`).join('|'), 'g');
const EXCLUSIONS = NOT_TRIGGERS.map(([pattern]) => global(pattern));
const RECIPIENTS = new RegExp(RECIPIENT_RULES.map(([p]) => `(${p.source})`).join('|'), 'g');
const TYPE_ORDER: readonly SharingType[] = ['share', 'transfer', 'disclose', 'entrust', 'cross_border', 'no_consent'];
/** A sentence about an SDK (table row, name/vendor line): its companies are SDK vendors. */
const SDK_LINE = /sdk/;
/** Names in these contexts are not recipients (注册地址, 版权). */
const NOT_RECIPIENT_AFTER = /^\s*[(（]?\s*(?:注册地址|注册地|地址|版权|著作权)|^(?:指定|认可|批准|授权|备案)的|^[^,;。]{0,8}?(?:批准|备案|核准)/;
/** …or approves it (经中国人民银行批准的征信机构). */
const NOT_RECIPIENT_BEFORE = /经$/;
const CLAUSE_BREAK = /[,;:]/;
const ACQUIRER_NAME = '新的持有方';

interface Found {
  type: SharingType;
  match: Span;
}

/** Start of the clause (after the last comma/semicolon/colon) holding `at`. */
function clauseStart(folded: string, sentence: Span, at: number): number {
  for (let i = at - 1; i >= sentence.start; i--) if (CLAUSE_BREAK.test(folded[i]!)) return i + 1;
  return sentence.start;
}

function clauseEnd(folded: string, sentence: Span, at: number): number {
  for (let i = at; i < sentence.end; i++) if (CLAUSE_BREAK.test(folded[i]!)) return i;
  return sentence.end;
}

function overlaps(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => s.start < end && start < s.end);
}

/**
 * Trigger matches of one sentence: the first valid match per type, and every
 * type named at all (even negated: "除以下情形外，我们不会共享…：" heads a list).
 */
function triggersIn(
  doc: PolicyText,
  sentence: Sentence,
  isHeading: boolean,
  inDefinitions: boolean,
): { found: Found[]; named: Set<SharingType> } {
  const { folded } = doc;
  const text = folded.slice(sentence.start, sentence.end);
  let excluded: Span[] | undefined;
  const found = new Map<SharingType, Found>();
  const named = new Set<SharingType>();
  const notSharing = inDefinitions || NOT_SHARING.test(text) || TABLE_OF_CONTENTS.test(text);
  for (const [pattern, type] of TRIGGERS) {
    if (found.has(type)) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      if (!excluded) {
        excluded = [];
        for (const re of EXCLUSIONS) {
          re.lastIndex = 0;
          for (let x = re.exec(text); x; x = re.exec(text)) {
            excluded.push({ start: sentence.start + x.index, end: sentence.start + x.index + x[0].length });
            if (x[0].length === 0) re.lastIndex++;
          }
        }
      }
      if (overlaps(excluded, start, end)) continue;
      named.add(type);
      if (notSharing || !valid(doc, sentence, type, start, end, isHeading)) continue;
      found.set(type, { type, match: { start, end } });
      break;
    }
  }
  // the header of an exceptions list is that list, not a sharing clause itself
  if (found.has('no_consent')) for (const t of ['share', 'transfer', 'disclose'] as const) found.delete(t);
  return { found: [...found.values()], named };
}

function valid(doc: PolicyText, sentence: Sentence, type: SharingType, start: number, end: number, isHeading: boolean): boolean {
  const { folded } = doc;
  if (type === 'no_consent') return EXCEPTION_LIST.test(folded.slice(sentence.start, sentence.end));
  if (isHeading) return false;
  const before = folded.slice(clauseStart(folded, sentence, start), start);
  if (isNegated(folded, sentence, start) || FORBIDDEN.test(before)) return false;
  if (type === 'cross_border') return !CROSS_BORDER_DENIED.test(before);
  const clause = folded.slice(clauseStart(folded, sentence, start), clauseEnd(folded, sentence, end));
  return !GENERIC_VERB_LIST.test(before) && !USER_ACTS.test(clause);
}

/** Recipient words and names in `sentence` that are not sources, beneficiaries or negated. */
function recipientAllowed(doc: PolicyText, sentence: Sentence, start: number, end: number): boolean {
  const { folded } = doc;
  const before = folded.slice(clauseStart(folded, sentence, start), start);
  const after = folded.slice(end, clauseEnd(folded, sentence, end));
  if (SOURCE_CLAUSE.test(before) && SOURCE_VERB.test(after)) return false;
  if (BENEFICIARY_BEFORE.test(before) && BENEFICIARY_AFTER.test(after)) return false;
  if (RULE_SOURCE_AFTER.test(after)) return false;
  return !isNegated(folded, sentence, start);
}

function recipientsIn(doc: PolicyText, sentence: Sentence): Recipient[] {
  const text = doc.folded.slice(sentence.start, sentence.end);
  const out: Recipient[] = [];
  RECIPIENTS.lastIndex = 0;
  for (let m = RECIPIENTS.exec(text); m; m = RECIPIENTS.exec(text)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    const rule = RECIPIENT_RULES[m.slice(1).findIndex((g) => g !== undefined)];
    if (rule && recipientAllowed(doc, sentence, start, end)) addRecipient(out, { name: doc.text.slice(start, end), kind: rule[1] });
  }
  return out;
}

function namedIn(doc: PolicyText, sentence: Sentence, operator: string | undefined): OrgName[] {
  if (SDK_LINE.test(doc.folded.slice(sentence.start, sentence.end))) return [];
  const names = [...findOrgNames(doc, sentence), ...findBracketedNames(doc, sentence)];
  return names.filter(
    (o) =>
      !isOperator(o.name, operator) &&
      !NOT_RECIPIENT_AFTER.test(doc.folded.slice(o.end, o.end + 12)) &&
      !NOT_RECIPIENT_BEFORE.test(doc.folded.slice(Math.max(0, o.start - 1), o.start)) &&
      recipientAllowed(doc, sentence, o.start, o.end),
  );
}

/** Data-item ids named in the sentence, not in a negated clause, first-seen order. */
function dataItemsIn(sentence: Sentence, hits: readonly TermHit[], context: ContextReader): string[] {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid]!.start < sentence.start) lo = mid + 1;
    else hi = mid;
  }
  const ids: string[] = [];
  for (let i = lo; i < hits.length && hits[i]!.start < sentence.end; i++) {
    const hit = hits[i]!;
    if (!ids.includes(hit.id) && context.classify(sentence, hit.start) !== 'negated') ids.push(hit.id);
  }
  return ids;
}

function purposeIn(doc: PolicyText, sentence: Sentence): string | undefined {
  const m = PURPOSE.exec(doc.folded.slice(sentence.start, sentence.end));
  if (!m || isNegated(doc.folded, sentence, sentence.start + m.index)) return undefined;
  return doc.text.slice(sentence.start + m.index, sentence.start + m.index + m[0].length).trim();
}

function addRecipient(list: Recipient[], r: Recipient): void {
  if (!list.some((x) => x.name === r.name && x.kind === r.kind)) list.push(r);
}

/** Types that a list header hands down to its items. */
const LIST_TYPES: readonly SharingType[] = ['share', 'transfer', 'disclose', 'entrust'];
const LIST_HEADER = /(?:以下|下列|如下)[^。]*:\s*$/;
/** (2) / （3） / 2、 / ② : an item of the list above. */
const LIST_ITEM = /^\s*(?:[(（]?\s*[0-9一二三四五六七八九十]{1,2}\s*[)）、.]|[①-⑳]|[-•·▪●]\s)/;
const MAX_LIST = 50;

interface Entry {
  sentence: Sentence;
  found: Found[];
}

export function extractSharing(
  doc: PolicyText,
  dataHits: readonly TermHit[],
  context: ContextReader,
  operator?: string,
): SharingClause[] {
  const { folded } = doc;
  // candidate sentences: any trigger anywhere in them (one pass over the text)
  const candidates: Sentence[] = [];
  ANY_TRIGGER.lastIndex = 0;
  for (let m = ANY_TRIGGER.exec(folded); m; m = ANY_TRIGGER.exec(folded)) {
    const sentence = sentenceOf(doc, m.index);
    if (!sentence) continue;
    if (candidates.at(-1) !== sentence) candidates.push(sentence);
    ANY_TRIGGER.lastIndex = Math.max(ANY_TRIGGER.lastIndex, sentence.end);
  }
  if (!candidates.length) return [];

  const headings = new Set(doc.sections.map((s) => s.start));
  const zones = definitionZones(doc);
  const inDefinitions = (s: Sentence): boolean => zones.some((z) => z.start <= s.start && s.start < z.end);
  const isSdkLine = (s: Sentence): boolean => SDK_LINE.test(folded.slice(s.start, s.end));
  const recipientsOf = (sentence: Sentence): Recipient[] => {
    const recipients = recipientsIn(doc, sentence);
    for (const org of namedIn(doc, sentence, operator)) addRecipient(recipients, { name: org.name, kind: 'named_org' });
    return recipients;
  };

  const entries: Entry[] = [];
  const withClauses = new Set<number>();
  const headers: { sentence: Sentence; types: SharingType[] }[] = [];
  for (const sentence of candidates) {
    const { found, named } = triggersIn(doc, sentence, headings.has(sentence.start), inDefinitions(sentence));
    if (found.length) {
      entries.push({ sentence, found });
      withClauses.add(sentence.index);
    }
    const types = LIST_TYPES.filter((t) => named.has(t));
    if (types.length && !named.has('no_consent') && LIST_HEADER.test(folded.slice(sentence.start, sentence.end))) headers.push({ sentence, types });
  }
  // "除以下情形外，我们不会与第三方共享…：" — its items share even without a verb
  // of their own ("（2）根据行政、司法机关的要求；"), when they name a recipient.
  for (const { sentence: header, types } of headers) {
    for (let k = header.index + 1; k < Math.min(doc.sentences.length, header.index + 1 + MAX_LIST); k++) {
      const item = doc.sentences[k]!;
      if (!LIST_ITEM.test(folded.slice(item.start, item.start + 8)) || headings.has(item.start)) break;
      if (withClauses.has(k) || !recipientsOf(item).length) continue;
      withClauses.add(k);
      entries.push({ sentence: item, found: types.map((type) => ({ type, match: { start: item.start, end: item.start } })) });
    }
  }
  entries.sort((a, b) => a.sentence.start - b.sentence.start);

  let defined: Map<RecipientKind, OrgName[]> | undefined;
  const clauses: SharingClause[] = [];
  for (const { sentence, found } of entries) {
    found.sort((a, b) => a.match.start - b.match.start || TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type));
    const recipients = recipientsOf(sentence);
    const dataItems = dataItemsIn(sentence, dataHits, context);
    const purpose = purposeIn(doc, sentence);
    for (const { type, match } of found) {
      const own: Recipient[] = type === 'no_consent' ? [] : [...recipients];
      if (type === 'transfer' && MERGER_CONTEXT.test(folded.slice(sentence.start, sentence.end)) && !own.some((r) => r.kind === 'acquirer')) {
        own.push({ name: ACQUIRER_NAME, kind: 'acquirer' });
      }
      // a group named by definition (关联公司：指A公司、B公司) brings its members
      const groups = own.filter((r) => r.kind === 'affiliate' || (r.kind === 'partner' && r.name.includes('合作')));
      if (groups.length) {
        defined ??= new Map(definedOrgs(doc, operator, isSdkLine, (at) => sentenceOf(doc, at)).map((d) => [d.kind, d.names]));
        for (const kind of new Set(groups.map((r) => r.kind))) {
          for (const org of defined.get(kind) ?? []) addRecipient(own, { name: org.name, kind: 'named_org' });
        }
      }
      const evidence = match.end > match.start ? evidenceFor(doc, sentence, match) : evidenceFor(doc, sentence);
      const clause: SharingClause = { type, recipients: own, dataItems, evidence: [evidence] };
      if (purpose) clause.purpose = purpose;
      clauses.push(clause);
    }
  }
  return clauses;
}
