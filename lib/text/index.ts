// Text stage: the normalised text, its folded twin for matching, sentences
// and sections. Later stages read one PolicyText and never re-split.
import { foldText } from './fold';
import { normalizeText } from './normalize';
import { detectSections, sectionPath, type SectionNode } from './sections';
import { sentenceAt, splitSentences, type Sentence } from './sentences';
import type { Evidence, Span } from '../types';

export { foldText } from './fold';
export { normalizeText } from './normalize';
export { splitSentences, sentenceAt, type Sentence } from './sentences';
export { LIST_MARKER, LIST_MARKERS, type MarkerRow } from './markers';
export { detectSections, headingLevel, sectionPath, HEADING_RULES, type SectionNode } from './sections';

export interface PolicyText {
  text: string;
  /** same length as text: 简体, half-width, lower case */
  folded: string;
  sentences: Sentence[];
  sections: SectionNode[];
}

export function buildPolicyText(raw: string, headings?: ReadonlyMap<string, number>): PolicyText {
  const text = normalizeText(raw);
  return { text, folded: foldText(text), sentences: splitSentences(text), sections: detectSections(text, headings) };
}

/** Innermost section title at `offset`. */
function sectionTitleAt(doc: PolicyText, offset: number): string | undefined {
  return sectionPath(doc.sections, offset).at(-1)?.title;
}

/** Evidence for the sentence holding `match` (or the given sentence span). */
export function evidenceFor(doc: PolicyText, sentence: Span, match?: Span): Evidence {
  const evidence: Evidence = {
    start: sentence.start,
    end: sentence.end,
    quote: doc.text.slice(sentence.start, sentence.end),
  };
  if (match) evidence.match = { start: match.start, end: match.end };
  const section = sectionTitleAt(doc, sentence.start);
  if (section) evidence.section = section;
  return evidence;
}

export function sentenceOf(doc: PolicyText, offset: number): Sentence | undefined {
  return sentenceAt(doc.sentences, offset);
}
