import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RECORD_COLUMNS, type PolicyRecord } from '../lib/export';
import type { Analysis } from '../lib/types';
import { analyzeFolder, listPolicies } from './batch';
import { csvRows } from '../tests/unit/csv';
import { ANALYZE_CLI, runCli } from '../tests/unit/cli';

const dir = mkdtempSync(join(tmpdir(), 'zhiqing-batch-'));

// sections every policy has, so both read as policies (lib/tag/policy.ts)
const COMMON = `
## 我们如何存储和保护您的个人信息
我们将您的个人信息存储在中华人民共和国境内，存储期限为实现处理目的所必要的最短时间。我们采用加密传输、访问控制等安全措施保护您的个人信息，防止其遭到未经授权的访问、公开披露、使用、修改或丢失。
## 您的权利
您可以查阅、复制、更正、删除您的个人信息，也可以撤回您的授权同意。撤回同意不影响撤回前基于您的同意已进行的个人信息处理活动。
## 未成年人保护
若您是未满十四周岁的未成年人，请在监护人的陪同下阅读本政策，并在取得监护人同意后使用我们的服务。
## 如何联系我们
如您对本政策有任何疑问，可以发送邮件至隐私保护专用邮箱与我们联系，我们将在十五个工作日内答复。`;

const NOTES = `# 星河笔记隐私政策
更新日期：2024年3月1日
星河笔记由北京星河示例科技有限公司（以下简称“我们”）提供。
我们会收集您的手机号码用于注册账号，收集您的位置信息用于推荐附近内容。
我们会申请相机权限，用于扫描二维码。
我们会与合作伙伴上海示例广告有限公司共享您的设备标识符，用于广告投放。
您可以通过设置页面注销账户，我们会在十五个工作日内答复您的请求。
${COMMON}`;

const MAPS = `<html><head><title>云图地图隐私政策</title></head><body>
<h1>云图地图隐私政策</h1>
<p>生效日期：2023年6月1日</p>
<h2>我们如何收集和使用您的个人信息</h2>
<p>我们会收集您的精确位置信息和行踪轨迹，用于导航服务。</p>
<p>我们会收集您的身份证号码用于实名认证。</p>
${COMMON.split('\n').filter(Boolean).map((l) => (l.startsWith('## ') ? `<h2>${l.slice(3)}</h2>` : `<p>${l}</p>`)).join('\n')}
</body></html>`;

const cli = (...args: string[]) => runCli(ANALYZE_CLI, ...args);


beforeAll(() => {
  writeFileSync(join(dir, 'notes.md'), NOTES);
  mkdirSync(join(dir, 'maps'));
  writeFileSync(join(dir, 'maps', 'policy.html'), MAPS);
  // a PNG's first bytes: binary, reported and skipped
  writeFileSync(join(dir, 'scan.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]));
  // not policies: the folder's readme, a gold file, a hidden folder
  writeFileSync(join(dir, 'README.md'), '# 说明\n这些是隐私政策样本。');
  writeFileSync(join(dir, 'notes.gold.json'), '{}');
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, '.git', 'HEAD.txt'), 'ref: refs/heads/main');
});

