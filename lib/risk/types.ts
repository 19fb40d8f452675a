// The shape of a finding rule (../shared/spec/findings.md): one row of data,
// read by one evaluator (evaluate.ts). A new rule is a row, not a loop.
import type { Level, RecipientKind, Risk, SharingType } from '../types';
import type { ListKind } from './lists';
import type { Stance } from '../tag';

/**
 * A sentence-level test over the folded text. Patterns run in order of how
 * telling they are: evidence from the first comes first. A match counts only
 * where the context reader (lib/tag/context) reads the sentence as asserted:
 * never in a definition, a denial, an FAQ question, an example, or a
 * conditional promise to ask first.
 */
export interface Says {
  any: readonly RegExp[];
  /** the sentence must also say this (what the sentence is about: 注销, 请求…) */
  with?: RegExp;
  /** the sentence also says this: no finding (the lawful form of the practice) */
  unless?: RegExp;
  /**
   * how the sentence may speak of it (lib/tag/context Stance); default
   * asserted only. A pattern that carries its own negation (不承担责任) adds
   * 'negated'; a promise of separate consent is read as 'promise'.
   */
  stances?: readonly Stance[];
  /** headings count (a checklist item may be a section of its own); default no */
  headings?: boolean;
  /** only inside a list of this kind (lib/risk/lists), or (false) never inside one */
  inList?: ListKind | false;
  /**
   * a time limit in the match, in its named groups `n` (digits or 一…十) and
   * `unit`; fires only when it is longer than this many working days
   */
  longerThanWorkingDays?: number;
}

export type When =
  /** the operator is named (lib/extract/meta found it) */
  | { operatorNamed: true }
  /** a data item (taxonomy id) is collected */
  | { collects: readonly string[]; unless?: Says }
  /** a sensitive data item is collected and no sentence of `promise` covers it */
  | { collectsSensitiveWithout: Says }
  /** the policy asks for a permission (not in a clause that also says `unless`) */
  | { permission: readonly string[]; unless?: RegExp }
  /** a sharing clause of these types (and, if given, to these kinds of recipient) */
  | { shares: { types?: readonly SharingType[]; to?: readonly RecipientKind[] } }
  /** an SDK of this catalog category, or whose vendor is outside mainland China */
  | { sdk: { category?: string; foreign?: boolean } }
  | { says: Says }
  /** an item beyond the app type's necessary list is demanded for basic use (lib/necessary) */
  | { beyondNecessary: true }
  /** a check of the checklist failed (it applies and did not pass) */
  | { missing: string }
  | { allOf: readonly When[] }
  | { anyOf: readonly When[] }
  | { noneOf: readonly When[] };

export interface RuleExamples {
  /** texts on which the rule fires, its evidence holding the example */
  fires: readonly string[];
  /** texts on which it must stay silent */
  silent: readonly string[];
}

/**
 * A finding as the Analysis carries it (`title`: one plain sentence about this
 * policy; `detail`: why it matters), without its evidence, plus when it fires.
 */
export interface FindingRule extends Omit<Risk, 'evidence'> {
  when: When;
  examples: RuleExamples;
}

/** A row of the checklist; a failed check is the gap `missing_<id>`. */
export interface CheckRule {
  id: string;
  /** what the check looks for, shown in the checklist */
  title: string;
  passes: When;
  /** the check applies only when this holds (otherwise it is omitted) */
  appliesWhen?: When;
  gap: { level: Level; title: string; detail: string; basis: string };
  examples: { passes: readonly string[]; fails: readonly string[] };
}
