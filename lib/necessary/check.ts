// The check of 必要个人信息范围规定 第四条: for the app's type(s), which collected
// items are necessary for the basic service, which serve optional functions,
// and which the policy demands for registering or using the app at all
// although the type's list does not name them (beyond: the finding
// beyond_necessary).
import { DATA_ITEMS } from '../lexicon/dataItems';
import { evidenceFor, type PolicyText, type Sentence } from '../text';
import { hitsIn, type ContextReader, type TermHit } from '../tag';
import type { DataItemTag, Evidence, NecessaryCheck, NecessaryItem, SdkTag, Source, Span } from '../types';
import { guessAppTypes } from './appType';
import { findDemands, LAW, type Demand } from './demands';
import { appTypeById, type AppTypeRow } from './table';

export interface NecessaryInput {
  doc: PolicyText;
  context: ContextReader;
  dataHits: readonly TermHit[];
  permissionHits: readonly TermHit[];
  dataItems: readonly DataItemTag[];
  source: Pick<Source, 'title' | 'company'>;
  sdks: readonly SdkTag[];
  /** the person's choice of type ids; overrides the guess */
  appTypes?: readonly string[];
}

/** A permission refused is the data it opens refused (如您不授权通讯录权限…). */
const PERMISSION_DATA: Readonly<Record<string, string>> = {
  location: 'location',
  contacts: 'contacts',
  sms: 'sms',
  call_log: 'call_log',
  phone_state: 'device_id',
};

/**
 * Items a law requires beyond the type's list, so that demanding them is no
 * choice of the app's: real-name registration for online games (国家新闻出版署
 * 《关于防止未成年人沉迷网络游戏的通知》, 2019).
 */
const REQUIRED_BY_LAW: Readonly<Record<string, readonly string[]>> = {
  online_gaming: ['name', 'id_document'],
};

/** 手机号码或电子邮箱: either will do, so neither is demanded */
const EITHER = /^\s*(?:或者|或|或是|or|\/)\s*$/;
/** the login secret of an account comes with the account where registering is part of the basic service */
const ACCOUNT_ITEMS = ['credentials'];
/** a clause the person may leave out: 您可以选择填写性别 */
const OPTIONAL_CLAUSE = /可以选择|可选|选填|自愿|您可以|您也可以|非必填/;
/** a demand that names no item points back: 如您不提供前述信息… */
const POINTS_BACK = /(?:前述|上述|以上|这些|该等|此类|该类|这类|右述|所述|相关)(?:个人)?(?:信息|资料|权限)/;
/** how many sentences back a pointing demand may reach */
const BACK = 2;
const MAX_EVIDENCE = 4;
const LABELS = new Map(DATA_ITEMS.map((d) => [d.id, d.label]));

/** The items a demand names, each at its first mention, or those of the sentences it points back to. */
function demandedItems(input: NecessaryInput, demand: Demand, hits: readonly TermHit[], headings: ReadonlySet<number>): Map<string, { sentence: Sentence; at: Span }> {
  const { doc, context } = input;
  const named = (sentence: Sentence) => {
    const found = new Map<string, { sentence: Sentence; at: Span }>();
    const inSentence = hitsIn(hits, sentence);
    for (const [i, hit] of inSentence.entries()) {
      const prev = inSentence[i - 1];
      const next = inSentence[i + 1];
      if ((prev && EITHER.test(doc.folded.slice(prev.end, hit.start))) || (next && EITHER.test(doc.folded.slice(hit.end, next.start)))) continue;
      const clause = context.clause(sentence, hit.start);
      if (OPTIONAL_CLAUSE.test(doc.folded.slice(clause.start, clause.end))) continue;
      const stance = context.stance(sentence, hit.start);
      if (stance === 'definition' || stance === 'example' || stance === 'question') continue;
      if (!found.has(hit.id)) found.set(hit.id, { sentence, at: { start: hit.start, end: hit.end } });
    }
    return found;
  };
  const own = named(demand.sentence);
  if (own.size || !POINTS_BACK.test(doc.folded.slice(demand.sentence.start, demand.sentence.end))) return own;
  for (let i = demand.sentence.index - 1; i >= Math.max(0, demand.sentence.index - BACK); i--) {
    const sentence = doc.sentences[i]!;
    if (headings.has(sentence.start)) break;
    const before = named(sentence);
    if (before.size) return before;
  }
  return own;
}

