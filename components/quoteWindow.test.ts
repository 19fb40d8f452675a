import { describe, expect, it } from 'vitest';
import { QUOTE_CHARS, quoteWindow } from './quoteWindow';

const filler = (n: number, c = '甲'): string => c.repeat(n);

describe('a quote cut around its term', () => {
  it('a short quote is shown whole', () => {
    const q = '我们会收集您的手机号码。';
    expect(quoteWindow(q, 7, 11)).toEqual({ before: '我们会收集您的', term: '手机号码', after: '。', cutStart: false, cutEnd: false });
  });

  it('a term deep in a long table row is in view, with context on both sides', () => {
    const q = `${filler(900)}人脸信息${filler(900, '乙')}`;
    const w = quoteWindow(q, 900, 904);
    expect(w.term).toBe('人脸信息');
    expect(w.cutStart && w.cutEnd).toBe(true);
    expect(w.before.length + w.term.length + w.after.length).toBe(QUOTE_CHARS);
    expect(w.before.length).toBeGreaterThan(20);
    expect(w.after.length).toBeGreaterThan(20);
  });

  it('a term at the very end is in view, and the window is still full', () => {
    const q = `${filler(500)}通讯录`;
    const w = quoteWindow(q, 500, 503);
    expect(w).toMatchObject({ term: '通讯录', after: '', cutStart: true, cutEnd: false });
    expect(w.before.length + 3).toBe(QUOTE_CHARS);
  });

  it('a quote without a term shows its start', () => {
    const q = filler(400);
    expect(quoteWindow(q, 0, 0)).toMatchObject({ before: '', term: '', cutStart: false, cutEnd: true });
  });
});
