// How a sentence speaks of the data it names: collected, or only mentioned
// (a definition, an example list, a negation, a generic minors clause,
// advice to the user, data kept on the device).
import {
  ADVICE_CUES,
  CHANNEL_CUES,
  CONDITION_STARTS,
  DEFINITION_CUES,
  EXAMPLE_STARTS,
  DEFINITION_SECTIONS,
  LOCAL_ONLY_CUES,
  MINOR_CUES,
  NEGATABLE_VERBS,
  PROMISE_TO_ASK,
  QUESTION_CUES,
  STRONG_NEGATORS,
  WEAK_NEGATORS,
} from '../lexicon/cues';
import type { PolicyText } from '../text';
import type { Span } from '../types';

export type MentionContext = 'collected' | 'definition' | 'negated' | 'minors' | 'advice' | 'local';

/**
 * How a sentence speaks of a practice: says it is done, or only defines it,
 * denies it, asks about it (an FAQ), gives it as an example, or promises to
 * ask first before doing it. Only 'asserted' can carry a violation.
 */
export type Stance = 'asserted' | 'definition' | 'negated' | 'question' | 'example' | 'promise';

const alt = (terms: readonly string[]): string =>
  [...terms].sort((a, b) => b.length - a.length).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const anyOf = (terms: readonly string[]): RegExp => new RegExp(alt(terms));

// 我们不会收集 / 我们不会将您的信息与第三方分享 / 不主动收集
const NEGATION = new RegExp(
  `(?:${alt(STRONG_NEGATORS.terms)})[^，,；;。]{0,40}?(?:${alt(NEGATABLE_VERBS.terms)})|(?:${alt(WEAK_NEGATORS.terms)})[^，,；;。]{0,3}?(?:${alt(NEGATABLE_VERBS.terms)})`,
);
// "如您不提供…" / "您可以不授权…" are the user's choices, not our promises.
const CONDITION = new RegExp(`^(?:${alt(CONDITION_STARTS.terms)})`);
const DEFINITION_CUE = anyOf(DEFINITION_CUES.terms);
// A sentence whose subject is a kind of personal information: 个人生物识别信息包括
// 个人基因、指纹…; (2) 个人财产信息：银行账户… (GB/T 35273's appendix, restated).
const CATEGORY_DEFINITION = /^\s*(?:[(（]?[\d一二三四五六七八九十]{1,3}[)）、.．]\s*)?(?:个人|敏感)[^,;。:]{0,12}(?:信息|资料|数据|记录)(?:主要|一般|通常)?(?:包括|包含|是指|指|涵盖|:)/;
const DEFINITION = { test: (s: string): boolean => DEFINITION_CUE.test(s) || CATEGORY_DEFINITION.test(s) };
const MINORS = anyOf(MINOR_CUES.terms);
const ADVICE = anyOf(ADVICE_CUES.terms);
const LOCAL_ONLY = anyOf(LOCAL_ONLY_CUES.terms);
const DEFINITION_TITLE = anyOf(DEFINITION_SECTIONS.terms);
// An appendix of definitions inside flattened text: "附件：释义及名词解释：…"
const DEFINITION_MARKER = /(?:附件|附录)[一二三四五六七八九十\d]*[:：]?\s*.{0,6}?(?:释义|名词解释|定义|术语)|敏感信息(?:举例|示例)/g;
// Sets, not regexes: clauseBounds reads every character of a sentence (a hot path).
const CLAUSE_BREAK = new Set('，,；;');
const OPEN = new Set('(（【[「');
const CLOSE = new Set(')）】]」');

// A glossary whose first item is the statutory definition (附录：1、个人信息：以电子
// 或者其他方式记录的…), whatever its heading says. As a plain sentence (个人信息是指
// 以电子…) it defines only itself: DEFINITION_CUES cover that.
const GLOSSARY_START = /(?:^|\n)\s*[(（]?[1一][)）、.．]\s*个人信息(?:是指|指|:)\s*以电子或者其他方式记录/g;

