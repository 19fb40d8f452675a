// Analysis → a standalone, printable HTML report. Every piece of page text
// goes through `esc`: the report never carries markup from the policy.
import type { Analysis, Evidence } from '../types';
import { KINDS, KIND_LABEL, LEVEL_LABEL, RECIPIENT_LABEL, SHARING_LABEL } from './labels';

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

export function toHtml(a: Analysis): string {
  const s = a.source;
  const title = s.title ?? '隐私政策分析';
  const parts: string[] = [];
  const facts = [s.url && `网址：${esc(s.url)}`, s.company && `运营者：${esc(s.company)}`, s.updatedAt && `更新日期：${s.updatedAt}`, s.effectiveAt && `生效日期：${s.effectiveAt}`].filter(Boolean);
  parts.push(`<h1>${esc(title)}</h1><p class="facts">${facts.join(' · ')}</p>`);
  if (!s.isPolicy) parts.push(`<p><strong>这段文字看起来不是隐私政策</strong>（置信度 ${s.policyConfidence}）。</p>`);
  parts.push(`<p><span class="grade ${a.summary.grade}">${a.summary.grade}</span>${esc(a.summary.headline)}</p>`);
  for (const kind of KINDS) {
    const risks = a.risks.filter((r) => r.kind === kind);
    if (!risks.length) continue;
    parts.push(`<h2>${KIND_LABEL[kind]}（${risks.length}）</h2><ul>`);
    for (const r of risks) {
      parts.push(`<li><strong class="${r.level}">[${LEVEL_LABEL[r.level]}] ${esc(r.title)}</strong>：${esc(r.detail)}${r.basis ? `<span class="muted">（依据：${esc(r.basis)}）</span>` : ''}${quote(r.evidence[0])}</li>`);
    }
    parts.push('</ul>');
  }
  const collected = a.dataItems.filter((d) => d.status === 'collected').sort((x, y) => Number(y.sensitive) - Number(x.sensitive));
  parts.push(`<h2>收集的个人信息（${collected.length}）</h2><ul>`);
  for (const d of collected) parts.push(`<li><strong class="${d.sensitive ? 'sensitive' : ''}">${esc(d.label)}${d.sensitive ? '（敏感）' : ''}</strong>${quote(d.evidence[0])}</li>`);
  parts.push('</ul>');
  const mentioned = a.dataItems.filter((d) => d.status === 'mentioned');
  if (mentioned.length) parts.push(`<p class="muted">仅提及（定义、举例或否定）：${esc(mentioned.map((d) => d.label).join('、'))}</p>`);
  if (a.permissions.length) parts.push(`<h2>系统权限（${a.permissions.length}）</h2><p>${esc(a.permissions.map((p) => p.label).join('、'))}</p>`);
  if (a.sdks.length) {
    parts.push(`<h2>第三方 SDK（${a.sdks.length}）</h2><table><tr><th>SDK</th><th>提供方</th><th>用途</th></tr>`);
    for (const sdk of a.sdks) parts.push(`<tr><td>${esc(sdk.name)}</td><td>${esc(sdk.vendor ?? '')}</td><td>${esc(sdk.purpose ?? '')}</td></tr>`);
    parts.push('</table>');
  }
  if (a.sharing.length) {
    parts.push(`<h2>共享、转让与披露（${a.sharing.length}）</h2><ul>`);
    for (const c of a.sharing) {
      const to = c.recipients.map((r) => (r.kind === 'named_org' ? r.name : RECIPIENT_LABEL[r.kind] ?? r.kind)).join('、');
      parts.push(`<li><strong>${esc(SHARING_LABEL[c.type] ?? c.type)}</strong>${to ? ` → ${esc(to)}` : ''}${quote(c.evidence[0])}</li>`);
    }
    parts.push('</ul>');
  }
  parts.push('<h2>告知事项检查</h2><ul>', ...a.checks.map((c) => `<li>${c.passed ? '✅' : '❌'} ${esc(c.title)}</li>`), '</ul>');
  parts.push('<p class="muted">由知情 Zhiqing 在本地生成，未上传任何内容。</p>');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)} · 知情</title><style>${STYLE}</style></head><body>${parts.join('')}</body></html>`;
}
