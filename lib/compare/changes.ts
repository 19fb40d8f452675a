// What changed in meaning between two versions of one policy: data items,
// permissions, SDKs, named recipients, sharing types, findings and checks
// added or removed. An added entry quotes the new version, a removed one the
// old, so each change is one click from its sentence. Ids travel with the
// Chinese labels so a UI can show its own words.
import type { Analysis, Evidence, Grade, Level, RiskKind } from '../types';
import { SHARING_LABEL } from '../export/labels';
import { findingText, named } from '../locale/own';
import type { Locale } from '../locale/types';
import { nameKey } from '../org';

export interface Change {
  /** taxonomy / permission / check / finding id, SDK catalog id, or a name key */
  id: string;
  label: string;
  evidence: Evidence[];
}

export interface DataChange extends Change {
  sensitive: boolean;
}

export interface FindingChange extends Change {
  kind: RiskKind;
  level: Level;
}

export interface Delta<T extends Change = Change> {
  added: T[];
  removed: T[];
}

export interface Changes {
  /** data items collected in one version and not the other */
  collected: Delta<DataChange>;
  permissions: Delta;
  sdks: Delta;
  recipients: Delta;
  sharingTypes: Delta;
  findings: Delta<FindingChange>;
  /** checklist rows that pass now and did not (or that no longer pass) */
  checks: { nowPass: Change[]; nowFail: Change[] };
  grade: { before: Grade; after: Grade };
  /** one line: "+人脸, +穿山甲SDK, −可撤回同意" */
  summary: string;
  isEmpty: boolean;
}

/** Evidence a grouped entry (a recipient named in several clauses) carries at most. */
const MAX_EVIDENCE = 5;
/** Entries the one-line summary names before "…等 N 项". */
const SUMMARY_ITEMS = 12;

interface Keyed<T extends Change> {
  keys: string[];
  change: T;
}

/** Entries of `after` no key of which `before` has; the first key that matches pairs them. */
function onlyIn<T extends Change>(after: readonly Keyed<T>[], before: readonly Keyed<T>[]): T[] {
  const known = new Set(before.flatMap((b) => b.keys));
  return after.filter((a) => !a.keys.some((k) => known.has(k))).map((a) => a.change);
}

function delta<T extends Change>(before: readonly Keyed<T>[], after: readonly Keyed<T>[]): Delta<T> {
  return { added: onlyIn(after, before), removed: onlyIn(before, after) };
}

/** One entry per key, evidence gathered from every place the key occurs. */
function grouped(entries: Iterable<{ key: string; label: string; evidence: readonly Evidence[] }>): Keyed<Change>[] {
  const byKey = new Map<string, Change>();
  for (const { key, label, evidence } of entries) {
    let change = byKey.get(key);
    if (!change) byKey.set(key, (change = { id: key, label, evidence: [] }));
    for (const e of evidence) if (change.evidence.length < MAX_EVIDENCE && !change.evidence.some((x) => x.start === e.start)) change.evidence.push(e);
  }
  return [...byKey.values()].map((change) => ({ keys: [change.id], change }));
}

const collected = (a: Analysis): Keyed<DataChange>[] =>
  a.dataItems
    .filter((d) => d.status === 'collected')
    .map((d) => ({ keys: [d.id], change: { id: d.id, label: d.label, sensitive: d.sensitive, evidence: d.evidence } }));

// An SDK matches by catalog id, else by its name: 友盟SDK and Umeng（友盟）SDK are one.
const sdks = (a: Analysis): Keyed<Change>[] =>
  a.sdks.map((s) => ({
    keys: [...(s.catalogId ? [`catalog:${s.catalogId}`] : []), `name:${nameKey(s.name)}`],
    change: { id: s.catalogId ?? nameKey(s.name), label: s.name, evidence: s.evidence },
  }));

const recipients = (a: Analysis): Keyed<Change>[] =>
  grouped(
    a.sharing.flatMap((c) =>
      c.recipients.filter((r) => r.kind === 'named_org').map((r) => ({ key: nameKey(r.name), label: r.name, evidence: c.evidence })),
    ),
  );

const sharingTypes = (a: Analysis): Keyed<Change>[] =>
  grouped(a.sharing.map((c) => ({ key: c.type, label: SHARING_LABEL[c.type] ?? c.type, evidence: c.evidence })));

const findings = (a: Analysis): Keyed<FindingChange>[] =>
  a.risks.map((r) => ({ keys: [r.id], change: { id: r.id, label: r.title, kind: r.kind, level: r.level, evidence: r.evidence } }));

/** Checks that pass in `after` and not in `before` (failed there, or did not apply). */
function nowPassing(before: Analysis, after: Analysis): Change[] {
  const passed = new Set(before.checks.filter((c) => c.passed).map((c) => c.id));
  return after.checks.filter((c) => c.passed && !passed.has(c.id)).map((c) => ({ id: c.id, label: c.title, evidence: c.evidence }));
}