describe('npm run analyze -- DIR', () => {
  it('finds policy files in subfolders, sorted, and leaves out readmes, gold files and hidden folders', () => {
    expect(listPolicies(dir)).toEqual(['maps/policy.html', 'notes.md', 'scan.txt']);
  });

  it('writes one CSV row per readable policy, reports the binary file and exits 1', async () => {
    const { code, stdout, stderr } = await cli(dir);
    expect(code).toBe(1);
    const [header, ...rows] = csvRows(stdout);
    expect(header).toEqual(RECORD_COLUMNS);
    expect(rows.map((r) => r[0])).toEqual(['maps/policy.html', 'notes.md']);
    for (const r of rows) expect(r).toHaveLength(RECORD_COLUMNS.length);
    const notes = Object.fromEntries(RECORD_COLUMNS.map((c, i) => [c, rows[1]![i]]));
    expect(notes).toMatchObject({ title: '星河笔记隐私政策', operator: '北京星河示例科技有限公司', updated_at: '2024-03-01', is_policy: 'true' });
    expect(Number(notes.collected)).toBeGreaterThanOrEqual(2);
    expect(Number(notes.permissions)).toBeGreaterThanOrEqual(1);
    expect(Number(notes.named_recipients)).toBe(1);
    // the failing file is named on stderr with why; the summary says how many were skipped
    expect(stderr).toMatch(/zhiqing: skipped: .*scan\.txt looks like a binary file/);
    expect(stderr).toContain('zhiqing: 2 of 3 analysed, 1 skipped');
    // progress on stderr, a plain line per file when stderr is not a terminal
    expect(stderr).toContain('[1/3] maps/policy.html\n[2/3] notes.md\n[3/3] scan.txt\n');
  });

  it('writes JSON Lines: a summary record per policy, the whole Analysis with --full', async () => {
    const { stdout } = await cli(dir, '--format', 'jsonl');
    const records = stdout.trim().split('\n').map((l) => JSON.parse(l) as PolicyRecord);
    expect(records.map((r) => r.file)).toEqual(['maps/policy.html', 'notes.md']);
    expect(Object.keys(records[0]!)).toEqual(RECORD_COLUMNS);
    expect(records[0]).toMatchObject({ title: '云图地图隐私政策', effective_at: '2023-06-01', is_policy: true });
    expect(records[0]!.sensitive).toBeGreaterThanOrEqual(2);

    const full = (await cli(dir, '--format', 'jsonl', '--full')).stdout.trim().split('\n').map((l) => JSON.parse(l) as PolicyRecord & { analysis: Analysis });
    expect(full[1]!.analysis.dataItems.map((d) => d.id)).toContain('phone');
    // the record counts what the Analysis holds
    const { analysis, ...record } = full[1]!;
    expect(record).toEqual(records[1]);
    expect(record.collected).toBe(analysis.dataItems.filter((d) => d.status === 'collected').length);
    expect(record.grade).toBe(analysis.summary.grade);
  });

  it('writes a Markdown table to --out, and CSV there with a BOM for Excel', async () => {
    const md = join(dir, '..', `${Date.now()}-batch.md`);
    const { stdout } = await cli(dir, '--format', 'md', '--out', md);
    expect(stdout).toBe('');
    const lines = readFileSync(md, 'utf8').trim().split('\n');
    expect(lines[0]).toBe(`| ${RECORD_COLUMNS.join(' | ')} |`);
    expect(lines).toHaveLength(4);
    const csv = join(dir, '..', `${Date.now()}-batch.csv`);
    await cli(dir, '--out', csv);
    expect(readFileSync(csv, 'utf8').startsWith('\uFEFFfile,title,')).toBe(true);
  });

  it('exits 0 when every file was analysed, and 2 for a folder without policies or a wrong option', async () => {
    const good = mkdtempSync(join(tmpdir(), 'zhiqing-batch-good-'));
    writeFileSync(join(good, 'notes.txt'), NOTES);
    expect((await cli(good)).code).toBe(0);
    const empty = mkdtempSync(join(tmpdir(), 'zhiqing-batch-empty-'));
    const none = await cli(empty);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^zhiqing: no policy files/);
    expect((await cli(good, '--format', 'html')).code).toBe(2);
    expect((await cli(good, '--full')).code).toBe(2);
  });

  it('judges every policy as the app type given with --app-type, and says so in the record', async () => {
    const guessed = (await cli(dir, '--format', 'jsonl')).stdout.trim().split('\n').map((l) => JSON.parse(l) as PolicyRecord);
    expect(guessed.map((r) => r.app_types_by)).toEqual(['guess', 'guess']);
    const { code, stdout } = await cli(dir, '--format', 'jsonl', '--app-type', 'map_navigation');
    expect(code).toBe(1); // scan.txt is still skipped
    const records = stdout.trim().split('\n').map((l) => JSON.parse(l) as PolicyRecord);
    expect(records.map((r) => [r.app_types, r.app_types_by])).toEqual([['map_navigation', 'user'], ['map_navigation', 'user']]);
    const none = (await cli(dir, '--format', 'jsonl', '--app-type', 'none')).stdout.trim().split('\n').map((l) => JSON.parse(l) as PolicyRecord);
    expect(none.map((r) => [r.app_types, r.beyond_necessary])).toEqual([['none', ''], ['none', '']]);
    const wrong = await cli(dir, '--app-type', 'maps');
    expect(wrong.code).toBe(2);
    expect(wrong.stdout).toBe('');
    expect(wrong.stderr).toMatch(/^zhiqing: unknown app type "maps"; --app-type takes one or more of these[^\n]*\n {2}map_navigation, ride_hailing, /);
  });

  it('stops quietly when the reader closes the pipe (| head -1)', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', ANALYZE_CLI, dir, '--format', 'csv'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // the header comes first; close the pipe then, as head -1 does
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Error|at /);
    expect(code).toBe(0);
    // no file after the first was read: the run stopped with the pipe
    expect(stderr).not.toContain('[2/3]');
  });

  it('rewrites one progress line in place on a terminal', async () => {
    let stderr = '';
    const lines: string[] = [];
    const { analysed, failed } = await analyzeFolder(dir, listPolicies(dir), { format: 'csv' }, { write: (l) => lines.push(l), stderr: { isTTY: true, write: (t) => (stderr += t) } });
    expect([analysed, failed]).toEqual([2, ['scan.txt']]);
    expect(lines).toHaveLength(3);
    expect(stderr).toContain('\r[2/3] notes.md\x1b[K');
    // the only line breaks end the skipped-file report and the final count
    expect(stderr.match(/\n/g)).toHaveLength(2);
  });

  it('prints no control character of a file name to the terminal', async () => {
    const hostile = mkdtempSync(join(tmpdir(), 'zhiqing-batch-names-'));
    writeFileSync(join(hostile, 'a\u001b]0;pwned\u0007.txt'), NOTES);
    writeFileSync(join(hostile, 'b\u001b[2J.txt'), '');
    let stderr = '';
    await analyzeFolder(hostile, listPolicies(hostile), { format: 'csv' }, { write: () => {}, stderr: { write: (t) => (stderr += t) } });
    expect(stderr).toContain('[1/2] a?]0;pwned?.txt');
    expect(stderr).toMatch(/skipped: .*b\?\[2J\.txt is empty/);
    expect(stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });
});
