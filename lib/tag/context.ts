// How a sentence speaks of the data it names: collected, or only mentioned
// (a definition, an example list, a negation, a generic minors clause).
import {
  CONDITION_STARTS,
  DEFINITION_CUES,
  DEFINITION_SECTIONS,
  MINOR_CUES,
  NEGATABLE_VERBS,
  NEGATION_FILLERS,
  NEGATORS,
} from '../lexicon/cues';
import type { PolicyText } from '../text';
import type { Span } from '../types';

export type MentionContext = 'collected' | 'definition' | 'negated' | 'minors';

const alt = (terms: readonly string[]): string =>
  [...terms].sort((a, b) => b.length - a.length).map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

const NEGATION = new RegExp(
  `(?:${alt(NEGATORS.terms)})(?:${alt(NEGATION_FILLERS)}|向[^，,；;。]{1,16}?)*(?:${alt(NEGATABLE_VERBS.terms)})`,
);
// "您可以不提供" / "如您不同意" are the user's choices, not our promises.
const CONDITION = new RegExp(`^(?:${alt(CONDITION_STARTS.terms)})`);
const DEFINITION = new RegExp(alt(DEFINITION_CUES.terms));
const MINORS = new RegExp(alt(MINOR_CUES.terms));
const DEFINITION_TITLE = new RegExp(alt(DEFINITION_SECTIONS.terms));
// An appendix of definitions inside flattened text: "附件：释义及名词解释：…"
const DEFINITION_MARKER = /(?:附件|附录)[一二三四五六七八九十\d]*[:：]?\s*.{0,6}?(?:释义|名词解释|定义|术语)|敏感信息(?:举例|示例)/g;
const CLAUSE_BREAK = /[，,；;]/;

/** Spans of the text that define terms rather than describe processing. */
export function definitionZones(doc: PolicyText): Span[] {
  const zones: Span[] = doc.sections
    .filter((s) => DEFINITION_TITLE.test(s.title))
    .map((s) => ({ start: s.start, end: s.end }));
  DEFINITION_MARKER.lastIndex = 0;
  for (let m = DEFINITION_MARKER.exec(doc.folded); m; m = DEFINITION_MARKER.exec(doc.folded)) {
    const start = m.index;
    const next = doc.sections.find((s) => s.start > start && s.level <= 1);
    zones.push({ start, end: next?.start ?? doc.text.length });
  }
  return zones;
}

/** The clause (between commas/semicolons) of `sentence` around `at`. */
function clauseAround(folded: string, sentence: Span, at: number): string {
  let start = at;
  while (start > sentence.start && !CLAUSE_BREAK.test(folded[start - 1]!)) start--;
  let end = at;
  while (end < sentence.end && !CLAUSE_BREAK.test(folded[end]!)) end++;
  return folded.slice(start, end).trim();
}

export function isNegated(folded: string, sentence: Span, at: number): boolean {
  const clause = clauseAround(folded, sentence, at);
  return NEGATION.test(clause) && !CONDITION.test(clause);
}

export interface ContextReader {
  classify(sentence: Span, at: number): MentionContext;
}

export function contextReader(doc: PolicyText): ContextReader {
  const zones = definitionZones(doc);
  return {
    classify(sentence, at) {
      const s = doc.folded.slice(sentence.start, sentence.end);
      if (zones.some((z) => z.start <= at && at < z.end) || DEFINITION.test(s)) return 'definition';
      if (isNegated(doc.folded, sentence, at)) return 'negated';
      if (MINORS.test(s)) return 'minors';
      return 'collected';
    },
  };
}
