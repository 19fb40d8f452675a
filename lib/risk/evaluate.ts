// The one evaluator: does a rule's `when` hold for this policy, and which
// sentences show it? null means it does not hold; [] that it holds with no
// sentence to quote (a gap, a composite of absences).
import { catalogById } from '../sdk';
import { evidenceFor, sentenceOf, type PolicyText, type Sentence } from '../text';
import { numberIn } from '../text/numbers';
import type { ContextReader, Stance } from '../tag';
import type { Analysis, Evidence, Span } from '../types';
import { listZones, type ListKind } from './lists';
import { workingDays } from './patterns';
import type { Says, When } from './types';

export type Found = Pick<Analysis, 'source' | 'dataItems' | 'permissions' | 'sdks' | 'sharing' | 'necessary'>;

export interface Facts {
  doc: PolicyText;
  context: ContextReader;
  found: Found;
  /** check id → failed (applies and did not pass); absent when it does not apply */
  failed: ReadonlyMap<string, boolean>;
}

// every sentence that shows the practice, within reason (an exceptions list can run to dozens of items)
const MAX_EVIDENCE = 24;
const ASSERTED: readonly Stance[] = ['asserted'];
/** a tag's sentence shows the practice unless it asks, exemplifies or only promises */
const STATES: readonly Stance[] = ['asserted', 'negated', 'definition'];
const globals = new WeakMap<RegExp, RegExp>();
function global(re: RegExp): RegExp {
  let g = globals.get(re);
  if (!g) globals.set(re, (g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`)));
  g.lastIndex = 0;
  return g;
}

export class Evaluator {
  /** each Says scanned once per policy (rules share them); `complete` when not cut short by a limit */
  private readonly saysCache = new Map<Says, { evidence: Evidence[]; complete: boolean }>();
  private readonly withCache = new Map<RegExp, Sentence[]>();
  private zones?: Map<number, ListKind>;
  /** a heading names a topic; it states no practice */
  private readonly headings: Set<number>;

  constructor(private readonly facts: Facts) {
    this.headings = new Set(facts.doc.sections.map((s) => s.start));
  }

  /** Sentences in list zones (consent exceptions, request refusals). */
  listKindAt(sentenceIndex: number): ListKind | undefined {
    this.zones ??= listZones(this.facts.doc);
    return this.zones.get(sentenceIndex);
  }

  /** Sentences that say it, the first `limit` of them (a check needs one; a finding quotes a few). */
  says(says: Says, limit = MAX_EVIDENCE): Evidence[] {
    let found = this.saysCache.get(says);
    if (!found || (!found.complete && found.evidence.length < limit)) this.saysCache.set(says, (found = this.scan(says, limit)));
    return found.evidence;
  }

  /** Each pattern over the text (or only the sentences that say `with`), in pattern order then text order. */
  private scan(says: Says, limit: number): { evidence: Evidence[]; complete: boolean } {
    const { doc } = this.facts;
    const seen = new Set<number>();
    const out: Evidence[] = [];
    const spans: readonly Span[] = says.with ? this.sentencesSaying(says.with) : [{ start: 0, end: doc.folded.length }];
    for (const pattern of says.any) {
      const re = global(pattern);
      for (const span of spans) {
        const text = span.start === 0 && span.end === doc.folded.length ? doc.folded : doc.folded.slice(span.start, span.end);
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          if (!m[0].length) {
            re.lastIndex++;
            continue;
          }
          const at = span.start + m.index;
          const sentence = sentenceOf(doc, at);
          if (!sentence || seen.has(sentence.index) || at + m[0].length > sentence.end || !this.accepts(says, sentence, at, m)) continue;
          seen.add(sentence.index);
          out.push(evidenceFor(doc, sentence, { start: at, end: at + m[0].length }));
          if (out.length >= limit) return { evidence: out, complete: false };
        }
      }
    }
    return { evidence: out, complete: true };
  }

  /** Does this match of a Says pattern count: the sentence, its stance, its list, its time limit? */
  private accepts(says: Says, sentence: Sentence, at: number, m: RegExpExecArray): boolean {
    if (!says.headings && this.headings.has(sentence.start)) return false;
    if (says.unless?.test(this.facts.doc.folded.slice(sentence.start, sentence.end))) return false;
    if (!(says.stances ?? ASSERTED).includes(this.facts.context.stance(sentence, at))) return false;
    const list = this.listKindAt(sentence.index);
    if (says.inList !== undefined && (says.inList === false ? list !== undefined : list !== says.inList)) return false;
    if (says.longerThanWorkingDays === undefined) return true;
    const { n, unit } = m.groups ?? {};
    return Boolean(n && unit && workingDays(numberIn(n), unit) > says.longerThanWorkingDays);
  }

  /** The sentences in which `pattern` occurs, in text order (a cheap first pass for Says.with). */
  private sentencesSaying(pattern: RegExp): Sentence[] {
    let found = this.withCache.get(pattern);
    if (found) return found;
    const { doc } = this.facts;
    const re = global(pattern);
    found = [];
    for (let m = re.exec(doc.folded); m; m = re.exec(doc.folded)) {
      if (!m[0].length) re.lastIndex++;
      const sentence = sentenceOf(doc, m.index);
      if (sentence && found.at(-1) !== sentence) found.push(sentence);
    }
    this.withCache.set(pattern, found);
    return found;
  }

  /** `limit`: how many sentences the caller needs (1 to know that it holds). */
  evaluate(when: When, limit = MAX_EVIDENCE): Evidence[] | null {
    const { found, failed } = this.facts;
    if ('says' in when) return nonEmpty(this.says(when.says, limit));
    if ('missing' in when) return failed.get(when.missing) ? [] : null;
    if ('operatorNamed' in when) return found.source.company ? [] : null;
    if ('collects' in when) {
      if (when.unless && this.says(when.unless, 1).length) return null;
      const items = found.dataItems.filter((d) => d.status === 'collected' && when.collects.includes(d.id));
      return nonEmpty(items.flatMap((d) => this.stated(d.evidence).slice(0, 2)));
    }
    if ('collectsSensitiveWithout' in when) return nonEmpty(this.sensitiveWithout(when.collectsSensitiveWithout));
    if ('permission' in when) {
      const perms = found.permissions.filter((p) => when.permission.includes(p.id));
      return nonEmpty(perms.flatMap((p) => this.stated(p.evidence.filter((e) => !this.clauseSays(e, when.unless))).slice(0, 2)));
    }
    if ('shares' in when) {
      const { types, to } = when.shares;
      const clauses = found.sharing.filter(
        (c) => (!types || types.includes(c.type)) && (!to || c.recipients.some((r) => to.includes(r.kind))),
      );
      return nonEmpty(clauses.flatMap((c) => c.evidence));
    }
    if ('beyondNecessary' in when) return nonEmpty((found.necessary?.items ?? []).filter((i) => i.status === 'beyond').flatMap((i) => i.evidence));
    if ('sdk' in when) {
      const { category, foreign } = when.sdk;
      const sdks = found.sdks.filter((s) => {
        const entry = s.catalogId ? catalogById(s.catalogId) : undefined;
        if (category && (entry?.category ?? s.category) !== category) return false;
        return !foreign || (entry !== undefined && entry.country !== 'CN');
      });
      return nonEmpty(sdks.flatMap((s) => s.evidence.slice(0, 1)));
    }
    if ('allOf' in when) {
      const parts: Evidence[] = [];
      for (const w of when.allOf) {
        const e = this.evaluate(w, limit);
        if (!e) return null;
        parts.push(...e);
      }
      return parts;
    }
    if ('anyOf' in when) {
      const parts = when.anyOf.map((w) => this.evaluate(w, limit)).filter((e): e is Evidence[] => e !== null);
      return parts.length ? parts.flat() : null;
    }
    return when.noneOf.some((w) => this.evaluate(w, 1) !== null) ? null : [];
  }

  /** Does the clause around the evidence's match say `pattern`? (a permission table row is one long sentence) */
  private clauseSays(e: Evidence, pattern: RegExp | undefined): boolean {
    if (!pattern) return false;
    const { folded } = this.facts.doc;
    const clause = e.match ? this.facts.context.clause(e, e.match.start) : e;
    return pattern.test(folded.slice(clause.start, clause.end));
  }

  /**
   * Tag evidence a notice may quote: the tagger has left out definitions and
   * denials already; an FAQ question, an example or a hypothetical promise
   * (如需…将征得您的同意) shows no practice either.
   */
  private stated(evidence: readonly Evidence[]): Evidence[] {
    const { doc, context } = this.facts;
    return evidence.filter((e) => {
      const sentence = sentenceOf(doc, e.start);
      return sentence !== undefined && STATES.includes(context.stance(sentence, e.match?.start ?? e.start));
    });
  }

  /** The collection sentence of each sensitive item no separate-consent promise covers. */
  private sensitiveWithout(promise: Says): Evidence[] {
    const promises = this.says(promise, Infinity);
    if (promises.some((p) => /敏感/.test(p.quote))) return [];
    const promised = new Set(promises.map((p) => p.start));
    return this.facts.found.dataItems
      .filter((d) => d.sensitive && d.status === 'collected')
      .filter((d) => !d.evidence.some((e) => promised.has(e.start)) && !promises.some((p) => p.quote.includes(d.label)))
      .flatMap((d) => d.evidence.slice(0, 1));
  }
}

/** Evidence found, or null when there is none. */
function nonEmpty(evidence: Evidence[]): Evidence[] | null {
  return evidence.length ? dedupe(evidence).slice(0, MAX_EVIDENCE) : null;
}

function dedupe(evidence: Evidence[]): Evidence[] {
  const seen = new Set<number>();
  return evidence.filter((e) => !seen.has(e.start) && seen.add(e.start));
}
