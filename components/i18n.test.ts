import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const read = (locale: string): Messages => JSON.parse(readFileSync(new URL(`../public/_locales/${locale}/messages.json`, import.meta.url), 'utf8'));
const zh = read('zh_CN');
const en = read('en');

describe('locales', () => {
  it('zh_CN and en have the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it.each(Object.keys(zh))('%s: the same placeholders in both, each used in its message', (key) => {
    const names = (m: Messages[string]) => Object.keys(m.placeholders ?? {}).sort();
    expect(names(en[key]!)).toEqual(names(zh[key]!));
    for (const m of [zh[key]!, en[key]!]) {
      for (const name of names(m)) expect(m.message.toLowerCase()).toContain(`$${name}$`);
      expect(m.message.trim()).not.toBe('');
    }
  });
});
