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

/** How an item stands against the app type's list of necessary personal information. */
export type Necessity =
  /** on the list for the basic service (or, with byLaw, demanded where a law requires it) */
  | 'necessary'
  /** not on the list, yet demanded for registering or using the app at all: beyond_necessary */
  | 'beyond'
  /** not on the list and not demanded: for functions the person may refuse */
  | 'optional';

export interface AppTypeGuess {
  /** app type id of 必要个人信息范围规定 第五条 (../shared/spec/necessary-pi.md slug) */
  id: string;
  /** the type as the regulation names it: 地图导航类 */
  name: string;
  /** 0..1; the guess's, also when the person chose the type */
  confidence: number;
  /** the policy is judged as this type */
  chosen: boolean;
  /** the words that suggested it */
  cues: string[];
}

export interface NecessaryItem {
  /** data-item id */
  id: string;
  label: string;
  status: Necessity;
  /** for a listed necessary item: the list's wording that covers it (注册用户移动电话号码) */
  listed?: string;
  /** necessary because a law requires it (real-name registration in games), not by the list */
  byLaw?: boolean;
  /** beyond: the sentences that demand it; otherwise where it is collected */
  evidence: Evidence[];
}

/** 必要个人信息范围规定: the app's type(s) and each collected item against their lists. */
export interface NecessaryCheck {
  /** chosen types first, then other guesses to offer */
  types: AppTypeGuess[];
  /** the types come from the guess, or from the person (AnalyzeOptions.appTypes) */
  by: 'guess' | 'user';
  /** no type is clear: ask which it is; items are then not judged */
  unsure: boolean;
  /** beyond first, then necessary, then optional */
  items: NecessaryItem[];
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
  /** 必要个人信息范围规定 (absent in analyses stored before it) */
  necessary?: NecessaryCheck;
  checks: Check[];
  risks: Risk[];
  summary: Summary;
  timings: Timings;
}
