// The one Analysis object of ../shared/spec/analysis.md. Every consumer
// (popup, highlighter, compare page, exports, CLI, tests) reads this shape.

export type Level = 'high' | 'medium' | 'low' | 'info';
export type Script = 'hans' | 'hant' | 'mixed' | 'other';
export type Grade = 'A' | 'B' | 'C' | 'D' | 'E';

export interface Span {
  start: number;
  end: number;
}

export interface Evidence extends Span {
  /** text.slice(start, end) === quote, always */
  quote: string;
  /** the term itself, inside [start, end) */
  match?: Span;
  /** heading of the section the sentence sits in */
  section?: string;
}

export interface Section extends Span {
  title: string;
}

export interface Source {
  title?: string;
  url?: string;
  fetchedAt?: string;
  chars: number;
  script: Script;
  isPolicy: boolean;
  policyConfidence: number;
  company?: string;
  updatedAt?: string;
  effectiveAt?: string;
}

export type DataStatus = 'collected' | 'mentioned';

export interface DataItemTag {
  id: string;
  label: string;
  sensitive: boolean;
  status: DataStatus;
  evidence: Evidence[];
}

export interface PermissionTag {
  id: string;
  label: string;
  evidence: Evidence[];
}

export interface SdkTag {
  name: string;
  vendor?: string;
  purpose?: string;
  dataItems: string[];
  catalogId?: string;
  category?: string;
  evidence: Evidence[];
}

export type SharingType = 'share' | 'transfer' | 'disclose' | 'entrust' | 'cross_border' | 'no_consent';
export type RecipientKind =
  | 'named_org'
  | 'affiliate'
  | 'partner'
  | 'third_party'
  | 'authority'
  | 'counterparty'
  | 'acquirer'
  | 'public';

export interface Recipient {
  name: string;
  kind: RecipientKind;
}

export interface SharingClause {
  type: SharingType;
  recipients: Recipient[];
  dataItems: string[];
  purpose?: string;
  evidence: Evidence[];
}

export interface Check {
  id: string;
  passed: boolean;
  title: string;
  evidence: Evidence[];
}

/** findings.md: what the text says it does wrong, what it leaves out, what a reader should know */
export type RiskKind = 'violation' | 'gap' | 'notice';

export interface Risk {
  id: string;
  kind: RiskKind;
  level: Level;
  title: string;
  detail: string;
  basis?: string;
  evidence: Evidence[];
}

export interface Summary {
  grade: Grade;
  headline: string;
  counts: Record<Level, number>;
}

export interface Timings {
  segmentMs: number;
  classifyMs: number;
  totalMs: number;
}

export interface Analysis {
  schemaVersion: 1;
  text: string;
  source: Source;
  sections: Section[];
  dataItems: DataItemTag[];
  permissions: PermissionTag[];
  sdks: SdkTag[];
  sharing: SharingClause[];
  checks: Check[];
  risks: Risk[];
  summary: Summary;
  timings: Timings;
}
