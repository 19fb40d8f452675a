// Analysis → Markdown: a summary a reader can paste into an issue or a report.
import { findingText, nameOf } from '../locale';
import type { Locale } from '../locale/types';
import { explainGrade } from '../risk/grade';
import type { Analysis, Evidence, NecessaryCheck } from '../types';
import { KINDS } from './labels';
import { headlineOf, itemName, exportLocale, named, necessaryView, recipientName, type ExportOptions } from './names';
import { WORDS } from './words';

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

function necessaryLines(n: NecessaryCheck, locale: Locale): string[] {
  const w = WORDS[locale];
  const view = necessaryView(n, locale);
  const out = [`## ${md(view.title, 'heading')}`, '', view.how, ''];
  if (!view.judged) return out;
  if (view.beyond.length) {
    out.push(`### ${w.counted(w.necessary.beyond, view.beyond.length)}`, '');
    for (const i of view.beyond) out.push(`- **${itemName(i, locale)}**`, ...i.evidence.map((e) => `  ${quote(e)}`));
    out.push('');
  }
  out.push(`### ${w.counted(w.necessary.listed, view.listed.length)}`, '', view.listed.length ? view.listed.map((i) => itemName(i, locale)).join(w.list) : w.necessary.none, '');
  if (view.optional.length) out.push(`### ${w.counted(w.necessary.optional, view.optional.length)}`, '', view.optional.map((i) => itemName(i, locale)).join(w.list), '');
  return out;
}

export function toMarkdown(a: Analysis, options?: ExportOptions): string {
  const locale = exportLocale(options);
  const w = WORDS[locale];
  const s = a.source;
  const out: string[] = [`# ${w.product}${w.colon}${md(s.title ?? w.untitled, 'heading')}`, ''];
  const facts = [s.url && `${w.url}${w.colon}${md(s.url)}`, s.company && `${w.operator}${w.colon}${md(s.company)}`, s.updatedAt && `${w.updated}${w.colon}${s.updatedAt}`, s.effectiveAt && `${w.effective}${w.colon}${s.effectiveAt}`];
  out.push(...facts.filter(Boolean).map((f) => `- ${f}`), '');
  if (!s.isPolicy) out.push(`**${w.notPolicy}**${w.confidence(s.policyConfidence)}`, '');
  out.push(`**${w.grade} ${a.summary.grade}**${w.colon}${md(headlineOf(a, locale))}`, '', w.gradeHow(explainGrade(a.risks)), '');

  for (const kind of KINDS) {
    const risks = a.risks.filter((r) => r.kind === kind);
    if (!risks.length) continue;
    out.push(`## ${w.counted(nameOf('findingKind', kind, locale), risks.length)}`, '');
    for (const r of risks) {
      const f = findingText(r, locale);
      out.push(`- **[${nameOf('level', r.level, locale)}] ${md(f.title)}**${w.colon}${md(f.detail)}${f.basis ? w.basis(md(f.basis)) : ''}`);
      if (r.evidence[0]) out.push(`  ${quote(r.evidence[0])}`);
    }
    out.push('');
  }
  if (a.necessary) out.push(...necessaryLines(a.necessary, locale));
  const collected = a.dataItems.filter((d) => d.status === 'collected').sort((x, y) => Number(y.sensitive) - Number(x.sensitive));
  out.push(`## ${w.counted(w.collected, collected.length)}`, '');
  for (const d of collected) out.push(`- ${d.sensitive ? '⚠️ ' : ''}**${named('dataItem', d.id, d.label, locale)}**`, `  ${quote(d.evidence[0])}`);
  const mentioned = a.dataItems.filter((d) => d.status === 'mentioned');
  if (mentioned.length) out.push('', `${w.mentioned}${w.colon}${mentioned.map((d) => named('dataItem', d.id, d.label, locale)).join(w.list)}`);
  out.push('');
  if (a.permissions.length) out.push(`## ${w.counted(w.permissions, a.permissions.length)}`, '', a.permissions.map((p) => named('permission', p.id, p.label, locale)).join(w.list), '');
  if (a.sdks.length) {
    out.push(`## ${w.counted(w.sdks, a.sdks.length)}`, '', `| ${w.sdkColumns.join(' | ')} |`, '|---|---|---|');
    for (const sdk of a.sdks) out.push(`| ${md(sdk.name, 'cell')} | ${md(sdk.vendor ?? '', 'cell')} | ${md(sdk.purpose ?? '', 'cell')} |`);
    out.push('');
  }
  if (a.sharing.length) {
    out.push(`## ${w.counted(w.sharing, a.sharing.length)}`, '');
    for (const c of a.sharing) {
      const to = [...new Set(c.recipients.map((r) => (r.kind === 'named_org' ? md(r.name) : recipientName(r, locale))))].join(w.list);
      out.push(`- **${nameOf('sharingType', c.type, locale)}**${to ? ` → ${to}` : ''}`, `  ${quote(c.evidence[0])}`);
    }
    out.push('');
  }
  out.push(`## ${w.checks}`, '', ...a.checks.map((c) => `- [${c.passed ? 'x' : ' '}] ${named('check', c.id, c.title, locale)}`), '');
  return out.join('\n');
}
