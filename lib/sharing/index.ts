// Sharing stage: which sentences share, transfer, disclose, entrust, send
// data abroad or list exceptions from consent (taxonomy §4), to whom, what
// data and why. One clause per (sentence, type), in text order.
import { evidenceFor, foldText, sentenceOf, type PolicyText, type Sentence } from '../text';
import { definitionZones, hitsIn, type ContextReader, type TermHit } from '../tag';
import type { Recipient, RecipientKind, SharingClause, SharingType, Span } from '../types';
import { definedOrgs } from './definitions';
import { findBracketedNames, findBrands, findOrgNames, findProductNames, isOperator, nameKey, productKey, type OrgName } from '../org';
import {
  BENEFICIARY_AFTER,
  BENEFICIARY_BEFORE,
  NAME_NOT_RECIPIENT_AFTER,
  NAME_NOT_RECIPIENT_BEFORE,
  RECIPIENT_RULES,
  RULE_SOURCE_AFTER,
  SOURCE_CLAUSE,
  SOURCE_VERB,
} from './recipients';
import {
  CROSS_BORDER_DENIED,
  CROSS_BORDER_DENIED_EARLIER,
  EXCEPTION_LIST,
  FORBIDDEN,
  SUPPOSED,
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

const global = (re: RegExp): RegExp => new RegExp(re.source, 'g');
const TRIGGERS = TRIGGER_RULES.map(([pattern, type]) => [global(pattern), type] as const);
const EXCLUSIONS = NOT_TRIGGERS.map(([pattern]) => [global(pattern), true] as const);
const RECIPIENTS = new RegExp(RECIPIENT_RULES.map(([p]) => `(${p.source})`).join('|'), 'g');
const TYPE_ORDER: readonly SharingType[] = ['share', 'transfer', 'disclose', 'entrust', 'cross_border', 'no_consent'];
/** A sentence about an SDK (table row, name/vendor line): its companies are SDK vendors. */
const SDK_LINE = /sdk/;
const BRAND_SDK = /^[^,;。、)]{0,6}sdk/;
const BRAND_COMPANY = /^(?:公司|集团)/;
/** A recipient named in the sentence before: 这些支付机构, 上述合作方. */
const ANAPHOR = /(?:这些|上述|前述|该等)[^,;。]{0,6}(?:机构|合作方|合作伙伴|公司|平台|服务商|服务提供商|第三方)/;
/** …or the user's account there (微信或QQ帐号, 支付宝账户会员名): not a party that receives. */
const BRAND_ACCOUNT = /^(?:[、,或和及与][a-z0-9\u4e00-\u9fff]{1,4}?)?(?:账号|帐号|账户|帐户)/;
const ACQUIRER_NAME = '新的持有方';


interface Found {
  type: SharingType;
  match: Span;
}

function overlaps(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => s.start < end && start < s.end);
}

/** Every match of each pattern over the whole text, grouped by sentence (pattern order, then text order). */
function scan<T>(doc: PolicyText, patterns: readonly (readonly [RegExp, T])[]): Map<number, { value: T; start: number; end: number }[]> {
  const bySentence = new Map<number, { value: T; start: number; end: number }[]>();
  for (const [pattern, value] of patterns) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(doc.folded); m; m = pattern.exec(doc.folded)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const sentence = sentenceOf(doc, m.index);
      if (!sentence) continue;
      const list = bySentence.get(sentence.index) ?? [];
      bySentence.set(sentence.index, list);
      list.push({ value, start: m.index, end: Math.min(m.index + m[0].length, sentence.end) });
    }
  }
  return bySentence;
}

/**
 * The trigger matches of one sentence: the first valid match per type, and
 * every type named at all (even negated: "除以下情形外，我们不会共享…：" heads a list).
 */
