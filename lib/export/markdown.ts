// Analysis → Markdown: a summary a reader can paste into an issue or a report.
import type { Analysis, Evidence } from '../types';
import { KIND_LABEL, KINDS, LEVEL_LABEL, RECIPIENT_LABEL, SHARING_LABEL } from './labels';

/** Where a piece of page text sits: inline text, the start of a block (after "> "), a table cell, a heading. */
type Position = 'inline' | 'block' | 'cell' | 'heading';

/**
 * Page text as Markdown that renders as that text and nothing more, escaping
 * only what CommonMark or GFM would read as markup where the text sits, so a
 * reader of the raw file sees 127.0.0.1 and GB/T 35273-2020, not 127\.0\.0\.1.
 * Everywhere: \ ` * ~ [ (emphasis, code, strike, links; a lone one may pair
 * with one in the next piece of text on the line), _ except inside a word,
 * < before a tag or autolink, & before an entity, and bare URLs (http\://,
 * www\.: GFM autolinks them). At the start of a block also a heading, quote,
 * list or thematic-break marker; in a table cell also |; at the end of a
 * heading a closing #. Control characters are dropped, whitespace collapsed.
 */
export function md(text: string, position: Position = 'inline'): string {
  let s = text
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/[\\`*~[\]]/g, '\\$&')
    .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
    .replace(/<(?=[A-Za-z/!?])/g, '\\<')
    .replace(/&(?=#?[A-Za-z0-9]{1,32};)/g, '\\&')
    .replace(/\b((?:https?|ftp)):(?=\/\/)/gi, '$1\\:')
    .replace(/\b(www)\./gi, '$1\\.');
  // a heading (#{1,6} then a space), quote, bullet, thematic break (---) or ordered-list marker (1. / 1) then a space)
  if (position === 'block') s = s.replace(/^(?:#(?=#{0,5}(?: |$))|>|[-+](?= |$)|-(?=-+ *$))/, '\\$&').replace(/^(\d{1,9})(?=[.)](?: |$))/, '$1\\');
  if (position === 'cell') s = s.replace(/\|/g, '\\|');
  if (position === 'heading') s = s.replace(/(^| )(#+)$/, '$1\\$2');
  return s;
}

function quote(e: Evidence | undefined): string {
  return e ? `> ${md(e.quote, 'block')}` : '';
}

export function toMarkdown(a: Analysis): string {
  const s = a.source;
  const out: string[] = [`# 知情 Zhiqing：${md(s.title ?? '隐私政策分析', 'heading')}`, ''];
  const facts = [s.url && `网址：${md(s.url)}`, s.company && `运营者：${md(s.company)}`, s.updatedAt && `更新日期：${s.updatedAt}`, s.effectiveAt && `生效日期：${s.effectiveAt}`];
  out.push(...facts.filter(Boolean).map((f) => `- ${f}`), '');
  if (!s.isPolicy) out.push(`**这段文字看起来不是隐私政策**（置信度 ${s.policyConfidence}）。`, '');
  out.push(`**评级 ${a.summary.grade}**：${md(a.summary.headline)}`, '');

  for (const kind of KINDS) {
    const risks = a.risks.filter((r) => r.kind === kind);
    if (!risks.length) continue;
    out.push(`## ${KIND_LABEL[kind]}（${risks.length}）`, '');
    for (const r of risks) {
      out.push(`- **[${LEVEL_LABEL[r.level]}] ${md(r.title)}**：${md(r.detail)}${r.basis ? `（依据：${md(r.basis)}）` : ''}`);
      if (r.evidence[0]) out.push(`  ${quote(r.evidence[0])}`);
    }
    out.push('');
  }
  const collected = a.dataItems.filter((d) => d.status === 'collected').sort((x, y) => Number(y.sensitive) - Number(x.sensitive));
  out.push(`## 收集的个人信息（${collected.length}）`, '');
  for (const d of collected) out.push(`- ${d.sensitive ? '⚠️ ' : ''}**${d.label}**`, `  ${quote(d.evidence[0])}`);
  const mentioned = a.dataItems.filter((d) => d.status === 'mentioned');
  if (mentioned.length) out.push('', `仅提及（定义、举例或否定）：${mentioned.map((d) => d.label).join('、')}`);
  out.push('');
  if (a.permissions.length) out.push(`## 系统权限（${a.permissions.length}）`, '', a.permissions.map((p) => p.label).join('、'), '');
  if (a.sdks.length) {
    out.push(`## 第三方 SDK（${a.sdks.length}）`, '', '| SDK | 提供方 | 用途 |', '|---|---|---|');
    for (const sdk of a.sdks) out.push(`| ${md(sdk.name, 'cell')} | ${md(sdk.vendor ?? '', 'cell')} | ${md(sdk.purpose ?? '', 'cell')} |`);
    out.push('');
  }
  if (a.sharing.length) {
    out.push(`## 共享、转让与披露（${a.sharing.length}）`, '');
    for (const c of a.sharing) {
      const to = [...new Set(c.recipients.map((r) => (r.kind === 'named_org' ? md(r.name) : RECIPIENT_LABEL[r.kind] ?? r.kind)))].join('、');
      out.push(`- **${SHARING_LABEL[c.type] ?? c.type}**${to ? ` → ${to}` : ''}`, `  ${quote(c.evidence[0])}`);
    }
    out.push('');
  }
  out.push('## 告知事项检查', '', ...a.checks.map((c) => `- [${c.passed ? 'x' : ' '}] ${c.title}`), '');
  return out.join('\n');
}
