// Two analyses side by side (two sites, or two versions of one policy): for
// each kind of finding, what only the left has, what only the right has, and
// what both share. Reads only the Analysis objects; nothing is re-derived.
import type { Analysis, RiskKind } from '../types';
import { nameKey } from '../org';

export interface Side<T> {
  onlyLeft: T[];
  onlyRight: T[];
  both: T[];
}

export interface Comparison {
  collected: Side<string>;
  sensitive: Side<string>;
  permissions: Side<string>;
  sdks: Side<string>;
  recipients: Side<string>;
  sharingTypes: Side<string>;
  /** passed on one side and not the other */
  checks: Side<string>;
  /** findings (findings.md) by kind, matched by id, shown by title */
  violations: Side<string>;
  gaps: Side<string>;
  notices: Side<string>;
  grade: { left: string; right: string };
}

/** Split two lists by a key; items keep the left's wording where both have them. */
function sides<T>(left: readonly T[], right: readonly T[], key: (t: T) => string, show: (t: T) => string): Side<string> {
  const rightKeys = new Map(right.map((r) => [key(r), r]));
  const leftKeys = new Set(left.map(key));
  const seen = new Set<string>();
  const out: Side<string> = { onlyLeft: [], onlyRight: [], both: [] };
  for (const l of left) {
    const k = key(l);
    if (seen.has(k)) continue;
    seen.add(k);
    (rightKeys.has(k) ? out.both : out.onlyLeft).push(show(l));
  }
  for (const r of right) {
    const k = key(r);
    if (!leftKeys.has(k) && !seen.has(k)) {
      seen.add(k);
      out.onlyRight.push(show(r));
    }
  }
  return out;
}

const collectedOf = (a: Analysis) => a.dataItems.filter((d) => d.status === 'collected');
const namedOf = (a: Analysis) => a.sharing.flatMap((c) => c.recipients.filter((r) => r.kind === 'named_org'));

const findings = (left: Analysis, right: Analysis, kind: RiskKind): Side<string> =>
  sides(left.risks.filter((r) => r.kind === kind), right.risks.filter((r) => r.kind === kind), (r) => r.id, (r) => r.title);

export function compareAnalyses(left: Analysis, right: Analysis): Comparison {
  const label = (d: { label: string }) => d.label;
  return {
    collected: sides(collectedOf(left), collectedOf(right), (d) => d.id, label),
    sensitive: sides(collectedOf(left).filter((d) => d.sensitive), collectedOf(right).filter((d) => d.sensitive), (d) => d.id, label),
    permissions: sides(left.permissions, right.permissions, (p) => p.id, label),
    // the catalog id when known, so 友盟SDK and Umeng（友盟） SDK are one SDK
    sdks: sides(left.sdks, right.sdks, (s) => s.catalogId ?? nameKey(s.name), (s) => s.name),
    recipients: sides(namedOf(left), namedOf(right), (r) => nameKey(r.name), (r) => r.name),
    sharingTypes: sides(left.sharing, right.sharing, (c) => c.type, (c) => c.type),
    checks: sides(left.checks.filter((c) => c.passed), right.checks.filter((c) => c.passed), (c) => c.id, (c) => c.title),
    violations: findings(left, right, 'violation'),
    gaps: findings(left, right, 'gap'),
    notices: findings(left, right, 'notice'),
    grade: { left: left.summary.grade, right: right.summary.grade },
  };
}
