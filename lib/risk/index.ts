// Risk stage: the checklist, the risks it and the tags imply, and the grade.
import type { Analysis, Check, Grade, Level, Risk, Summary } from '../types';
import type { PolicyText } from '../text';
import { runChecks } from './checks';
import { CHECK_RISKS, DATA_RISKS, GRADE_LIMITS, LEVEL_WEIGHT, PERMISSION_RISKS, SHARING_RISKS } from './rules';

export { CHECK_RULES } from './checks';

type Found = Pick<Analysis, 'source' | 'dataItems' | 'permissions' | 'sdks' | 'sharing'>;

const LEVELS: readonly Level[] = ['high', 'medium', 'low', 'info'];

function risksFrom(found: Found, checks: readonly Check[]): Risk[] {
  const risks: Risk[] = [];
  const collected = new Map(found.dataItems.filter((d) => d.status === 'collected').map((d) => [d.id, d]));
  for (const rule of DATA_RISKS) {
    const items = rule.dataItems.flatMap((id) => collected.get(id) ?? []);
    if (!items.length) continue;
    const names = items.map((i) => i.label).join('、');
    risks.push({
      id: rule.id,
      level: rule.level,
      title: rule.title,
      detail: `${rule.detail}（${names}）`,
      basis: rule.basis,
      evidence: items.flatMap((i) => i.evidence.slice(0, 2)),
    });
  }
  for (const rule of PERMISSION_RISKS) {
    const perms = found.permissions.filter((p) => rule.permissions.includes(p.id));
    if (perms.length) risks.push({ id: rule.id, level: rule.level, title: rule.title, detail: rule.detail, evidence: perms.flatMap((p) => p.evidence.slice(0, 2)) });
  }
  for (const rule of SHARING_RISKS) {
    const clauses = found.sharing.filter((c) => c.type === rule.sharingType);
    if (clauses.length) risks.push({ id: rule.id, level: rule.level, title: rule.title, detail: rule.detail, basis: rule.basis, evidence: clauses.flatMap((c) => c.evidence).slice(0, 4) });
  }
  for (const rule of CHECK_RISKS) {
    if (checks.find((c) => c.id === rule.check)?.passed === false) {
      risks.push({ id: `missing_${rule.check}`, level: rule.level, title: rule.title, detail: rule.detail, basis: rule.basis, evidence: [] });
    }
  }
  return risks.sort((a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level));
}

function gradeFor(risks: readonly Risk[]): Grade {
  const score = risks.reduce((sum, r) => sum + LEVEL_WEIGHT[r.level], 0);
  return GRADE_LIMITS.find(([, max]) => score <= max)?.[0] ?? 'E';
}

function summarize(found: Found, risks: readonly Risk[]): Summary {
  const counts = Object.fromEntries(LEVELS.map((l) => [l, risks.filter((r) => r.level === l).length])) as Record<Level, number>;
  const collected = found.dataItems.filter((d) => d.status === 'collected');
  const sensitive = collected.filter((d) => d.sensitive).length;
  const headline = found.source.isPolicy
    ? `收集 ${collected.length} 类个人信息（其中敏感 ${sensitive} 类），${counts.high} 项高风险，${counts.medium} 项中风险`
    : '这段文字看起来不是隐私政策';
  return { grade: gradeFor(risks), headline, counts };
}

export function assess(doc: PolicyText, found: Found): { checks: Check[]; risks: Risk[]; summary: Summary } {
  const checks = runChecks(doc);
  const risks = risksFrom(found, checks);
  return { checks, risks, summary: summarize(found, risks) };
}