/** The chosen types' list wording for each id they cover. */
function listWording(types: readonly AppTypeRow[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const type of types) for (const item of type.items) for (const id of [...item.ids, ...(item.nearest ?? [])]) if (!out.has(id)) out.set(id, item.wording);
  return out;
}

export function checkNecessary(input: NecessaryInput): NecessaryCheck {
  const guess = guessAppTypes(input.doc, input.source, input.sdks);
  const byUser = input.appTypes?.filter((id) => appTypeById(id)) ?? [];
  const chosenIds = input.appTypes ? byUser : guess.chosen;
  const confidence = new Map(guess.guesses.map((g) => [g.id, g]));
  const listed = [...chosenIds, ...guess.guesses.map((g) => g.id).filter((id) => !chosenIds.includes(id))];
  const types = listed.map((id) => ({
    id,
    name: appTypeById(id)!.zh,
    confidence: confidence.get(id)?.confidence ?? 0,
    chosen: chosenIds.includes(id),
    cues: confidence.get(id)?.evidence ?? [],
  }));
  const base = { types, by: input.appTypes ? ('user' as const) : ('guess' as const), unsure: chosenIds.length === 0 };
  if (base.unsure) return { ...base, items: [] };

  const chosen = chosenIds.map((id) => appTypeById(id)!);
  const wording = listWording(chosen);
  const byLaw = new Set(chosen.flatMap((t) => REQUIRED_BY_LAW[t.id] ?? []));
  // registering is part of the basic service only where the list names the registered user's phone
  const registration = chosen.flatMap((t) => t.items).find((i) => i.wording.startsWith('注册用户'));
  if (registration) for (const id of ACCOUNT_ITEMS) if (!wording.has(id)) wording.set(id, registration.wording);
  const hits = [
    ...input.dataHits,
    ...input.permissionHits.flatMap((h) => (PERMISSION_DATA[h.id] ? [{ ...h, id: PERMISSION_DATA[h.id]! }] : [])),
  ].sort((a, b) => a.start - b.start);
  const headings = new Set(input.doc.sections.map((s) => s.start));

  const demanded = new Map<string, { evidence: Evidence[]; lawful: boolean }>();
  for (const demand of findDemands(input.doc, input.context, input.doc.sentences)) {
    if (demand.scope === 'registration' && !registration) continue;
    for (const [id, { sentence, at }] of demandedItems(input, demand, hits, headings)) {
      let entry = demanded.get(id);
      if (!entry) demanded.set(id, (entry = { evidence: [], lawful: true }));
      // a demand that points back to a sentence citing a law follows that law too
      entry.lawful &&= demand.byLaw || LAW.test(input.doc.folded.slice(sentence.start, sentence.end));
      if (entry.evidence.length < MAX_EVIDENCE && !entry.evidence.some((e) => e.start === demand.sentence.start)) {
        // quote the demand; its match is the item where the demand names it
        const match = sentence === demand.sentence ? at : demand.match;
        entry.evidence.push(evidenceFor(input.doc, demand.sentence, match));
      }
    }
  }

  const collected = input.dataItems.filter((d) => d.status === 'collected');
  const ids = [...new Set([...collected.map((d) => d.id), ...demanded.keys()])];
  const items: NecessaryItem[] = ids.map((id) => {
    const tag = collected.find((d) => d.id === id);
    const label = tag?.label ?? LABELS.get(id) ?? id;
    const demand = demanded.get(id);
    const quoted = demand?.evidence ?? tag?.evidence.slice(0, 2) ?? [];
    if (wording.has(id)) return { id, label, status: 'necessary', listed: wording.get(id), evidence: tag?.evidence.slice(0, 2) ?? quoted };
    if (demand && (demand.lawful || byLaw.has(id))) return { id, label, status: 'necessary', byLaw: true, evidence: quoted };
    if (demand) return { id, label, status: 'beyond', evidence: demand.evidence };
    return { id, label, status: 'optional', evidence: tag?.evidence.slice(0, 1) ?? [] };
  });
  const rank = { beyond: 0, necessary: 1, optional: 2 } as const;
  items.sort((a, b) => rank[a.status] - rank[b.status]);
  return { ...base, items };
}
