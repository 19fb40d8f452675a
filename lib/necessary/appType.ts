// Which of the 39 app types a policy is for, guessed from its title, its
// operator, its opening lines and what its body says the service does
// (cues.ts). A super-app gets several types; when no type is clear the guess
// says so (unsure) and the person is asked rather than told.
import { foldText, sentenceOf, type PolicyText } from '../text';
import type { SdkTag, Source } from '../types';
import { TYPE_CUES, type TypeCueRow } from './cues';

export interface TypeGuess {
  id: string;
  /** 0..1 */
  confidence: number;
  /** the words that suggested it, name words first */
  evidence: string[];
}

/** the likeliest type is chosen from this confidence up */
export const CHOSEN = 0.5;
/** another type beside it (a super-app's second service) must be clearer */
const ALSO_CHOSEN = 0.6;
/** at most this many types for one policy (a super-app) */
const MAX_CHOSEN = 4;
/** guesses kept below CHOSEN, for the person to pick from */
const MAX_GUESSES = 6;
/** how far into the text a policy names its app before （以下简称…） */
const OPENING = 600;
const SHORT_NAME = /[(（]([^()（）]{0,6}(?:简称|下称|以下称)[^()（）]{0,20})[)）]/g;
/** a short name for the operator, not the app */
const SELF = /我们|我行|我司|本公司|本行/;
/** the opening's other ways of naming the app: 欢迎使用“百度”…, 知乎产品和/或服务是由…提供 */
const NAMED = [/欢迎(?:您)?(?:使用|来到|访问)[“"「《]?([^”"」》,，。!！\n]{2,12})/, /(?:^|\n)\s*([^\n,，。]{2,16}?)(?:产品|服务|app|应用|客户端|平台|和\/或|及|与)*(?:是)?由/];
/** where the app's name starts, looking back from its bracket */
const NAME_START = /[\n。;；,，:：)）]|是/g;
/** what a name word weighs where it is found */
const NAME_WEIGHT = { title: 0.85, company: 0.45 } as const;
/** the operator's name counts for less when the app's own name says what it is (a bank's lifestyle app) */
const COMPANY_AFTER_NAME = 0.25;
/** a name word before the title's last one qualifies it (QQ in QQ炫舞手游: the app is the game) */
const QUALIFIER_WEIGHT = 0.45;
/** a body word counts at most this many times */
const PER_WORD = 3;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Hit {
  row: TypeCueRow;
  word: string;
}

/**
 * One regex of every word and every notWhen phrase (longest first), and for
 * each term what it counts for: the rows of which it is a word, or which
 * have a word inside it, unless the term is one of that row's notWhen phrases
 * (百度地图 is a map name, not the browser's 百度).
 */
function buildIndex(pick: (row: TypeCueRow) => readonly string[]): { re: RegExp; hits: Map<string, Hit[]> } {
  const terms = new Set(TYPE_CUES.flatMap((row) => [...pick(row), ...(row.notWhen ?? [])].map(foldText)));
  const hits = new Map<string, Hit[]>();
  for (const term of terms) {
    const found: Hit[] = [];
    for (const row of TYPE_CUES) {
      if (row.notWhen?.some((n) => foldText(n) === term)) continue;
      const word = pick(row).map(foldText).filter((w) => term.includes(w)).sort((a, b) => b.length - a.length)[0];
      if (word) found.push({ row, word });
    }
    hits.set(term, found);
  }
  const re = new RegExp([...terms].sort((a, b) => b.length - a.length).map(escape).join('|'), 'g');
  return { re, hits };
}

const NAMES = buildIndex((row) => row.name);
const BODY = buildIndex((row) => row.body);

function* matches(index: typeof NAMES, text: string): Generator<{ hits: Hit[]; at: number }> {
  index.re.lastIndex = 0;
  for (let m = index.re.exec(text); m; m = index.re.exec(text)) yield { hits: index.hits.get(m[0]) ?? [], at: m.index };
}

/** A hit in an SDK list or a sentence about an SDK says what the SDK does, not what the app is. */
function sdkZone(doc: PolicyText, sdks: readonly SdkTag[]): (at: number) => boolean {
  const spans = sdks.flatMap((s) => s.evidence);
  return (at) => {
    if (spans.some((e) => e.start <= at && at < e.end)) return true;
    const sentence = sentenceOf(doc, at);
    return sentence !== undefined && /sdk/.test(doc.folded.slice(sentence.start, sentence.end));
  };
}

