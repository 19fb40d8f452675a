// The terminal summary of an Analysis: what a reader wants first, in Chinese
// or (--lang en) English; names come from the exports' helpers, page text is
// printed as written.
import { headlineOf, itemName, named, appTypeName } from '../lib/export/names';
import { KINDS } from '../lib/export/labels';
import { findingText, nameOf } from '../lib/locale';
import type { Locale } from '../lib/locale/types';
import { explainGrade, type GradeExplanation } from '../lib/risk';
import type { Analysis, DataItemTag, NecessaryCheck } from '../lib/types';

interface Words {
  product: string;
  colon: string;
  list: string;
  counted: (heading: string, n: number) => string;
  facts: { operator: string; updated: string; effective: string; chars: (n: number) => string };
  notPolicy: (confidence: number) => string;
  grade: string;
  basis: (b: string) => string;
  gradeHow: (how: GradeExplanation) => string;
  necessary: {
    unsure: (offered: string) => string;
    noneChosen: string;
    title: (types: string, how: string) => string;
    byUser: string;
    guessed: (confidence: string) => string;
    beyond: string;
    listed: string;
    optional: string;
    none: string;
  };
  collected: (n: number, sensitive: number) => string;
  noneFound: string;
  notFound: string;
  mentioned: string;
  permissions: string;
  sdks: string;
  sharing: (n: number) => string;
  recipients: string;
  missing: string;
  timing: (total: number, segment: number) => string;
}

const WORDS: Readonly<Record<Locale, Words>> = {
  zh_CN: {
    product: '知情 Zhiqing',
    colon: '：',
    list: '、',
    counted: (heading, n) => `${heading}（${n}）`,
    facts: { operator: '运营者', updated: '更新', effective: '生效', chars: (n) => `${n} 字` },
    notPolicy: (c) => `这看起来不是隐私政策（置信度 ${c}）。以下是在文本中找到的内容：`,
    grade: '评级',
    basis: (b) => `（依据：${b}）`,
    gradeHow: (how) => `评级依据：共 ${how.score} 分${how.cappedBy ? `；${how.cappedBy.highViolations} 项高风险违规，评级最高为 ${how.cappedBy.best}` : ''}（见 docs/GRADING.md）`,
    necessary: {
      unsure: (offered) => `必要个人信息：不能确定应用类型${offered ? `（可能是 ${offered}）` : ''}，未逐项判断；可用 --app-type 指定`,
      noneChosen: '必要个人信息：已指定不属于 39 类应用中的任何一类，未逐项判断',
      title: (types, how) => `必要个人信息（${types}，${how}）`,
      byUser: '指定',
      guessed: (c) => `推测，置信度 ${c}`,
      beyond: '✗ 超出必要范围却是使用条件：',
      listed: '✓ 基本功能所必需：',
      optional: '· 可选功能收集（可拒绝）：',
      none: '无',
    },
    collected: (n, sensitive) => `收集的个人信息（${n} 类，敏感 ${sensitive} 类）`,
    noneFound: '（未发现）',
    notFound: '未发现',
    mentioned: '仅提及（定义、举例或否定，不算收集）',
    permissions: '系统权限',
    sdks: '第三方 SDK',
    sharing: (n) => `共享与披露（${n} 处）`,
    recipients: '具名接收方',
    missing: '缺失的告知事项',
    timing: (total, segment) => `分析用时 ${total} ms（分词 ${segment} ms）`,
  },
  en: {
    product: 'Zhiqing',
    colon: ': ',
    list: ', ',
    counted: (heading, n) => `${heading} (${n})`,
    facts: { operator: 'operator', updated: 'updated', effective: 'effective', chars: (n) => `${n} characters` },
    notPolicy: (c) => `This does not look like a privacy policy (confidence ${c}). What the text holds:`,
    grade: 'Grade',
    basis: (b) => ` (basis: ${b})`,
    gradeHow: (how) => `How the grade was reached: ${how.score} points${how.cappedBy ? `; with ${how.cappedBy.highViolations} high-level violations the grade is at best ${how.cappedBy.best}` : ''} (see docs/GRADING.md)`,
    necessary: {
      unsure: (offered) => `Necessary personal information: the type of app is unclear${offered ? ` (perhaps ${offered})` : ''}, so no item is judged; name it with --app-type`,
      noneChosen: 'Necessary personal information: none of the 39 types of app (as given), so no item is judged',
      title: (types, how) => `Necessary personal information (${types}, ${how})`,
      byUser: 'as given',
      guessed: (c) => `guessed, confidence ${c}`,
      beyond: '✗ Beyond what is necessary, yet a condition of use: ',
      listed: '✓ Necessary for the basic service: ',
      optional: '· For optional functions (may be refused): ',
      none: 'none',
    },
    collected: (n, sensitive) => `Personal information collected (${n} kinds, ${sensitive} sensitive)`,
    noneFound: '(none found)',
    notFound: 'none found',
    mentioned: 'Only mentioned (definitions, examples or denials; not collected)',
    permissions: 'System permissions',
    sdks: 'Third-party SDKs',
    sharing: (n) => `Sharing and disclosure (${n} clauses)`,
    recipients: 'Named recipients',
    missing: 'Missing from the policy',
    timing: (total, segment) => `Analysed in ${total} ms (segmentation ${segment} ms)`,
  },
};

function quote(tag: { evidence: { quote: string }[] }, width = 70): string {
  const q = tag.evidence[0]?.quote.replace(/\s+/g, ' ') ?? '';
  return q.length > width ? `${q.slice(0, width)}…` : q;
}

