import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractPage } from './extract';

const SENTENCE = '我们会收集您的手机号码、设备信息和位置信息，用于提供服务和保障账号安全。';
const page = (body: string): Document =>
  parseHTML(`<!doctype html><html><head><title>隐私政策</title></head><body><main><h1>隐私政策</h1>${'<p>本政策说明我们如何收集、使用、存储和共享您的个人信息，以及您享有的权利。</p>'.repeat(3)}${body}</main></body></html>`)
    .document as unknown as Document;

describe('extractPage: folded sections are read too', () => {
  it.each([
    ['a closed <details>', `<details><summary>一、收集的信息</summary><p>${SENTENCE}</p></details>`],
    ['a [hidden] panel', `<h2>一、收集的信息</h2><div hidden><p>${SENTENCE}</p></div>`],
    ['an inline display:none panel', `<h2>一、收集的信息</h2><div style="display: none"><p>${SENTENCE}</p></div>`],
    ['an aria-hidden panel', `<h2>一、收集的信息</h2><div aria-hidden="true"><p>${SENTENCE}</p></div>`],
  ])('%s', (_, body) => {
    const text = extractPage(page(body)).text;
    expect(text).toContain(SENTENCE);
  });

  it('leaves an aria-hidden icon ligature out', () => {
    const text = extractPage(page(`<h2>一、收集的信息 <i aria-hidden="true">expand_more</i></h2><p>${SENTENCE}</p>`)).text;
    expect(text).not.toContain('expand_more');
  });

  it('keeps headings and the title, and truncates nothing short', () => {
    const result = extractPage(page(`<h2>一、收集的信息</h2><p>${SENTENCE}</p>`));
    expect(result.headings['一、收集的信息']).toBe(2);
    expect(result.title).toBe('隐私政策');
    expect(result.truncated).toBe(false);
  });
});
