// Gaps: each failed check of the checklist, as a finding. Derived from the
// check rows so that a check and its gap cannot disagree.
import { CHECK_RULES } from '../checks';
import type { FindingRule } from '../types';

/** targeting_optout's failure is reported as the violation targeting_no_optout. */
const REPORTED_AS_VIOLATION = new Set(['targeting_optout']);

export const GAP_RULES: readonly FindingRule[] = CHECK_RULES.filter((c) => !REPORTED_AS_VIOLATION.has(c.id)).map((check) => ({
  id: `missing_${check.id}`,
  kind: 'gap',
  level: check.gap.level,
  title: check.gap.title,
  detail: check.gap.detail,
  basis: check.gap.basis,
  when: { missing: check.id },
  examples: { fires: check.examples.fails, silent: check.examples.passes },
}));
