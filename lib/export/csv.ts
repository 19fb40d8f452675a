// Analysis → CSV: one finding a row, for spreadsheets and for comparing many
// policies. Columns: kind, id, label, status, level, detail, quote, start, end,
// basis. A finding's kind is violation, gap or notice (findings.md).
import type { Analysis, Evidence } from '../types';
import { RECIPIENT_LABEL, SHARING_LABEL } from './labels';

const HEADER = ['kind', 'id', 'label', 'status', 'level', 'detail', 'quote', 'start', 'end', 'basis'];

/** RFC 4180 quoting; a leading = + - @ is defused so no spreadsheet runs page text as a formula. */
function cell(value: string | number | undefined): string {
  let s = value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function row(kind: string, id: string, label: string, status: string, level: string, detail: string, e?: Evidence, basis?: string): string {
  return [kind, id, label, status, level, detail, e?.quote, e?.start, e?.end, basis].map(cell).join(',');
}

export function toCsv(a: Analysis): string {
  const rows = [HEADER.join(',')];
  for (const d of a.dataItems) rows.push(row('data', d.id, d.label, d.status, d.sensitive ? 'sensitive' : '', '', d.evidence[0]));
  for (const p of a.permissions) rows.push(row('permission', p.id, p.label, '', '', '', p.evidence[0]));
  for (const s of a.sdks) rows.push(row('sdk', s.catalogId ?? '', s.name, '', s.category ?? '', [s.vendor, s.purpose].filter(Boolean).join(' / '), s.evidence[0]));
  for (const c of a.sharing) {
    const to = c.recipients.map((r) => (r.kind === 'named_org' ? r.name : RECIPIENT_LABEL[r.kind] ?? r.kind)).join('、');
    rows.push(row('sharing', c.type, SHARING_LABEL[c.type] ?? c.type, '', '', to, c.evidence[0]));
  }
  for (const r of a.risks) rows.push(row(r.kind, r.id, r.title, '', r.level, r.detail, r.evidence[0], r.basis));
  for (const c of a.checks) rows.push(row('check', c.id, c.title, c.passed ? 'passed' : 'missing', '', '', c.evidence[0]));
  // BOM: Excel opens UTF-8 CSV as GBK without it
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}
