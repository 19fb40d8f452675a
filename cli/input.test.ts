import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode, InputError, loadPolicy } from './input';

const dir = mkdtempSync(join(tmpdir(), 'zhiqing-input-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('loadPolicy', () => {
  it('decodes a GBK file (still common on Chinese sites)', () => {
    // "隐私政策：我们会收集您的手机号码。" encoded in GBK
    const gbk = Buffer.from('d2fecbbdd5feb2dfa3baced2c3c7bbe1cad5bcafc4fab5c4cad6bbfabac5c2eba1a3', 'hex');
    const policy = loadPolicy(file('gbk.txt', gbk));
    expect(policy.encoding).toBe('gb18030');
    expect(policy.text).toBe('隐私政策：我们会收集您的手机号码。');
  });

  it('reads UTF-8 as UTF-8', () => {
    expect(decode(new TextEncoder().encode('個人資料')).text).toBe('個人資料');
  });

  it('extracts HTML by extension, dropping scripts', () => {
    const p = loadPolicy(file('p.html', '<html><body><script>var x=1</script><p>我们会收集您的手机号码。</p></body></html>'));
    expect(p.text).toContain('我们会收集您的手机号码');
    expect(p.text).not.toContain('var x');
  });

  it.each([
    ['a missing file', join(dir, 'nope.txt'), /no such file/],
    ['an empty file', file('empty.txt', '  \n'), /empty/],
    ['binary input', file('x.pdf', Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0, 0])), /binary/],
    ['a directory', dir, /directory/],
  ])('rejects %s with a one-line message', (_, path, message) => {
    expect(() => loadPolicy(path)).toThrow(InputError);
    expect(() => loadPolicy(path)).toThrow(message);
  });
});
