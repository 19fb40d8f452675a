import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { indexText, locate, wrapInMarks } from './highlight';

const doc = (body: string): Document => parseHTML(`<!doctype html><html><body>${body}</body></html>`).document as unknown as Document;
const found = (body: string, quote: string, term?: string) => {
  const index = indexText(doc(body));
  const spot = locate(index, quote, term);
  return spot && { text: index.chars.slice(spot.start, spot.end), term: spot.term && index.chars.slice(spot.term.start, spot.term.end) };
};

describe('locate: a quote of the normalised text in the page', () => {
  it.each([
    ['across elements', '<p>我们会收集您的<b>手机号码</b>，用于登录。</p>', '我们会收集您的手机号码，用于登录。', '我们会收集您的手机号码，用于登录。'],
    ['with collapsed whitespace', '<p>我们会收集\n   您的  IP 地址。</p>', '我们会收集 您的 IP 地址。', '我们会收集您的IP地址。'],
    ['a table row joined with " | "', '<table><tr><td>友盟</td><td>设备标识符</td></tr></table>', '友盟 | 设备标识符', '友盟设备标识符'],
    ['with a zero-width space in the page', '<p>身份\u200b证号码</p>', '身份证号码', '身份证号码'],
    ['by its start when the rest differs', '<p>我们会收集您的位置信息以提供附近的服务，例如同城交易。</p>', '我们会收集您的位置信息以提供附近的服务，例如同城交易和配送。', '我们会收集您的位置信息以提供附近的服务，例如同城交易。'],
  ])('%s', (_, body, quote, text) => {
    expect(found(body, quote)?.text.startsWith(text.slice(0, 20))).toBe(true);
  });

  it('marks the term inside the sentence, not an earlier occurrence', () => {
    const spot = found('<p>位置信息。</p><p>我们会收集您的位置信息。</p>', '我们会收集您的位置信息。', '位置信息');
    expect(spot).toEqual({ text: '我们会收集您的位置信息。', term: '位置信息' });
  });

  it.each([
    ['text the extractor skips', '<script>var s = "我们会收集您的手机号码";</script>', '我们会收集您的手机号码'],
    ['a sentence the page does not have', '<p>本政策适用于全部产品。</p>', '我们会收集您的指纹'],
    ['an empty quote', '<p>本政策</p>', ' | '],
  ])('finds nothing in %s', (_, body, quote) => {
    expect(found(body, quote)).toBeUndefined();
  });
});

describe('wrapInMarks: the fallback without the Highlight API', () => {
  it('wraps the sentence across nodes, the term in its own stronger mark, and keeps the text', () => {
    const d = doc('<p>前文。我们会收集您的<b>手机号码</b>用于登录。后文</p>');
    const index = indexText(d);
    const spot = locate(index, '我们会收集您的手机号码用于登录。', '手机号码')!;
    wrapInMarks(d, index, spot.start, spot.end, spot.term);
    const marks = Array.from(d.querySelectorAll('mark[data-zhiqing]'));
    expect(marks.map((m) => m.textContent).join('')).toBe('我们会收集您的手机号码用于登录。');
    expect(marks.filter((m) => m.getAttribute('data-zhiqing') === 'term').map((m) => m.textContent)).toEqual(['手机号码']);
    expect(d.body.textContent).toBe('前文。我们会收集您的手机号码用于登录。后文');
  });
});
