// Risk stage (../shared/spec/findings.md): the checklist, then every finding
// rule through one evaluator, then the grade and the headline.
import type { PolicyText } from '../text';
import type { ContextReader } from '../tag';
import type { Check, Level, Risk, RiskKind, Summary } from '../types';
import { CHECK_RULES } from './checks';
import { Evaluator, type Found } from './evaluate';
import { explainGrade } from './grade';
import { FINDING_RULES } from './rules';
import { headline } from '../locale/headline';

export { CHECK_RULES } from './checks';
export { FINDING_RULES } from './rules';
export { explainGrade, GRADE_LIMITS, HIGH_VIOLATION_CAPS, NOTICE_CAP, POINTS, type GradeExplanation } from './grade';
export type { CheckRule, FindingRule, Says, When } from './types';

const LEVELS: readonly Level[] = ['high', 'medium', 'low', 'info'];
const KINDS: readonly RiskKind[] = ['violation', 'gap', 'notice'];

function runChecks(evaluator: Evaluator, failed: Map<string, boolean>): Check[] {
  const checks: Check[] = [];
  for (const rule of CHECK_RULES) {
    if (rule.appliesWhen && !evaluator.evaluate(rule.appliesWhen, 1)) continue;
    const evidence = evaluator.evaluate(rule.passes, 1);
    failed.set(rule.id, !evidence);
    checks.push({ id: rule.id, title: rule.title, passed: Boolean(evidence), evidence: evidence?.slice(0, 1) ?? [] });
  }
  return checks;
}

const order = (r: Risk): number => KINDS.indexOf(r.kind) * LEVELS.length + LEVELS.indexOf(r.level);

export function assess(doc: PolicyText, context: ContextReader, found: Found): { checks: Check[]; risks: Risk[]; summary: Summary } {
  const failed = new Map<string, boolean>();
  const evaluator = new Evaluator({ doc, context, found, failed });
  const checks = runChecks(evaluator, failed);
  const risks: Risk[] = [];
  for (const rule of FINDING_RULES) {
    const evidence = evaluator.evaluate(rule.when);
    if (!evidence) continue;
    const { id, kind, level, title, detail, basis } = rule;
    risks.push({ id, kind, level, title, detail, ...(basis ? { basis } : {}), evidence });
  }
  risks.sort((a, b) => order(a) - order(b));
  const counts = Object.fromEntries(LEVELS.map((l) => [l, risks.filter((r) => r.level === l).length])) as Record<Level, number>;
  return { checks, risks, summary: { grade: explainGrade(risks).grade, headline: headline(risks, found.source.isPolicy, 'zh_CN'), counts } };
}
