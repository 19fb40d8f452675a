import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const CLI = join(import.meta.dirname, 'compare.ts');
const dir = mkdtempSync(join(tmpdir(), 'zhiqing-compare-'));

function file(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, lines.join('\n'));
  return path;
}

async function compare(...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', CLI, ...args], { encoding: 'utf8' });
  return stdout;
}

const V1 = [
  '示例App隐私政策',
  '一、我们如何收集您的个人信息',
  '注册时，我们会收集您的手机号码。我们接入了友盟统计SDK。',
  '二、您的权利',
  '您可以在设置中撤回您的授权同意。您可以申请注销账户。我们将在15个工作日内答复您的请求。',
];

describe('npm run compare', () => {
  it('prints what changed between two versions, then the sentences added and removed under their sections', async () => {
    const old = file('v1.txt', V1);
    const next = file('v2.txt', [
      ...V1.slice(0, 2),
      '注册时，我们会收集您的手机号码。我们接入了友盟统计SDK和穿山甲SDK。我们会收集您的人脸信息。',
      V1[3]!,
      '您可以申请注销账户。我们将在15个工作日内答复您的请求。',
    ]);
    const out = await compare(old, next);
    expect(out).toContain('两个版本');
    expect(out).toMatch(/含义上的变化：\+人脸, \+穿山甲SDK, −可撤回同意/);
    expect(out).toContain('+ 收集：人脸 ⚠  「我们会收集您的人脸信息。」');
    const text = out.slice(out.indexOf('文字变化'));
    expect(text).toContain('【一、我们如何收集您的个人信息】\n  − 我们接入了友盟统计SDK。\n  + 我们接入了友盟统计SDK和穿山甲SDK。\n  + 我们会收集您的人脸信息。');
    expect(text).toContain('【二、您的权利】\n  − 您可以在设置中撤回您的授权同意。');
    // semantic changes come first, the text diff next, the side-by-side last
    expect(out.indexOf('含义上的变化')).toBeLessThan(out.indexOf('文字变化'));
    expect(out.indexOf('文字变化')).toBeLessThan(out.indexOf('逐项对比'));
  });

  it('sets two different policies side by side as a grid of questions, marking where they differ', async () => {
    const a = file('a.txt', V1);
    const b = file('b.txt', ['另一App隐私政策', '实名认证时，我们会采集您的人脸信息。', '我们在境内存储您的信息，不会传输至境外。']);
    const out = await compare(a, b);
    expect(out).not.toContain('两个版本');
    const face = out.split('\n').find((l) => l.includes('收集人脸信息吗？'))!;
    expect(face).toMatch(/未说明\s+是\s+≠$/);
    const abroad = out.split('\n').find((l) => l.includes('会把信息传到境外吗？'))!;
    expect(abroad).toMatch(/未说明\s+否\s+≠$/);
    const answer = out.split('\n').find((l) => l.includes('多久答复您的请求？'))!;
    expect(answer).toMatch(/是（15个工作日）\s+未说明\s+≠$/);
  });
});
