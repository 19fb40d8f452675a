import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../lib/types';
import { ANALYZE_CLI, runCli } from '../tests/unit/cli';

const dir = mkdtempSync(join(tmpdir(), 'zhiqing-cli-'));

const analyze = (...args: string[]) => runCli(ANALYZE_CLI, ...args);

describe('npm run analyze', () => {
  it('summarises the bundled sample with sensitive data first', async () => {
    const { code, stdout } = await analyze();
    expect(code).toBe(0);
    expect(stdout).toMatch(/评级 [A-E]/);
    const collected = stdout.slice(stdout.indexOf('收集的个人信息'));
    // the first data line is a sensitive item (⚠), and 手机号码 is listed
    expect(collected.split('\n')[1]).toContain('⚠');
    expect(collected).toContain('手机号码');
    expect(stdout).toContain('极光推送');
  });

  it('prints the whole Analysis with --json', async () => {
    const { stdout } = await analyze('--json');
    const a = JSON.parse(stdout) as Analysis;
    expect(a.schemaVersion).toBe(1);
    for (const d of a.dataItems) for (const e of d.evidence) expect(a.text.slice(e.start, e.end)).toBe(e.quote);
  });

  it('exports Markdown with --format md', async () => {
    const { code, stdout } = await analyze('--format', 'md');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# 知情 Zhiqing：/);
  });

  it('writes the export to --out instead of stdout', async () => {
    const out = join(dir, 'sample.csv');
    const { code, stdout } = await analyze('--format', 'csv', '--out', out);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toMatch(/^\uFEFFkind,id,label,/);
  });

  it('says when a page is not a policy, and still prints what it found', async () => {
    const news = join(dir, 'news.txt');
    writeFileSync(news, '本报讯 昨日市政府召开新闻发布会，介绍城市建设进展。记者留下了手机号码。'.repeat(5));
    const { code, stdout } = await analyze(news);
    expect(code).toBe(0);
    expect(stdout).toContain('这看起来不是隐私政策');
    expect(stdout).toContain('手机号码');
  });

  it('reads a page nested 20,000 elements deep without a crash', async () => {
    const deep = join(dir, 'deep.html');
    writeFileSync(deep, `<html><body>${'<div>'.repeat(20000)}<p>隐私政策：我们会收集您的手机号码。</p>${'</div>'.repeat(20000)}</body></html>`);
    const { code, stdout } = await analyze(deep, '--json');
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as Analysis).dataItems.map((d) => d.id)).toContain('phone');
  });

  it('never prints a control character from the page to the terminal', async () => {
    const hostile = join(dir, 'hostile.txt');
    writeFileSync(hostile, `隐私政策\u001b]0;pwned\u0007\u001b[2J\n我们会收集您的手机号码\u009b31m。`.repeat(3));
    const { code, stdout } = await analyze(hostile);
    expect(code).toBe(0);
    expect(stdout).toContain('手机号码');
    expect(stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it('judges 必要个人信息 as the app type given with --app-type, or as none of them', async () => {
    const given = await analyze('--app-type', 'online_shopping,map_navigation');
    expect(given.code).toBe(0);
    expect(given.stdout).toContain('必要个人信息（网上购物类、地图导航类，指定）');
    expect(given.stdout).toMatch(/✓ 基本功能所必需：[^\n]*手机号码/);
    const none = await analyze('--app-type', 'none');
    expect(none.stdout).toContain('必要个人信息：已指定不属于 39 类应用中的任何一类，未逐项判断');
    const json = JSON.parse((await analyze('--app-type', 'online_shopping', '--json')).stdout) as Analysis;
    expect(json.necessary!.by).toBe('user');
    expect(json.necessary!.types.filter((t) => t.chosen).map((t) => t.id)).toEqual(['online_shopping']);
  });

  it('names an unknown app type and lists the valid ids', async () => {
    const { code, stdout, stderr } = await analyze('--app-type', 'online_shopping,shopping');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    const [first, ids] = stderr.split('\n');
    expect(first).toMatch(/^zhiqing: unknown app type "shopping"/);
    expect(ids!.split(', ')).toHaveLength(39);
    expect(ids).toContain('map_navigation');
    expect((await analyze('--app-type', 'none,news')).stderr).toMatch(/^zhiqing: unknown app type "none" \(none stands alone\)/);
  });

  it('speaks English with --lang en, in the summary and the exports', async () => {
    const summary = await analyze('--lang', 'en', '--app-type', 'online_shopping');
    expect(summary.code).toBe(0);
    expect(summary.stdout).toMatch(/^Zhiqing — /);
    expect(summary.stdout).toMatch(/\nGrade [A-E]: /);
    expect(summary.stdout).toContain('Necessary personal information (Online shopping, as given)');
    expect(summary.stdout).toMatch(/⚠ ID documents \[id_document\]/);
    expect((await analyze('--lang', 'en', '--format', 'md')).stdout).toMatch(/^# Zhiqing: /);
    expect((await analyze('--lang', 'en', '--format', 'html')).stdout).toContain('<html lang="en">');
  });

  it.each([
    ['a missing file', [join(dir, 'missing.html')]],
    ['an empty file', [(() => { const p = join(dir, 'empty.md'); writeFileSync(p, ''); return p; })()]],
    ['an unknown option', ['--yaml']],
    ['an unknown language', ['--lang', 'fr']],
  ])('exits 2 with a one-line error for %s', async (_, args) => {
    const { code, stderr, stdout } = await analyze(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')[0]).toMatch(/^zhiqing: /);
  });
});