function dataLines(items: readonly DataItemTag[], locale: Locale): string[] {
  return items.map((d) => `  ${d.sensitive ? '⚠' : '·'} ${named('dataItem', d.id, d.label, locale)} [${d.id}]  「${quote(d)}」`);
}

/**
 * Page text never drives the terminal: escape sequences (ESC, C1 controls)
 * and other control characters are dropped; newlines and tabs stay.
 */
function forTerminal(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}

/** 必要个人信息范围规定: the type judged, what is demanded beyond its list, what is necessary, what optional. */
function necessaryLines(n: NecessaryCheck, locale: Locale): string[] {
  const w = WORDS[locale];
  const chosen = n.types.filter((t) => t.chosen);
  if (n.by === 'user' && !chosen.length) return ['', w.necessary.noneChosen];
  if (n.unsure || !chosen.length) return ['', w.necessary.unsure(n.types.map((t) => appTypeName(t, locale)).join(w.list))];
  const how = n.by === 'user' ? w.necessary.byUser : w.necessary.guessed(Math.max(...chosen.map((t) => t.confidence)).toFixed(2));
  const out = ['', w.necessary.title(chosen.map((t) => appTypeName(t, locale)).join(w.list), how)];
  const by = (status: string) => n.items.filter((i) => i.status === status);
  for (const item of by('beyond')) out.push(`  ${w.necessary.beyond}${named('dataItem', item.id, item.label, locale)}  「${quote(item, 90)}」`);
  const necessary = by('necessary');
  out.push(`  ${w.necessary.listed}${necessary.length ? necessary.map((i) => itemName(i, locale)).join(w.list) : w.necessary.none}`);
  const optional = by('optional');
  if (optional.length) out.push(`  ${w.necessary.optional}${optional.map((i) => named('dataItem', i.id, i.label, locale)).join(w.list)}`);
  return out;
}

export function formatSummary(a: Analysis, name: string, locale: Locale = 'zh_CN'): string {
  const w = WORDS[locale];
  const out: string[] = [];
  const s = a.source;
  out.push(`${w.product} — ${s.title ?? name}`);
  const facts = [s.company && `${w.facts.operator} ${s.company}`, s.updatedAt && `${w.facts.updated} ${s.updatedAt}`, s.effectiveAt && `${w.facts.effective} ${s.effectiveAt}`, w.facts.chars(s.chars)].filter(Boolean);
  out.push(facts.join(' · '));
  if (!s.isPolicy) out.push('', w.notPolicy(s.policyConfidence));
  out.push('', `${w.grade} ${a.summary.grade}${w.colon}${headlineOf(a, locale)}`);
  for (const kind of KINDS) {
    const risks = a.risks.filter((r) => r.kind === kind);
    if (!risks.length) continue;
    out.push('', w.counted(nameOf('findingKind', kind, locale), risks.length));
    for (const r of risks) {
      const f = findingText(r, locale);
      out.push(`  [${nameOf('level', r.level, locale)}] ${f.title}${f.basis ? w.basis(f.basis) : ''}`);
      if (kind !== 'notice' && r.evidence.length) out.push(`      「${quote(r, 90)}」`);
    }
  }
  out.push('', w.gradeHow(explainGrade(a.risks)));
  if (a.necessary) out.push(...necessaryLines(a.necessary, locale));
  const collected = a.dataItems.filter((d) => d.status === 'collected');
  const sorted = [...collected.filter((d) => d.sensitive), ...collected.filter((d) => !d.sensitive)];
  out.push('', w.collected(collected.length, collected.filter((d) => d.sensitive).length));
  out.push(...(sorted.length ? dataLines(sorted, locale) : [`  ${w.noneFound}`]));
  const names = (items: readonly { id: string; label: string }[], kind: 'dataItem' | 'permission') => items.map((i) => named(kind, i.id, i.label, locale)).join(w.list);
  const mentioned = a.dataItems.filter((d) => d.status === 'mentioned');
  if (mentioned.length) out.push('', `${w.mentioned}${w.colon}${names(mentioned, 'dataItem')}`);
  out.push('', `${w.counted(w.permissions, a.permissions.length)}${w.colon}${a.permissions.length ? names(a.permissions, 'permission') : w.notFound}`);
  if (a.sdks.length) {
    out.push('', w.counted(w.sdks, a.sdks.length));
    for (const sdk of a.sdks) out.push(`  · ${sdk.name}${sdk.vendor ? ` — ${sdk.vendor}` : ''}${sdk.category ? ` [${sdk.category}]` : ''}`);
  }
  if (a.sharing.length) {
    const recipients = new Set(a.sharing.flatMap((c) => c.recipients.filter((r) => r.kind === 'named_org').map((r) => r.name)));
    const types = new Set(a.sharing.map((c) => nameOf('sharingType', c.type, locale)));
    out.push('', `${w.sharing(a.sharing.length)}${w.colon}${[...types].join(w.list)}`);
    if (recipients.size) out.push(`  ${w.recipients}${w.colon}${[...recipients].join(w.list)}`);
  }
  const failed = a.checks.filter((c) => !c.passed);
  if (failed.length) out.push('', `${w.missing}${w.colon}${failed.map((c) => named('check', c.id, c.title, locale)).join(w.list)}`);
  out.push('', w.timing(a.timings.totalMs, a.timings.segmentMs));
  return forTerminal(out.join('\n'));
}