/** A check that fails in `after` after passing in `before`; a check that no longer applies is not a failure. */
function nowFailing(before: Analysis, after: Analysis): Change[] {
  const failed = new Set(after.checks.filter((c) => !c.passed).map((c) => c.id));
  return before.checks.filter((c) => c.passed && failed.has(c.id)).map((c) => ({ id: c.id, label: c.title, evidence: c.evidence }));
}

// A gap is a failed check (findings.md): the summary names the check once, not also its gap.
const gapOf = (checkId: string): string[] => [`missing_${checkId}`, ...(checkId === 'targeting_optout' ? ['targeting_no_optout'] : [])];

/** The summary's own words, in each language. */
const SUMMARY_WORDS: Readonly<Record<Locale, { permission: (p: string) => string; sharedWith: (r: string) => string; grade: (b: Grade, a: Grade) => string; none: string; more: (n: number) => string }>> = {
  zh_CN: { permission: (p) => `${p}权限`, sharedWith: (r) => `共享给${r}`, grade: (b, a) => `评级 ${b}→${a}`, none: '含义上没有变化', more: (n) => `，等另 ${n} 项` },
  en: { permission: (p) => `${p} permission`, sharedWith: (r) => `shared with ${r}`, grade: (b, a) => `grade ${b}→${a}`, none: 'no change in meaning', more: (n) => `, and ${n} more` },
};

/** What changed in meaning, in one line ("+人脸, +穿山甲 SDK, −可撤回同意"), each id named in `locale`. */
export function changeSummary(c: Omit<Changes, 'summary' | 'isEmpty'>, locale: Locale = 'zh_CN'): string {
  const words = SUMMARY_WORDS[locale];
  const told = new Set([...c.checks.nowPass, ...c.checks.nowFail].flatMap((k) => gapOf(k.id)));
  const sdk = (s: Change) => (/sdk/i.test(s.label) ? s.label : `${s.label} SDK`);
  const item = (d: Change) => named('dataItem', d.id, d.label, locale);
  const permission = (p: Change) => words.permission(named('permission', p.id, p.label, locale));
  const sharing = (t: Change) => named('sharingType', t.id, t.label, locale);
  const check = (k: Change) => named('check', k.id, k.label, locale);
  const finding = (f: Change) => findingText({ id: f.id, title: f.label, detail: '' }, locale).title;
  const parts = [
    ...c.collected.added.map((d) => `+${item(d)}`),
    ...c.collected.removed.map((d) => `−${item(d)}`),
    ...c.permissions.added.map((p) => `+${permission(p)}`),
    ...c.permissions.removed.map((p) => `−${permission(p)}`),
    ...c.sdks.added.map((s) => `+${sdk(s)}`),
    ...c.sdks.removed.map((s) => `−${sdk(s)}`),
    ...c.recipients.added.map((r) => `+${words.sharedWith(r.label)}`),
    ...c.recipients.removed.map((r) => `−${words.sharedWith(r.label)}`),
    ...c.sharingTypes.added.map((t) => `+${sharing(t)}`),
    ...c.sharingTypes.removed.map((t) => `−${sharing(t)}`),
    ...c.checks.nowPass.map((k) => `+${check(k)}`),
    ...c.checks.nowFail.map((k) => `−${check(k)}`),
    ...c.findings.added.filter((f) => !told.has(f.id)).map((f) => `+${finding(f)}`),
    ...c.findings.removed.filter((f) => !told.has(f.id)).map((f) => `−${finding(f)}`),
  ];
  if (c.grade.before !== c.grade.after) parts.push(words.grade(c.grade.before, c.grade.after));
  if (!parts.length) return words.none;
  const rest = parts.length - SUMMARY_ITEMS;
  return parts.slice(0, SUMMARY_ITEMS).join(', ') + (rest > 0 ? words.more(rest) : '');
}

/** What `after` says that `before` did not, and what it no longer says. */
export function changesBetween(before: Analysis, after: Analysis): Changes {
  const perms = (a: Analysis): Keyed<Change>[] => a.permissions.map((p) => ({ keys: [p.id], change: { id: p.id, label: p.label, evidence: p.evidence } }));
  const parts = {
    collected: delta(collected(before), collected(after)),
    permissions: delta(perms(before), perms(after)),
    sdks: delta(sdks(before), sdks(after)),
    recipients: delta(recipients(before), recipients(after)),
    sharingTypes: delta(sharingTypes(before), sharingTypes(after)),
    findings: delta(findings(before), findings(after)),
    checks: { nowPass: nowPassing(before, after), nowFail: nowFailing(before, after) },
    grade: { before: before.summary.grade, after: after.summary.grade },
  };
  const deltas = [parts.collected, parts.permissions, parts.sdks, parts.recipients, parts.sharingTypes, parts.findings];
  const isEmpty =
    deltas.every((d) => !d.added.length && !d.removed.length) &&
    !parts.checks.nowPass.length &&
    !parts.checks.nowFail.length &&
    parts.grade.before === parts.grade.after;
  return { ...parts, summary: changeSummary(parts), isEmpty };
}