/** Spans of the text that define terms rather than describe processing. */
export function definitionZones(doc: PolicyText): Span[] {
  const zones: Span[] = doc.sections
    .filter((s) => DEFINITION_TITLE.test(s.title))
    .map((s) => ({ start: s.start, end: s.end }));
  const nextTopHeading = (at: number) => doc.sections.find((s) => s.start > at && s.level <= 1)?.start;
  DEFINITION_MARKER.lastIndex = 0;
  for (let m = DEFINITION_MARKER.exec(doc.folded); m; m = DEFINITION_MARKER.exec(doc.folded)) {
    zones.push({ start: m.index, end: nextTopHeading(m.index) ?? doc.text.length });
  }
  GLOSSARY_START.lastIndex = 0;
  for (let m = GLOSSARY_START.exec(doc.folded); m; m = GLOSSARY_START.exec(doc.folded)) {
    zones.push({ start: m.index, end: nextTopHeading(m.index) ?? doc.text.length });
  }
  return zones;
}

/** Where a sentence's clauses break (commas, semicolons outside brackets) and its bracketed asides. */
interface SentenceShape {
  sentence: Span;
  breaks: number[];
  asides: Span[];
}

function shapeOf(folded: string, sentence: Span): SentenceShape {
  const breaks: number[] = [];
  const asides: Span[] = [];
  const open: number[] = [];
  for (let i = sentence.start; i < sentence.end; i++) {
    const ch = folded[i]!;
    if (OPEN.has(ch)) open.push(i);
    else if (CLOSE.has(ch)) {
      const start = open.pop();
      if (start !== undefined) asides.push({ start, end: i });
    } else if (!open.length && CLAUSE_BREAK.has(ch)) breaks.push(i);
  }
  for (const start of open) asides.push({ start, end: sentence.end });
  return { sentence, breaks, asides };
}

function clauseIn({ sentence, breaks }: SentenceShape, at: number): Span {
  let start = sentence.start;
  for (const i of breaks) {
    if (i >= at) return { start, end: i };
    start = i + 1;
  }
  return { start, end: sentence.end };
}

/**
 * The clause of `sentence` around `at`: between commas or semicolons that
 * are not inside brackets, so a parenthesised example stays with its clause.
 */
function clauseBounds(folded: string, sentence: Span, at: number): Span {
  return clauseIn(shapeOf(folded, sentence), at);
}

function clauseAround(folded: string, sentence: Span, at: number): string {
  const { start, end } = clauseBounds(folded, sentence, at);
  return folded.slice(start, end).trim();
}

const MINOR_WORD = /未成年/g;
// A parenthesised aside (（指…，例如…）) sits between a negator and its verb.
const ASIDE = /[(（][^()（）]*[)）]/g;

const CHANNEL = anyOf(CHANNEL_CUES.terms);

/** Does the clause around `at` name the ways the service reaches the user? */
export function isChannel(folded: string, sentence: Span, at: number): boolean {
  return CHANNEL.test(clauseAround(folded, sentence, at));
}

/** Does the clause deny (我们不会收集…), rather than set a condition (如您不提供…)? */
function deniesIn(clause: string): boolean {
  // 未成年(人) is a word, not 未 negating what follows
  const text = clause.trim().replace(ASIDE, '').replace(MINOR_WORD, '少年');
  return NEGATION.test(text) && !CONDITION.test(text);
}