/** The names the opening gives a short name that is not the operator's: 数字人民币APP（以下简称“本款产品”）. */
function openingNames(folded: string): string[] {
  const opening = folded.slice(0, OPENING);
  const names: string[] = [];
  SHORT_NAME.lastIndex = 0;
  for (let m = SHORT_NAME.exec(opening); m; m = SHORT_NAME.exec(opening)) {
    if (SELF.test(m[1]!)) continue;
    const before = opening.slice(Math.max(0, m.index - 30), m.index);
    let start = 0;
    NAME_START.lastIndex = 0;
    for (let b = NAME_START.exec(before); b; b = NAME_START.exec(before)) start = b.index + b[0].length;
    names.push(before.slice(start));
  }
  for (const re of NAMED) {
    const m = re.exec(opening);
    if (m) names.push(m[1]!);
  }
  return names;
}

export function guessAppTypes(doc: PolicyText, source: Pick<Source, 'title' | 'company'>, sdks: readonly SdkTag[]): { guesses: TypeGuess[]; chosen: string[] } {
  const nameScore = new Map<string, number>();
  const words = new Map<string, Set<string>>();
  const note = (type: string, word: string) => {
    let set = words.get(type);
    if (!set) words.set(type, (set = new Set()));
    set.add(word);
  };
  let named = false;
  const zones: [keyof typeof NAME_WEIGHT, string][] = [
    ['title', foldText(source.title ?? '')],
    ...openingNames(doc.folded).map((name): [keyof typeof NAME_WEIGHT, string] => ['title', name]),
    ['company', foldText(source.company ?? '')],
  ];
  for (const [zone, text] of zones) {
    const found = [...matches(NAMES, text)].filter((m) => m.hits.length);
    const head = found.at(-1)?.at;
    for (const { hits, at } of found) {
      // a Chinese compound ends on its head: in a title, earlier words only qualify it
      const weight = zone === 'company' ? (named ? COMPANY_AFTER_NAME : NAME_WEIGHT.company) : at !== head ? QUALIFIER_WEIGHT : NAME_WEIGHT.title;
      if (zone === 'title') named = true;
      for (const { row, word } of hits) {
        nameScore.set(row.type, Math.max(nameScore.get(row.type) ?? 0, weight));
        note(row.type, word);
      }
    }
  }
  const inSdk = sdkZone(doc, sdks);
  const counts = new Map<string, Map<string, number>>();
  for (const { hits, at } of matches(BODY, doc.folded)) {
    if (!hits.length || inSdk(at)) continue;
    for (const { row, word } of hits) {
      let perWord = counts.get(row.type);
      if (!perWord) counts.set(row.type, (perWord = new Map()));
      perWord.set(word, (perWord.get(word) ?? 0) + 1);
    }
  }
  const guesses: TypeGuess[] = [];
  for (const row of TYPE_CUES) {
    const perWord = [...(counts.get(row.type) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1]);
    const distinct = perWord.length;
    const total = perWord.reduce((sum, [, n]) => sum + Math.min(n, PER_WORD), 0);
    // one word alone says little; several different ones say what the service does
    const body = distinct >= 2 ? Math.min(0.6, 0.09 * distinct + 0.03 * total) : Math.min(0.15, 0.05 * total);
    const name = nameScore.get(row.type) ?? 0;
    const confidence = Math.round((1 - (1 - name) * (1 - body)) * 100) / 100;
    if (confidence <= 0) continue;
    for (const [word] of perWord.slice(0, 4)) note(row.type, word);
    guesses.push({ id: row.type, confidence, evidence: [...(words.get(row.type) ?? [])] });
  }
  guesses.sort((a, b) => b.confidence - a.confidence || a.id.localeCompare(b.id));
  const chosen = guesses.filter((g, i) => g.confidence >= (i === 0 ? CHOSEN : ALSO_CHOSEN)).slice(0, MAX_CHOSEN);
  return { guesses: guesses.slice(0, MAX_GUESSES), chosen: chosen.map((g) => g.id) };
}
