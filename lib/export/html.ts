// Analysis → a standalone, printable HTML report. Every piece of page text
// goes through `esc`: the report never carries markup from the policy.
import { findingText, nameOf } from '../locale';
import { LANG_TAG, type Locale } from '../locale/types';
import { explainGrade } from '../risk/grade';
import type { Analysis, Evidence, NecessaryCheck, NecessaryItem } from '../types';
import { KINDS } from './labels';
import { headlineOf, itemName, exportLocale, named, necessaryView, recipientName, type ExportOptions } from './names';
import { WORDS } from './words';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

const STYLE = `
body{font:14px/1.6 system-ui,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;max-width:860px;margin:2em auto;padding:0 1em;color:#1d2129}
h1{font-size:22px;margin-bottom:4px}h2{font-size:17px;border-bottom:1px solid #e5e6eb;padding-bottom:4px;margin-top:28px}
.facts{color:#4e5969}.grade{display:inline-block;font-size:28px;font-weight:700;width:48px;height:48px;line-height:48px;text-align:center;border-radius:10px;color:#fff;margin-right:12px;vertical-align:middle}
.A{background:#00a870}.B{background:#5fb95f}.C{background:#e6a23c}.D{background:#e37318}.E{background:#d54941}
blockquote{margin:4px 0 10px;padding:4px 10px;border-left:3px solid #c9cdd4;color:#4e5969;background:#f7f8fa}
.high{color:#d54941}.medium{color:#e37318}.low{color:#4e5969}.info{color:#86909c}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #e5e6eb;padding:4px 8px;text-align:left;vertical-align:top}
.sensitive{color:#d54941}.muted{color:#86909c}ul{padding-left:1.2em}
@media print{body{margin:0}h2{break-after:avoid}blockquote,li{break-inside:avoid}}`;

function quote(e: Evidence | undefined): string {
  return e ? `<blockquote>${esc(e.quote)}</blockquote>` : '';
}

function necessaryHtml(n: NecessaryCheck, locale: Locale): string {
  const w = WORDS[locale];
  const view = necessaryView(n, locale);
  const parts = [`<h2>${esc(view.title)}</h2><p>${esc(view.how)}</p>`];
  if (!view.judged) return parts.join('');
  const names = (items: readonly NecessaryItem[]) => esc(items.map((i) => itemName(i, locale)).join(w.list));
  if (view.beyond.length) {
    parts.push(`<h3 class="high">${esc(w.counted(w.necessary.beyond, view.beyond.length))}</h3><ul>`);
    for (const i of view.beyond) parts.push(`<li><strong>${esc(itemName(i, locale))}</strong>${i.evidence.map(quote).join('')}</li>`);
    parts.push('</ul>');
  }
  parts.push(`<h3>${esc(w.counted(w.necessary.listed, view.listed.length))}</h3><p>${view.listed.length ? names(view.listed) : esc(w.necessary.none)}</p>`);
  if (view.optional.length) parts.push(`<h3>${esc(w.counted(w.necessary.optional, view.optional.length))}</h3><p>${names(view.optional)}</p>`);
  return parts.join('');
}

export function toHtml(a: Analysis, options?: ExportOptions): string {
  const locale = exportLocale(options);
  const w = WORDS[locale];
  const s = a.source;
  const title = s.title ?? w.untitled;
  const parts: string[] = [];
  const fact = (label: string, value: string) => `${label}${w.colon}${esc(value)}`;
  const facts = [s.url && fact(w.url, s.url), s.company && fact(w.operator, s.company), s.updatedAt && fact(w.updated, s.updatedAt), s.effectiveAt && fact(w.effective, s.effectiveAt)].filter(Boolean);
  parts.push(`<h1>${esc(title)}</h1><p class="facts">${facts.join(' · ')}</p>`);
  if (!s.isPolicy) parts.push(`<p><strong>${w.notPolicy}</strong>${w.confidence(s.policyConfidence)}</p>`);
  parts.push(`<p><span class="grade ${a.summary.grade}">${a.summary.grade}</span>${esc(headlineOf(a, locale))}</p>`);
  parts.push(`<p class="muted">${esc(w.gradeHow(explainGrade(a.risks)))}</p>`);
  for (const kind of KINDS) {
    const risks = a.risks.filter((r) => r.kind === kind);
    if (!risks.length) continue;
    parts.push(`<h2>${w.counted(nameOf('findingKind', kind, locale), risks.length)}</h2><ul>`);
    for (const r of risks) {
      const f = findingText(r, locale);
      const basis = f.basis ? `<span class="muted">${esc(w.basis(f.basis))}</span>` : '';
      parts.push(`<li><strong class="${r.level}">[${nameOf('level', r.level, locale)}] ${esc(f.title)}</strong>${w.colon}${esc(f.detail)}${basis}${quote(r.evidence[0])}</li>`);
    }
    parts.push('</ul>');
  }
  if (a.necessary) parts.push(necessaryHtml(a.necessary, locale));
  const collected = a.dataItems.filter((d) => d.status === 'collected').sort((x, y) => Number(y.sensitive) - Number(x.sensitive));
  parts.push(`<h2>${w.counted(w.collected, collected.length)}</h2><ul>`);
  for (const d of collected) parts.push(`<li><strong class="${d.sensitive ? 'sensitive' : ''}">${esc(named('dataItem', d.id, d.label, locale))}${d.sensitive ? w.sensitive : ''}</strong>${quote(d.evidence[0])}</li>`);
  parts.push('</ul>');
  const mentioned = a.dataItems.filter((d) => d.status === 'mentioned');
  if (mentioned.length) parts.push(`<p class="muted">${w.mentioned}${w.colon}${esc(mentioned.map((d) => named('dataItem', d.id, d.label, locale)).join(w.list))}</p>`);
  if (a.permissions.length) parts.push(`<h2>${w.counted(w.permissions, a.permissions.length)}</h2><p>${esc(a.permissions.map((p) => named('permission', p.id, p.label, locale)).join(w.list))}</p>`);
  if (a.sdks.length) {
    parts.push(`<h2>${w.counted(w.sdks, a.sdks.length)}</h2><table><tr>${w.sdkColumns.map((c) => `<th>${c}</th>`).join('')}</tr>`);
    for (const sdk of a.sdks) parts.push(`<tr><td>${esc(sdk.name)}</td><td>${esc(sdk.vendor ?? '')}</td><td>${esc(sdk.purpose ?? '')}</td></tr>`);
    parts.push('</table>');
  }
  if (a.sharing.length) {
    parts.push(`<h2>${w.counted(w.sharing, a.sharing.length)}</h2><ul>`);
    for (const c of a.sharing) {
      const to = c.recipients.map((r) => recipientName(r, locale)).join(w.list);
      parts.push(`<li><strong>${esc(nameOf('sharingType', c.type, locale))}</strong>${to ? ` → ${esc(to)}` : ''}${quote(c.evidence[0])}</li>`);
    }
    parts.push('</ul>');
  }
  parts.push(`<h2>${w.checks}</h2><ul>`, ...a.checks.map((c) => `<li>${c.passed ? '✅' : '❌'} ${esc(named('check', c.id, c.title, locale))}</li>`), '</ul>');
  parts.push(`<p class="muted">${w.footer}</p>`);
  return `<!doctype html><html lang="${LANG_TAG[locale]}"><head><meta charset="utf-8"><title>${esc(title)} · ${w.brand}</title><style>${STYLE}</style></head><body>${parts.join('')}</body></html>`;
}
