// Analysis → CSV: one row per thing found (data item, permission, SDK, sharing
// clause, finding, check), for spreadsheets. Each column means one thing and
// is empty where it does not apply; every quote of a row is in `quotes`, one a
// line, with its offsets in `offsets` in the same order. A finding's kind is
// violation, gap or notice (findings.md).
import { DATA_ITEMS } from '../lexicon/dataItems';
import type { Analysis, Evidence } from '../types';
import { RECIPIENT_LABEL, SHARING_LABEL } from './labels';

const COLUMNS = [
  'kind', // data, permission, sdk, sharing, violation, gap, notice, check
  'id', // taxonomy id, permission id, SDK catalog id (empty when not in the catalog), sharing type, finding id, check id
  'label', // as a reader sees it; an SDK's name as the policy writes it
  'status', // data: collected | mentioned; check: passed | missing
  'sensitive', // data: yes | no
  'level', // findings: high | medium | low | info
  'category', // SDKs: the catalog's category
  'vendor', // SDKs
  'purpose', // SDKs and sharing clauses
  'recipients', // sharing clauses
  'data_items', // what an SDK or a sharing clause takes
  'detail', // findings
  'basis', // findings: the article of law or standard
  'quotes', // every distinct quote, one a line
  'offsets', // start-end of each quote in Analysis.text, in the same order
] as const;

type Row = Partial<Record<(typeof COLUMNS)[number], string>>;

/** One value per line in a cell, each once. */
const LIST_SEPARATOR = '\n';

const DATA_LABEL = new Map(DATA_ITEMS.map((d) => [d.id, d.label]));

/** RFC 4180 quoting; a leading = + - @ is defused so no spreadsheet runs page text as a formula. */
export function cell(value: string | number | undefined): string {
  let s = value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const unique = (values: readonly string[]): string[] => [...new Set(values.filter(Boolean))];

/** Distinct quotes and their offsets, in the order the analysis gives them. */
function evidence(list: readonly Evidence[]): Row {
  const seen = new Set<string>();
  const kept = list.filter((e) => !seen.has(e.quote) && seen.add(e.quote));
  return { quotes: kept.map((e) => e.quote).join(LIST_SEPARATOR), offsets: kept.map((e) => `${e.start}-${e.end}`).join(' ') };
}

const dataLabels = (ids: readonly string[]): string => unique(ids.map((id) => DATA_LABEL.get(id) ?? id)).join('、');

function rows(a: Analysis): Row[] {
  const out: Row[] = [];
  for (const d of a.dataItems) out.push({ kind: 'data', id: d.id, label: d.label, status: d.status, sensitive: d.sensitive ? 'yes' : 'no', ...evidence(d.evidence) });
  for (const p of a.permissions) out.push({ kind: 'permission', id: p.id, label: p.label, ...evidence(p.evidence) });
  for (const s of a.sdks) {
    out.push({ kind: 'sdk', id: s.catalogId, label: s.name, category: s.category, vendor: s.vendor, purpose: s.purpose, data_items: dataLabels(s.dataItems), ...evidence(s.evidence) });
  }
  for (const c of a.sharing) {
    const recipients = unique(c.recipients.map((r) => (r.kind === 'named_org' ? r.name : RECIPIENT_LABEL[r.kind] ?? r.kind))).join('、');
    out.push({ kind: 'sharing', id: c.type, label: SHARING_LABEL[c.type] ?? c.type, purpose: c.purpose, recipients, data_items: dataLabels(c.dataItems), ...evidence(c.evidence) });
  }
  for (const r of a.risks) out.push({ kind: r.kind, id: r.id, label: r.title, level: r.level, detail: r.detail, basis: r.basis, ...evidence(r.evidence) });
  for (const c of a.checks) out.push({ kind: 'check', id: c.id, label: c.title, status: c.passed ? 'passed' : 'missing', ...evidence(c.evidence) });
  return out;
}

export function toCsv(a: Analysis): string {
  const lines = [COLUMNS.join(','), ...rows(a).map((r) => COLUMNS.map((c) => cell(r[c])).join(','))];
  // BOM: Excel opens UTF-8 CSV as GBK without it
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