function triggersIn(
  doc: PolicyText,
  sentence: Sentence,
  hits: readonly { value: SharingType; start: number; end: number }[],
  excluded: readonly Span[],
  isHeading: boolean,
  inDefinitions: boolean,
  context: ContextReader,
): { found: Found[]; named: Set<SharingType> } {
  const text = doc.folded.slice(sentence.start, sentence.end);
  const found = new Map<SharingType, Found>();
  const named = new Set<SharingType>();
  const notSharing = inDefinitions || NOT_SHARING.test(text) || TABLE_OF_CONTENTS.test(text);
  for (const { value: type, start, end } of hits) {
    if (found.has(type) || overlaps(excluded, start, end)) continue;
    named.add(type);
    if (notSharing || !valid(doc, sentence, type, start, end, isHeading, context)) continue;
    found.set(type, { type, match: { start, end } });
  }
  // the header of an exceptions list is that list, not a sharing clause itself
  if (found.has('no_consent')) for (const t of ['share', 'transfer', 'disclose'] as const) found.delete(t);
  return { found: [...found.values()], named };
}

function valid(
  doc: PolicyText,
  sentence: Sentence,
  type: SharingType,
  start: number,
  end: number,
  isHeading: boolean,
  context: ContextReader,
): boolean {
  const { folded } = doc;
  if (type === 'no_consent') return EXCEPTION_LIST.test(folded.slice(sentence.start, sentence.end));
  if (isHeading) return false;
  const before = folded.slice(context.clause(sentence, start).start, start);
  if (context.denies(sentence, start) || FORBIDDEN.test(before)) return false;
  if (type === 'cross_border') {
    // what the policy said before, in this sentence or one it ended with a semicolon
    const previous = doc.sentences[sentence.index - 1];
    const from = previous && /;\s*$/.test(folded.slice(previous.start, previous.end)) ? previous.start : sentence.start;
    const earlier = folded.slice(from, context.clause(sentence, start).start);
    return !CROSS_BORDER_DENIED.test(before) && !(SUPPOSED.test(before) && CROSS_BORDER_DENIED_EARLIER.test(earlier));
  }
  const clause = folded.slice(context.clause(sentence, start).start, context.clause(sentence, end).end);
  return !GENERIC_VERB_LIST.test(before) && !USER_ACTS.test(clause);
}

/** Recipient words and names in `sentence` that are not sources, beneficiaries or negated. */
function recipientAllowed(doc: PolicyText, sentence: Sentence, start: number, end: number, context: ContextReader): boolean {
  const { folded } = doc;
  const before = folded.slice(context.clause(sentence, start).start, start);
  const after = folded.slice(end, context.clause(sentence, end).end);
  if (SOURCE_CLAUSE.test(before) && SOURCE_VERB.test(after)) return false;
  if (BENEFICIARY_BEFORE.test(before) && BENEFICIARY_AFTER.test(after)) return false;
  if (RULE_SOURCE_AFTER.test(after)) return false;
  return !context.denies(sentence, start);
}

function recipientsIn(doc: PolicyText, sentence: Sentence, context: ContextReader): Recipient[] {
  const text = doc.folded.slice(sentence.start, sentence.end);
  const out: Recipient[] = [];
  RECIPIENTS.lastIndex = 0;
  for (let m = RECIPIENTS.exec(text); m; m = RECIPIENTS.exec(text)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    const rule = RECIPIENT_RULES[m.slice(1).findIndex((g) => g !== undefined)];
    if (rule && recipientAllowed(doc, sentence, start, end, context)) addRecipient(out, { name: doc.text.slice(start, end), kind: rule[1] });
  }
  return out;
}

/** Whose policy this is: its operator, or a product it is named for (QQ in QQ隐私保护指引); and its SDKs. */
export interface Own {
  operator?: string;
  title?: string;
  /** names of the SDKs the policy lists: a brand among them is an SDK vendor, not a recipient */
  sdks?: readonly string[];
  /** their vendors: named in a table row, they are SDK vendors, not recipients */
  sdkVendors?: readonly string[];
}

/** The keys of what is the policy's own, read once per policy (names are compared many times). */
interface OwnKeys {
  operator?: string;
  title: string;
  product: string;
  sdks: string[];
  vendors: Set<string>;
}

