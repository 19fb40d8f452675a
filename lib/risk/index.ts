// Risk stage (../shared/spec/findings.md): the checklist, then every finding
// rule through one evaluator, then the grade and the headline.
import type { PolicyText } from '../text';
import type { ContextReader } from '../tag';
import type { Check, Level, Risk, RiskKind, Summary } from '../types';
import { CHECK_RULES } from './checks';
import { Evaluator, type Found } from './evaluate';
import { explainGrade } from './grade';
import { FINDING_RULES } from './rules';

export { CHECK_RULES } from './checks';
export { FINDING_RULES } from './rules';
export { explainGrade, GRADE_LIMITS, HIGH_VIOLATION_CAPS, NOTICE_CAP, POINTS, type GradeExplanation } from './grade';
export type { CheckRule, FindingRule, Says, When } from './types';

const LEVELS: readonly Level[] = ['high', 'medium', 'low', 'info'];
const KINDS: readonly RiskKind[] = ['violation', 'gap', 'notice'];
/** how many practices the headline names */
const HEADLINE_ITEMS = 2;

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

function headline(risks: readonly Risk[], isPolicy: boolean): string {
  if (!isPolicy) return '这段文字看起来不是隐私政策';
  const worst = risks.filter((r) => r.kind === 'violation');
  const named = (worst.length ? worst : risks.filter((r) => r.kind === 'gap')).slice(0, HEADLINE_ITEMS);
  if (!named.length) return risks.length ? '未发现违规或缺项，只有需要留意的提示' : '未发现违规、缺项或需要留意的做法';
  const rest = risks.filter((r) => r.kind !== 'notice').length - named.length;
  return `${named.map((r) => r.title).join('；')}${rest > 0 ? `（另有 ${rest} 项问题）` : ''}`;
}

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
  return { checks, risks, summary: { grade: explainGrade(risks).grade, headline: headline(risks, found.source.isPolicy), counts } };
}
