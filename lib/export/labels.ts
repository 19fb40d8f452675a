// Words every export shares, so the formats say the same thing.
import type { Level, RiskKind } from '../types';

export const LEVEL_LABEL: Record<Level, string> = { high: '高', medium: '中', low: '低', info: '提示' };

/** findings.md's three kinds, as the section headings of every export */
export const KIND_LABEL: Record<RiskKind, string> = { violation: '违规', gap: '缺项', notice: '提示' };
export const KINDS: readonly RiskKind[] = ['violation', 'gap', 'notice'];

export const SHARING_LABEL: Record<string, string> = {
  share: '共享',
  transfer: '转让',
  disclose: '公开披露',
  entrust: '委托处理',
  cross_border: '出境',
  no_consent: '无需同意的例外',
};

export const RECIPIENT_LABEL: Record<string, string> = {
  named_org: '具名机构',
  affiliate: '关联方',
  partner: '合作方',
  third_party: '第三方',
  authority: '监管/司法机关',
  counterparty: '交易对方',
  acquirer: '收购方',
  public: '公众',
};
