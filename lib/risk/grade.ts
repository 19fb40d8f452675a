// The grade (findings.md "The grade"; the same table is docs/GRADING.md).
// Points add up per finding; notices together cost at most NOTICE_CAP, so
// notices alone never bring a policy below B; high violations cap the grade.
// Every rule here is monotone: another finding, or a higher level, never
// raises the grade.
import type { Grade, Level, Risk, RiskKind } from '../types';

export const POINTS: Record<RiskKind, Record<Level, number>> = {
  violation: { high: 4, medium: 2, low: 1, info: 0 },
  gap: { high: 4, medium: 1, low: 0.5, info: 0 },
  notice: { high: 0.5, medium: 0.25, low: 0.1, info: 0 },
};

/** what all notices together may cost: the most a B may have */
export const NOTICE_CAP = 2;

/**
 * The highest score each grade allows; above the last, E. Set on the 28
 * policies of ../shared so that the grades spread (docs/GRADING.md): real
 * policies mostly carry the same few low and medium violations, so the bands
 * narrow where most of them score.
 */
export const GRADE_LIMITS: readonly (readonly [Grade, number])[] = [
  ['A', 3],
  ['B', 8],
  ['C', 12],
  ['D', 14],
];

/** the best grade a policy with this many high violations can get */
export const HIGH_VIOLATION_CAPS: readonly (readonly [count: number, best: Grade])[] = [
  [2, 'D'],
  [1, 'C'],
];

const GRADES: readonly Grade[] = ['A', 'B', 'C', 'D', 'E'];

export interface GradeExplanation {
  grade: Grade;
  score: number;
  /** each finding with what it cost, most first */
  costs: { risk: Risk; points: number }[];
  /** what the notices cost before the cap */
  noticePoints: number;
  /** the grade the score alone gives, and the cap that lowered it, if any */
  byScore: Grade;
  cappedBy?: { highViolations: number; best: Grade };
}

const round = (x: number): number => Math.round(x * 100) / 100;

export function explainGrade(risks: readonly Risk[]): GradeExplanation {
  const costs = risks.map((risk) => ({ risk, points: POINTS[risk.kind][risk.level] })).filter((c) => c.points > 0);
  const noticePoints = costs.filter((c) => c.risk.kind === 'notice').reduce((sum, c) => sum + c.points, 0);
  const otherPoints = costs.filter((c) => c.risk.kind !== 'notice').reduce((sum, c) => sum + c.points, 0);
  const score = round(otherPoints + Math.min(noticePoints, NOTICE_CAP));
  const byScore = GRADE_LIMITS.find(([, max]) => score <= max)?.[0] ?? 'E';
  const highViolations = risks.filter((r) => r.kind === 'violation' && r.level === 'high').length;
  const cap = HIGH_VIOLATION_CAPS.find(([count]) => highViolations >= count);
  const grade = cap && GRADES.indexOf(cap[1]) > GRADES.indexOf(byScore) ? cap[1] : byScore;
  return {
    grade,
    score,
    costs: costs.sort((a, b) => b.points - a.points),
    noticePoints: round(noticePoints),
    byScore,
    cappedBy: grade !== byScore && cap ? { highViolations, best: cap[1] } : undefined,
  };
}
