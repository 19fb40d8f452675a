// Every finding rule, one list: violations first, then gaps, then notices.
import { CONSENT_RULES } from './consent';
import { GAP_RULES } from './gaps';
import { NECESSARY_RULES } from './necessary';
import { NOTICE_RULES } from './notices';
import { RIGHTS_RULES } from './rights';
import { SHARING_RULES } from './sharing';
import type { FindingRule } from '../types';

export const FINDING_RULES: readonly FindingRule[] = [...CONSENT_RULES, ...NECESSARY_RULES, ...SHARING_RULES, ...RIGHTS_RULES, ...GAP_RULES, ...NOTICE_RULES];
