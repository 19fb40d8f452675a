// Analysis → Markdown: a summary a reader can paste into an issue or a report.
import type { Analysis, Evidence } from '../types';
import { KIND_LABEL, KINDS, LEVEL_LABEL, RECIPIENT_LABEL, SHARING_LABEL } from './labels';

/**
 * Markdown control characters in page text must not become markup, nor a
 * bare URL a link (http\:// and www\. are not autolinked); control
 * characters are dropped.
 */
function md(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/([\\`*_{}[\]()#+\-.!|<>:])/g, '\\$1');
}

function quote(e: Evidence | undefined): string {
  return e ? `> ${md(e.quote)}` : '';
}

export function toMarkdown(a: Analysis): string {
  const s = a.source;
  const out: string[] = [`# 知情 Zhiqing：${md(s.title ?? '隐私政策分析')}`, ''];
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
    for (const sdk of a.sdks) out.push(`| ${md(sdk.name)} | ${md(sdk.vendor ?? '')} | ${md(sdk.purpose ?? '')} |`);
    out.push('');
  }
  if (a.sharing.length) {
    out.push(`## 共享、转让与披露（${a.sharing.length}）`, '');
    for (const c of a.sharing) {
      const to = c.recipients.map((r) => (r.kind === 'named_org' ? md(r.name) : RECIPIENT_LABEL[r.kind] ?? r.kind)).join('、');
      out.push(`- **${SHARING_LABEL[c.type] ?? c.type}**${to ? ` → ${to}` : ''}`, `  ${quote(c.evidence[0])}`);
    }
    out.push('');
  }
  out.push('## 告知事项检查', '', ...a.checks.map((c) => `- [${c.passed ? 'x' : ' '}] ${c.title}`), '');
  return out.join('\n');
}
