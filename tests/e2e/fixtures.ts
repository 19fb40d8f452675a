// The pages the E2E tests open: a tiny HTTP server on 127.0.0.1 serving the
// corpus as real HTML pages, plus a few pages the corpus does not have.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, extname, join, resolve } from 'node:path';

/** The shared corpus: next to the repository in CI, overridable for local runs. */
export const CORPUS_DIR = [process.env.ZHIQING_CORPUS, resolve(import.meta.dirname, '../../../shared/corpus'), '/work/shared/corpus'].find(
  (dir): dir is string => !!dir && existsSync(dir),
);
if (!CORPUS_DIR) throw new Error('corpus not found: set ZHIQING_CORPUS to the shared/corpus directory');
/** The 20 extra policies beside it (shared/corpus-extra), served as 'extra/NAME'. */
const EXTRA_DIR = join(CORPUS_DIR, '..', 'corpus-extra');

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const page = (title: string, body: string): string =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><main>${body}</main></body></html>`;

/** A .md or .txt policy as a simple HTML page: one <p> a line, Markdown headings as <h2>. */
export function wrapText(name: string, text: string): string {
  return page(basename(name, extname(name)), htmlLines(text).join('\n'));
}

function htmlLines(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const heading = /^#{1,6}\s+(.*)$/.exec(line);
      return heading ? `<h2>${escapeHtml(heading[1]!)}</h2>` : `<p>${escapeHtml(line)}</p>`;
    });
}

// The ways pages fold a policy away; each section after the first uses the next.
const FOLDS: ((heading: string, body: string) => string)[] = [
  (h, b) => `<details><summary>${h}</summary>${b}</details>`,
  (h, b) => `<div class="accordion"><h2>${h}</h2><div hidden>${b}</div></div>`,
  (h, b) => `<div class="accordion"><h2>${h}</h2><div style="display: none">${b}</div></div>`,
  (h, b) => `<div class="accordion"><h2>${h}</h2><div class="panel" aria-hidden="true">${b}</div></div>`,
];

/** The policy with every section but the first collapsed, as FAQ-style pages do. */
function foldedPage(name: string, text: string): string {
  const sections: { heading: string; lines: string[] }[] = [{ heading: '', lines: [] }];
  for (const line of htmlLines(text)) {
    if (line.startsWith('<h2>')) sections.push({ heading: line.slice(4, -5), lines: [] });
    else sections.at(-1)!.lines.push(line);
  }
  const [intro, ...rest] = sections;
  const body = intro!.lines.join('') + rest.map((s, i) => FOLDS[i % FOLDS.length]!(s.heading, s.lines.join(''))).join('\n');
  return page(basename(name), `<style>.panel { display: none }</style>${body}`);
}

/** The policy inside a same-origin iframe, under a little page of its own. */
function framedPage(name: string): string {
  return page('帮助中心', `<h1>帮助中心</h1><p>常见问题与协议</p><iframe src="/${encodeURIComponent(name)}" style="width: 100%; height: 600px"></iframe>`);
}

/** Pages beside the corpus, each for one behaviour. */
const EXTRA: Record<string, string> = {
  // A Chinese news article: a real page that is not a privacy policy.
  '/news.html': page(
    '本市今年新增公园绿地',
    [
      '<h1>本市今年新增公园绿地一百二十公顷</h1>',
      '<p>记者从市园林局获悉，今年全市计划新建和改造公园绿地一百二十公顷，新增口袋公园三十处，城市绿化覆盖率将进一步提高。</p>',
      '<p>据介绍，新建的公园将重点布局在老城区和新建居住区，方便市民就近休闲健身。园林部门还将在主要道路两侧增加行道树，打造林荫路。</p>',
      '<p>市民张先生说，家附近新开的口袋公园面积不大，但有步道、座椅和儿童游乐设施，每天傍晚都有不少居民来散步。</p>',
      '<p>园林局负责人表示，下一步将继续推进绿道建设，把公园、河道和街区连成网络，让市民出门见绿、推窗见景。</p>',
    ].join(''),
  ),
  // An English page with no Chinese at all.
  '/english.html': page('Gardening tips', '<h1>Spring gardening</h1><p>Plant tomatoes after the last frost. Water deeply twice a week and mulch to keep the soil moist.</p>'),
  // A Japanese privacy policy: kanji that look like Chinese, but not a Chinese policy.
  '/japanese.html': page(
    'プライバシーポリシー',
    '<h1>プライバシーポリシー</h1><p>当社は、お客様の個人情報を適切に取り扱うことが社会的責務であると考え、個人情報保護法を遵守します。</p><p>当社は、サービスの提供のために、氏名、メールアドレス、電話番号などの個人情報を取得することがあります。</p><p>取得した個人情報は、法令に基づく場合を除き、ご本人の同意なく第三者に提供いたしません。</p>',
  ),
  // Nothing to read.
  '/empty.html': page('空白页', ''),
  // The smallest policy: the benchmark's baseline.
  '/tiny-policy.html': page(
    '隐私政策',
    '<h1>隐私政策</h1><p>我们会收集您的手机号码，用于注册和登录。</p><p>您可以在设置中查阅、更正或删除您的个人信息，也可以联系我们：privacy@example.com。</p><p>本政策更新于2024年1月1日。</p>',
  ),
};

export interface FixtureServer {
  origin: string;
  /** URL of a corpus file (as an HTML page, or a variant: 'folded/NAME', 'framed/NAME', 'huge/NAME', 'malformed/NAME', 'csp/NAME', 'hostile/NAME'), of a corpus-extra file ('extra/NAME.txt') or of an EXTRA page */
  url(name: string): string;
  close(): Promise<void>;
}

export function corpusFiles(): string[] {
  return readdirSync(CORPUS_DIR!).filter((f) => /\.(html|md|txt)$/.test(f) && f !== 'README.md');
}

/** A page far longer than one analysis reads: the policy forty times over. */
function hugePage(name: string, text: string): string {
  return page(basename(name), htmlLines(text).join('\n').repeat(40));
}

/** The policy in markup a browser has to repair: unclosed and stray tags, a <p> inside a <p>, no <body>. */
function malformedPage(name: string, text: string): string {
  const lines = text.split('\n').filter((l) => l.trim());
  const body = lines.map((l, i) => (i % 3 === 0 ? `<p>${escapeHtml(l)}` : i % 3 === 1 ? `<div><p>${escapeHtml(l)}</span></div></td>` : `<b>${escapeHtml(l)}<i></b></i><br>`)).join('\n');
  return `<html><title>${escapeHtml(name)}</title><table><tr><td>${body}`;
}

/**
 * The policy on a page that listens to every message posted to it and every
 * document event (what an extension announces to the page), for a test to read
 * back from window.__heard.
 */
function hostilePage(name: string, text: string): string {
  const spy = `<script>window.__heard=[];addEventListener('message',e=>__heard.push(JSON.stringify(e.data)));for(const t of ['wxt:content-script-started'])document.addEventListener(t,e=>__heard.push(t));</script>`;
  return VARIANTS['']!(name, text).replace('<head>', `<head>${spy}`);
}

/** Variants of a corpus page, by path prefix. */
const VARIANTS: Record<string, (name: string, text: string) => string> = {
  '': (name, text) => (name.endsWith('.html') ? text : wrapText(name, text)),
  folded: foldedPage,
  framed: framedPage,
  huge: hugePage,
  malformed: malformedPage,
  hostile: hostilePage,
  // The same page under a strict Content-Security-Policy (see HEADERS).
  csp: (name, text) => VARIANTS['']!(name, text),
};

// Saved pages load scripts, styles and trackers from their sites. This CSP
// keeps them on the fixture server, so a request anywhere else can only come
// from the extension (content scripts are not bound by the page's CSP).
const PAGE_CSP = { 'content-security-policy': "default-src 'self' 'unsafe-inline' data:" };
const HEADERS: Record<string, Record<string, string>> = {
  '': PAGE_CSP,
  folded: PAGE_CSP,
  framed: PAGE_CSP,
  huge: PAGE_CSP,
  malformed: PAGE_CSP,
  hostile: PAGE_CSP,
  // No inline styles: the highlight's own <style> must still work.
  csp: { 'content-security-policy': "default-src 'none'; style-src 'self'; img-src 'self'" },
};

function route(path: string): { body: string; headers: Record<string, string> } | undefined {
  if (EXTRA[path]) return { body: EXTRA[path], headers: PAGE_CSP };
  const extra = /^\/extra\/([^/]+\.txt)$/.exec(path);
  if (extra) {
    const file = join(EXTRA_DIR, decodeURIComponent(extra[1]!));
    return existsSync(file) ? { body: wrapText(basename(file), readFileSync(file, 'utf8')), headers: PAGE_CSP } : undefined;
  }
  const match = /^\/(?:(folded|framed|huge|malformed|csp|hostile)\/)?([^/]+)$/.exec(path);
  const variant = match?.[1] ?? '';
  const name = decodeURIComponent(match?.[2] ?? '');
  if (!corpusFiles().includes(name)) return undefined;
  return { body: VARIANTS[variant]!(name, readFileSync(join(CORPUS_DIR!, name), 'utf8')), headers: HEADERS[variant] ?? {} };
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const found = route(path);
    res.writeHead(found ? 200 : 404, { 'content-type': 'text/html; charset=utf-8', ...found?.headers });
    res.end(found?.body ?? 'not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (name) => `${origin}/${encodeURIComponent(name).replace(/%2F/g, '/')}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
