// The terminal summary of an Analysis: what a reader wants first.
import { KIND_LABEL, KINDS, LEVEL_LABEL } from '../lib/export/labels';
import { explainGrade } from '../lib/risk';
import type { Analysis, DataItemTag, NecessaryCheck } from '../lib/types';

function chips(items: readonly { label: string }[]): string {
  return items.map((i) => i.label).join('、');
}

function quote(tag: { evidence: { quote: string }[] }, width = 70): string {
  const q = tag.evidence[0]?.quote.replace(/\s+/g, ' ') ?? '';
  return q.length > width ? `${q.slice(0, width)}…` : q;
}

function dataLines(items: readonly DataItemTag[]): string[] {
  return items.map((d) => `  ${d.sensitive ? '⚠' : '·'} ${d.label} [${d.id}]  「${quote(d)}」`);
}

/**
 * Page text never drives the terminal: escape sequences (ESC, C1 controls)
 * and other control characters are dropped; newlines and tabs stay.
 */
function forTerminal(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}

/** 必要个人信息范围规定: the type judged, what is demanded beyond its list, what is necessary, what optional. */
function necessaryLines(n: NecessaryCheck): string[] {
  const chosen = n.types.filter((t) => t.chosen);
  if (n.unsure || !chosen.length) {
    const offered = n.types.map((t) => t.name).join('、');
    return ['', `必要个人信息：不能确定应用类型${offered ? `（可能是 ${offered}）` : ''}，未逐项判断；可用 --app-type 指定`];
  }
  const how = n.by === 'user' ? '指定' : `推测，置信度 ${Math.max(...chosen.map((t) => t.confidence)).toFixed(2)}`;
  const out = ['', `必要个人信息（${chosen.map((t) => t.name).join('、')}，${how}）`];
  const by = (status: string) => n.items.filter((i) => i.status === status);
  for (const item of by('beyond')) out.push(`  ✗ 超出必要范围却是使用条件：${item.label}  「${quote(item, 90)}」`);
  const necessary = by('necessary');
  out.push(`  ✓ 基本功能所必需：${necessary.length ? necessary.map((i) => `${i.label}${i.byLaw ? '（法律要求）' : ''}`).join('、') : '无'}`);
  const optional = by('optional');
  if (optional.length) out.push(`  · 可选功能收集（可拒绝）：${chips(optional)}`);
  return out;
}

export function formatSummary(a: Analysis, name: string): string {
  const out: string[] = [];
  const s = a.source;
  out.push(`知情 Zhiqing — ${s.title ?? name}`);
  const facts = [s.company && `运营者 ${s.company}`, s.updatedAt && `更新 ${s.updatedAt}`, s.effectiveAt && `生效 ${s.effectiveAt}`, `${s.chars} 字`].filter(Boolean);
  out.push(facts.join(' · '));
  if (!s.isPolicy) {
    out.push('', `这看起来不是隐私政策（置信度 ${s.policyConfidence}）。以下是在文本中找到的内容：`);
  }
  out.push('', `评级 ${a.summary.grade}：${a.summary.headline}`);
  for (const kind of KINDS) {
    const risks = a.risks.filter((r) => r.kind === kind);
    if (!risks.length) continue;
    out.push('', `${KIND_LABEL[kind]}（${risks.length}）`);
    for (const r of risks) {
      out.push(`  [${LEVEL_LABEL[r.level]}] ${r.title}${r.basis ? `（依据：${r.basis}）` : ''}`);
      if (kind !== 'notice' && r.evidence.length) out.push(`      「${quote(r, 90)}」`);
    }
  }
  const how = explainGrade(a.risks);
  out.push('', `评级依据：共 ${how.score} 分${how.cappedBy ? `；${how.cappedBy.highViolations} 项高风险违规，评级最高为 ${how.cappedBy.best}` : ''}（见 docs/GRADING.md）`);
  if (a.necessary) out.push(...necessaryLines(a.necessary));
  const collected = a.dataItems.filter((d) => d.status === 'collected');
  const sorted = [...collected.filter((d) => d.sensitive), ...collected.filter((d) => !d.sensitive)];
  out.push('', `收集的个人信息（${collected.length} 类，敏感 ${collected.filter((d) => d.sensitive).length} 类）`);
  out.push(...(sorted.length ? dataLines(sorted) : ['  （未发现）']));
  const mentioned = a.dataItems.filter((d) => d.status === 'mentioned');
  if (mentioned.length) out.push('', `仅提及（定义、举例或否定，不算收集）：${chips(mentioned)}`);
  out.push('', `系统权限（${a.permissions.length}）：${a.permissions.length ? chips(a.permissions) : '未发现'}`);
  if (a.sdks.length) {
    out.push('', `第三方 SDK（${a.sdks.length}）`);
    for (const sdk of a.sdks) out.push(`  · ${sdk.name}${sdk.vendor ? ` — ${sdk.vendor}` : ''}${sdk.category ? ` [${sdk.category}]` : ''}`);
  }
  if (a.sharing.length) {
    const named = new Set(a.sharing.flatMap((c) => c.recipients.filter((r) => r.kind === 'named_org').map((r) => r.name)));
    const types = new Set(a.sharing.map((c) => c.type));
    out.push('', `共享与披露（${a.sharing.length} 处）：${[...types].join('、')}`);
    if (named.size) out.push(`  具名接收方：${[...named].join('、')}`);
  }
  const failed = a.checks.filter((c) => !c.passed);
  if (failed.length) out.push('', `缺失的告知事项：${failed.map((c) => c.title).join('、')}`);
  out.push('', `分析用时 ${a.timings.totalMs} ms（分词 ${a.timings.segmentMs} ms）`);
  return forTerminal(out.join('\n'));
}
