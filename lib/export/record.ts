// Analysis → one flat record per policy, for batch runs over many policies
// (cli/batch.ts): a CSV row, a JSON line or a Markdown table row. Each field
// means one thing; lists are ids joined by a space.
import { nameKey } from '../org';
import type { Analysis, NecessaryCheck } from '../types';
import { cell } from './csv';
import { md } from './markdown';

export interface PolicyRecord {
  /** the file, relative to the folder analysed */
  file: string;
  title: string;
  operator: string;
  updated_at: string;
  effective_at: string;
  is_policy: boolean;
  policy_confidence: number;
  chars: number;
  grade: string;
  /** findings by level */
  high: number;
  medium: number;
  low: number;
  info: number;
  /** findings by kind */
  violations: number;
  gaps: number;
  notices: number;
  violation_ids: string;
  gap_ids: string;
  /** 必要个人信息: the app type(s) judged (none: the person chose none of the 39; empty: unclear), who chose them, the items demanded beyond their lists */
  app_types: string;
  app_types_by: 'guess' | 'user' | '';
  beyond_necessary: string;
  /** data items the policy says it collects, of them sensitive, and only mentioned */
  collected: number;
  sensitive: number;
  mentioned: number;
  permissions: number;
  sdks: number;
  /** SDKs matched to the catalog */
  catalog_sdks: number;
  /** distinct named organisations data is shared with, transferred or disclosed to */
  named_recipients: number;
  checks_passed: number;
  checks_total: number;
}

export const RECORD_COLUMNS: readonly (keyof PolicyRecord)[] = [
  'file', 'title', 'operator', 'updated_at', 'effective_at', 'is_policy', 'policy_confidence', 'chars', 'grade',
  'high', 'medium', 'low', 'info', 'violations', 'gaps', 'notices', 'violation_ids', 'gap_ids', 'app_types', 'app_types_by', 'beyond_necessary',
  'collected', 'sensitive', 'mentioned', 'permissions', 'sdks', 'catalog_sdks', 'named_recipients', 'checks_passed', 'checks_total',
];

const ids = (a: Analysis, kind: string): string[] => [...new Set(a.risks.filter((r) => r.kind === kind).map((r) => r.id))];

function appTypes(n: NecessaryCheck | undefined): string {
  const chosen = n?.types.filter((t) => t.chosen).map((t) => t.id) ?? [];
  return chosen.length ? chosen.join(' ') : n?.by === 'user' ? 'none' : '';
}

export function policyRecord(a: Analysis, file: string): PolicyRecord {
  const s = a.source;
  const collected = a.dataItems.filter((d) => d.status === 'collected');
  const named = new Set(a.sharing.flatMap((c) => c.recipients.filter((r) => r.kind === 'named_org').map((r) => nameKey(r.name))));
  const violations = ids(a, 'violation');
  const gaps = ids(a, 'gap');
  return {
    file,
    title: s.title ?? '',
    operator: s.company ?? '',
    updated_at: s.updatedAt ?? '',
    effective_at: s.effectiveAt ?? '',
    is_policy: s.isPolicy,
    policy_confidence: s.policyConfidence,
    chars: s.chars,
    grade: a.summary.grade,
    high: a.summary.counts.high,
    medium: a.summary.counts.medium,
    low: a.summary.counts.low,
    info: a.summary.counts.info,
    violations: violations.length,
    gaps: gaps.length,
    notices: ids(a, 'notice').length,
    violation_ids: violations.join(' '),
    gap_ids: gaps.join(' '),
    app_types: appTypes(a.necessary),
    app_types_by: a.necessary?.by ?? '',
    beyond_necessary: (a.necessary?.items ?? []).filter((i) => i.status === 'beyond').map((i) => i.id).join(' '),
    collected: collected.length,
    sensitive: collected.filter((d) => d.sensitive).length,
    mentioned: a.dataItems.length - collected.length,
    permissions: a.permissions.length,
    sdks: a.sdks.length,
    catalog_sdks: new Set(a.sdks.flatMap((x) => x.catalogId ?? [])).size,
    named_recipients: named.size,
    checks_passed: a.checks.filter((c) => c.passed).length,
    checks_total: a.checks.length,
  };
}

export type RecordFormat = 'csv' | 'jsonl' | 'md';

/** Each format's header lines (none for JSON Lines) and one line per policy. */
export const RECORD_FORMATS: Record<RecordFormat, { header: string[]; row: (r: PolicyRecord) => string }> = {
  csv: { header: [RECORD_COLUMNS.join(',')], row: (r) => RECORD_COLUMNS.map((c) => cell(String(r[c]))).join(',') },
  jsonl: { header: [], row: (r) => JSON.stringify(r) },
  md: {
    header: [`| ${RECORD_COLUMNS.join(' | ')} |`, `|${RECORD_COLUMNS.map(() => '---').join('|')}|`],
    row: (r) => `| ${RECORD_COLUMNS.map((c) => md(String(r[c]), 'cell')).join(' | ')} |`,
  },
};