function ownKeys(own: Own): OwnKeys {
  return {
    operator: own.operator,
    title: own.title === undefined ? '' : nameKey(own.title),
    product: productKey(own.title),
    sdks: (own.sdks ?? []).map(foldText),
    vendors: new Set((own.sdkVendors ?? []).map(nameKey)),
  };
}

function isOwn(name: string, own: OwnKeys): boolean {
  // 网易集团 in 网易游戏隐私政策: the policy's own group; QQ钱包 in QQ隐私保护指引: a feature of its product
  const brand = nameKey(name).replace(/(集团|公司)$/, '');
  return isOperator(name, own.operator) || (brand.length >= 2 && own.title.includes(brand)) || (own.product.length >= 2 && brand.startsWith(own.product));
}

/** A clause about signing in with another platform's account: that platform is a source (使用微信、QQ帐号登录). */
const SIGN_IN = /(账号|帐号|账户|\bid)[^,;。]{0,3}(授权)?登录|(授权|一键)?登录[^,;。]{0,4}(账号|帐号)/;

function namedIn(doc: PolicyText, sentence: Sentence, own: OwnKeys, context: ContextReader): OrgName[] {
  const { vendors, sdks: sdkKeys } = own;
  const legal = SDK_LINE.test(doc.folded.slice(sentence.start, sentence.end))
    ? []
    : [...findOrgNames(doc, sentence), ...findBracketedNames(doc, sentence), ...findProductNames(doc, sentence)].filter((o) => !vendors.has(nameKey(o.name)));
  // a brand is an SDK's name where the SDK word follows it (华为推送SDK) or the policy lists an SDK by it
  const brands = findBrands(doc, sentence, legal).filter((b) => {
    const clause = context.clause(sentence, b.start);
    return (
      !BRAND_SDK.test(doc.folded.slice(b.end, b.end + 8)) &&
      !BRAND_ACCOUNT.test(doc.folded.slice(b.end, b.end + 8)) &&
      // …unless the text names the company itself (与支付宝公司共享)
      (BRAND_COMPANY.test(doc.folded.slice(b.end, b.end + 2)) || !sdkKeys.some((k) => k.includes(foldText(b.name)))) &&
      // the brands may sit in an aside: 使用第三方帐号（包括微信、QQ）登录
      !SIGN_IN.test(doc.folded.slice(clause.start, clause.end).replace(/\([^()]*\)/g, ''))
    );
  });
  const names = [...legal, ...brands];
  return names.filter(
    (o) =>
      !isOwn(o.name, own) &&
      !NAME_NOT_RECIPIENT_AFTER.test(doc.folded.slice(o.end, o.end + 12)) &&
      !NAME_NOT_RECIPIENT_BEFORE.test(doc.folded.slice(Math.max(0, o.start - 1), o.start)) &&
      recipientAllowed(doc, sentence, o.start, o.end, context),
  );
}

/**
 * Data-item ids named in the sentence, not in a negated clause, first-seen
 * order; none where only a result leaves the device (仅向其提供验证结果).
 */
function dataItemsIn(sentence: Sentence, hits: readonly TermHit[], context: ContextReader): string[] {
  if (context.classify(sentence, sentence.start) === 'local') return [];
  const ids: string[] = [];
  for (const hit of hitsIn(hits, sentence)) {
    if (!ids.includes(hit.id) && !context.denies(sentence, hit.start)) ids.push(hit.id);
  }
  return ids;
}