const QUESTION_END = new RegExp(`(?:${alt(QUESTION_CUES.terms)})[\\s\"”’」』)]*$`);
// The question may close on a full stop after the 吗 / 呢 of an FAQ heading.
const PROMISE = anyOf(PROMISE_TO_ASK.terms);
// A hypothetical condition (如需…, 将来如…), not a time (在征得同意后 states a practice).
const CONDITIONAL = /(?:^|[,;:]|但是|但|而|将来|今后|未来|日后)\s*(?:如需|如果|如|若需|若|假如|倘若|一旦)(?!您继续|你继续)/;
const EXAMPLE_START = new RegExp(`^\\s*(?:${alt(EXAMPLE_STARTS.terms)})`);
// an aside that gives an example: (如渠道违规收集您的通讯录)
const EXAMPLE_ASIDE = new RegExp(`^(?:${alt([...EXAMPLE_STARTS.terms, '如'])})`);

/** Does `at` sit inside a bracket whose content opens with an example cue? */
function inExampleAside(folded: string, { asides }: SentenceShape, at: number): boolean {
  let innermost: Span | undefined;
  for (const a of asides) if (a.start < at && a.end >= at && (!innermost || a.start > innermost.start)) innermost = a;
  return innermost !== undefined && EXAMPLE_ASIDE.test(folded.slice(innermost.start + 1, at));
}

export interface ContextReader {
  classify(sentence: Span, at: number): MentionContext;
  /** How the sentence speaks of the practice matched at `at`. */
  stance(sentence: Span, at: number): Stance;
  /** The clause around `at` (bracket-aware), remembered per sentence. */
  clause(sentence: Span, at: number): Span;
  /** Does the clause around `at` deny it (我们不会…), rather than set a condition? */
  denies(sentence: Span, at: number): boolean;
}

export function contextReader(doc: PolicyText): ContextReader {
  const zones = definitionZones(doc);
  // many rules ask about the same match (a tag's evidence, a pattern's hit), and many matches share a sentence
  const stances = new Map<number, Stance>();
  const denials = new Map<number, boolean>();
  const shapes = new Map<number, SentenceShape>();
  const shape = (sentence: Span): SentenceShape => {
    let found = shapes.get(sentence.start);
    if (!found || found.sentence.end !== sentence.end) shapes.set(sentence.start, (found = shapeOf(doc.folded, sentence)));
    return found;
  };
  const readStance = (sentence: Span, at: number): Stance => {
    const s = doc.folded.slice(sentence.start, sentence.end).replace(/。$/, '');
    if (zones.some((z) => z.start <= at && at < z.end) || DEFINITION.test(s)) return 'definition';
    if (QUESTION_END.test(s)) return 'question';
    const shaped = shape(sentence);
    const clause = clauseIn(shaped, at);
    if (deniesIn(doc.folded.slice(clause.start, clause.end))) return 'negated';
    if (EXAMPLE_START.test(doc.folded.slice(clause.start, at)) || EXAMPLE_START.test(s) || inExampleAside(doc.folded, shaped, at)) return 'example';
    if (PROMISE.test(s) && CONDITIONAL.test(s)) return 'promise';
    return 'asserted';
  };
  const reader: ContextReader = {
    classify(sentence, at) {
      const s = doc.folded.slice(sentence.start, sentence.end);
      if (zones.some((z) => z.start <= at && at < z.end) || DEFINITION.test(s)) return 'definition';
      if (reader.denies(sentence, at)) return 'negated';
      if (MINORS.test(s)) return 'minors';
      if (ADVICE.test(s)) return 'advice';
      if (LOCAL_ONLY.test(s)) return 'local';
      return 'collected';
    },
    stance(sentence, at) {
      let stance = stances.get(at);
      if (stance === undefined) stances.set(at, (stance = readStance(sentence, at)));
      return stance;
    },
    clause: (sentence, at) => clauseIn(shape(sentence), at),
    denies(sentence, at) {
      // every position in one clause gets one answer: ask once per clause
      const clause = clauseIn(shape(sentence), at);
      let denied = denials.get(clause.start);
      if (denied === undefined) denials.set(clause.start, (denied = deniesIn(doc.folded.slice(clause.start, clause.end))));
      return denied;
    },
  };
  return reader;
}
