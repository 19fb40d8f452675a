// Analysis → CSV: one row per thing found (data item, permission, SDK, sharing
// clause, finding, check), for spreadsheets. Each column means one thing and
// is empty where it does not apply; every quote of a row is in `quotes`, one a
// line, with its offsets in `offsets` in the same order. A finding's kind is
// violation, gap or notice (findings.md). The header and the columns that hold
// ids or fixed values (kind, id, status, sensitive, level, category) are the
// same in every locale, so a script reads both; names and explanations
// (label, detail, basis, recipients, data_items) are in the export's locale.
import { DATA_ITEMS } from '../lexicon/dataItems';
import { findingText, nameOf } from '../locale';
import type { Locale } from '../locale/types';
import type { Analysis, Evidence, NecessaryCheck } from '../types';
import { appTypeName, exportLocale, named, recipientName, type ExportOptions } from './names';
import { WORDS } from './words';

const COLUMNS = [
  'kind', // data, permission, sdk, sharing, app_type, necessary, violation, gap, notice, check
  // taxonomy id, permission id, SDK catalog id (empty when not in the catalog), sharing type,
  // app type id (none: the person chose none of the 39), data-item id, finding id, check id
  'id',
  'label', // as a reader sees it; an SDK's name as the policy writes it
  // data: collected | mentioned; app_type: user | guess (who chose it) | offered (likely, not chosen);
  // necessary: necessary | beyond | optional; check: passed | missing
  'status',
  'sensitive', // data: yes | no
  'level', // findings: high | medium | low | info
  'category', // SDKs: the catalog's category
  'vendor', // SDKs
  'purpose', // SDKs and sharing clauses
  'recipients', // sharing clauses
  'data_items', // what an SDK or a sharing clause takes
  'detail', // findings
  'basis', // findings: the article of law or standard; necessary: required by law, or (in Chinese) the type's list as the regulation words it
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

function necessaryRows(n: NecessaryCheck, locale: Locale): Row[] {
  const out: Row[] = n.types.map((t) => ({ kind: 'app_type', id: t.id, label: appTypeName(t, locale), status: t.chosen ? n.by : 'offered' }));
  if (n.by === 'user' && !n.types.some((t) => t.chosen)) out.unshift({ kind: 'app_type', id: 'none', label: WORDS[locale].necessary.noneType, status: 'user' });
  for (const i of n.items) {
    // the list's wording is the regulation's Chinese: there is no English of it to give
    const basis = i.byLaw ? WORDS[locale].necessary.law : locale === 'zh_CN' ? i.listed : undefined;
    out.push({ kind: 'necessary', id: i.id, label: named('dataItem', i.id, i.label, locale), status: i.status, basis, ...evidence(i.evidence) });
  }
  return out;
}

function rows(a: Analysis, locale: Locale): Row[] {
  const list = WORDS[locale].list;
  const dataLabels = (ids: readonly string[]): string => unique(ids.map((id) => named('dataItem', id, DATA_LABEL.get(id) ?? id, locale))).join(list);
  const out: Row[] = [];
  for (const d of a.dataItems) out.push({ kind: 'data', id: d.id, label: named('dataItem', d.id, d.label, locale), status: d.status, sensitive: d.sensitive ? 'yes' : 'no', ...evidence(d.evidence) });
  for (const p of a.permissions) out.push({ kind: 'permission', id: p.id, label: named('permission', p.id, p.label, locale), ...evidence(p.evidence) });
  for (const s of a.sdks) {
    out.push({ kind: 'sdk', id: s.catalogId, label: s.name, category: s.category, vendor: s.vendor, purpose: s.purpose, data_items: dataLabels(s.dataItems), ...evidence(s.evidence) });
  }
  for (const c of a.sharing) {
    const recipients = unique(c.recipients.map((r) => recipientName(r, locale))).join(list);
    out.push({ kind: 'sharing', id: c.type, label: nameOf('sharingType', c.type, locale), purpose: c.purpose, recipients, data_items: dataLabels(c.dataItems), ...evidence(c.evidence) });
  }
  if (a.necessary) out.push(...necessaryRows(a.necessary, locale));
  for (const r of a.risks) {
    const f = findingText(r, locale);
    out.push({ kind: r.kind, id: r.id, label: f.title, level: r.level, detail: f.detail, basis: f.basis, ...evidence(r.evidence) });
  }
  for (const c of a.checks) out.push({ kind: 'check', id: c.id, label: named('check', c.id, c.title, locale), status: c.passed ? 'passed' : 'missing', ...evidence(c.evidence) });
  return out;
}

export function toCsv(a: Analysis, options?: ExportOptions): string {
  const lines = [COLUMNS.join(','), ...rows(a, exportLocale(options)).map((r) => COLUMNS.map((c) => cell(r[c])).join(','))];
  // BOM: Excel opens UTF-8 CSV as GBK without it
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