function purposeIn(doc: PolicyText, sentence: Sentence, context: ContextReader): string | undefined {
  const m = PURPOSE.exec(doc.folded.slice(sentence.start, sentence.end));
  if (!m || context.denies(sentence, sentence.start + m.index)) return undefined;
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
/** The header of a list of the kinds of partner data goes to (…合作伙伴包括如下几个类型：). */
const PARTNER_LIST = /(?:合作伙伴|合作方|第三方|服务提供商|接收方)[^。;\n]{0,20}(?:包括|如下|以下)[^。;\n]{0,12}:[ \t]*(?=\n|$)/g;
const MAX_GAP = 2;

interface Entry {
  sentence: Sentence;
  found: Found[];
}

export function extractSharing(
  doc: PolicyText,
  dataHits: readonly TermHit[],
  context: ContextReader,
  ownNames: Own = {},
): SharingClause[] {
  const { operator } = ownNames;
  const own = ownKeys(ownNames);
  const { folded } = doc;
  // one pass of each trigger over the whole text; sentences without one are skipped
  const triggerHits = scan(doc, TRIGGERS);
  if (!triggerHits.size) return [];
  const exclusions = scan(doc, EXCLUSIONS);
  const candidates = [...triggerHits.keys()].sort((a, b) => a - b).map((i) => doc.sentences[i]!);

  const headings = new Set(doc.sections.map((s) => s.start));
  const zones = definitionZones(doc);
  const inDefinitions = (s: Sentence): boolean => zones.some((z) => z.start <= s.start && s.start < z.end);
  const isSdkLine = (s: Sentence): boolean => SDK_LINE.test(folded.slice(s.start, s.end));
  const recipientsOf = (sentence: Sentence): Recipient[] => {
    const recipients = recipientsIn(doc, sentence, context);
    for (const org of namedIn(doc, sentence, own, context)) addRecipient(recipients, { name: org.name, kind: 'named_org' });
    return recipients;
  };

  const entries: Entry[] = [];
  const withClauses = new Set<number>();
  const headers: { sentence: Sentence; types: SharingType[] }[] = [];
  for (const sentence of candidates) {
    const { found, named } = triggersIn(
      doc,
      sentence,
      triggerHits.get(sentence.index)!,
      exclusions.get(sentence.index) ?? [],
      headings.has(sentence.start),
      inDefinitions(sentence),
      context,
    );
    if (found.length) {
      entries.push({ sentence, found });
      withClauses.add(sentence.index);
    }
    const types = LIST_TYPES.filter((t) => named.has(t));
    if (types.length && !named.has('no_consent') && LIST_HEADER.test(folded.slice(sentence.start, sentence.end))) headers.push({ sentence, types });
  }
  // "我们授权的合作伙伴包括如下几个类型：" — a list of the partners data is shared with
  PARTNER_LIST.lastIndex = 0;
  for (let m = PARTNER_LIST.exec(folded); m; m = PARTNER_LIST.exec(folded)) {
    const sentence = sentenceOf(doc, m.index);
    if (sentence && !headers.some((h) => h.sentence === sentence)) headers.push({ sentence, types: ['share'] });
  }
  // "除以下情形外，我们不会与第三方共享…：" — its items share even without a verb
  // of their own ("（2）根据行政、司法机关的要求；"), when they name a recipient.
  for (const { sentence: header, types } of headers) {
    let gap = 0;
    for (let k = header.index + 1; k < Math.min(doc.sentences.length, header.index + 1 + MAX_LIST); k++) {
      const item = doc.sentences[k]!;
      if (headings.has(item.start)) break;
      if (withClauses.has(k)) continue;
      // an item may run on over a sentence or two (its recipients too); prose after the list ends it
      if (LIST_ITEM.test(folded.slice(item.start, item.start + 8))) gap = 0;
      else if (++gap > MAX_GAP) break;
      if (!recipientsOf(item).length) continue;
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
    // "…与这些支付机构共享": the names are in the sentence before (…（如微信支付、支付宝）)
    if (!recipients.some((r) => r.kind === 'named_org') && ANAPHOR.test(folded.slice(sentence.start, sentence.end)) && sentence.index > 0) {
      const before = doc.sentences[sentence.index - 1]!;
      for (const org of namedIn(doc, before, own, context)) addRecipient(recipients, { name: org.name, kind: 'named_org' });
    }
    const dataItems = dataItemsIn(sentence, dataHits, context);
    const purpose = purposeIn(doc, sentence, context);
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
