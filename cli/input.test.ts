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
    expect(decode(new TextEncoder().encode('個人資料'))?.text).toBe('個人資料');
  });

  const hex = (h: string) => Buffer.from(h, 'hex');
  const POLICY_UTF16 = '隐私政策\n更新日期：2024年1月1日\n我们会收集您的手机号码。';
  it.each([
    ['UTF-16LE with a BOM', Buffer.concat([hex('fffe'), Buffer.from(POLICY_UTF16, 'utf16le')]), 'utf-16le', POLICY_UTF16],
    ['UTF-16LE without one', Buffer.from(POLICY_UTF16, 'utf16le'), 'utf-16le', POLICY_UTF16],
    ['UTF-16BE without one', Buffer.from(POLICY_UTF16, 'utf16le').swap16(), 'utf-16be', POLICY_UTF16],
    // "隱私政策：我們會收集您的手機號碼和電子郵件地址，用於註冊帳戶。" in Big5
    ['Big5', hex('c1f4a870ac46b5a6a147a7daadccb77ca6acb6b0b17aaabaa4e2bef7b8b9bd58a94db971a46cb66ca5f3a661a77da141a5cea9f3b5f9a555b162a4e1a143'), 'big5', '隱私政策：我們會收集您的手機號碼和電子郵件地址，用於註冊帳戶。'],
    // a Japanese policy sentence in Shift_JIS
    ['Shift_JIS', hex('837683898343836f8356815b837c838a8356815b814693968ed082cd82a88b71976c82cc8e8196bc82c69364986294d48d8682f08efb8f5782b582dc82b78142'), 'shift_jis', 'プライバシーポリシー：当社はお客様の氏名と電話番号を収集します。'],
    ['Latin-1', hex('5072697661637920706f6c6963793a20776520636f6c6c65637420796f7572206e616d6520616e6420652d6d61696c20616464726573732e20436166e92072e973756de9206e61ef76652e'), 'windows-1252', 'Privacy policy: we collect your name and e-mail address. Café résumé naïve.'],
  ])('decodes %s', (_, bytes, encoding, text) => {
    expect(decode(bytes)).toEqual({ encoding, text });
  });

  it('keeps a UTF-8 file with one invalid byte as UTF-8, replacing the byte', () => {
    const good = new TextEncoder().encode(`<p>${'我们会收集您的手机号码。'.repeat(40)}</p>`);
    const bytes = Buffer.concat([good.subarray(0, 30), hex('ff'), good.subarray(30)]);
    const out = decode(bytes)!;
    expect(out.encoding).toBe('utf-8');
    expect(out.text).toContain('我们会收集您的手机号码。');
    expect(out.text).toContain('\uFFFD');
  });

  it('refuses a device that never ends, and says why', () => {
    expect(() => loadPolicy('/dev/zero')).toThrow(/not a regular file/);
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
