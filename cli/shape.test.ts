// Names a reader can trust, on every real policy beside the repository (the
// 8 of shared/corpus and the 20 of shared/corpus-extra): the title names a
// policy document, the operator and every named recipient is an organisation
// name with nothing of the sentence attached, and no recipient is the
// operator. (SDK names have their own shape test in lib/sdk.)
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePolicy } from '../lib/analyze';
import { BRANDS, isOperator, ORG_SUFFIXES } from '../lib/org';
import { foldText, LIST_MARKER } from '../lib/text';
import type { Analysis } from '../lib/types';
import { loadPolicy } from './input';

const SHARED = join(import.meta.dirname, '..', '..', 'shared');
const files = ['corpus', 'corpus-extra']
  .map((dir) => join(SHARED, dir))
  .filter((dir) => existsSync(dir))
  .flatMap((dir) => readdirSync(dir).filter((f) => /\.(html|md|txt)$/.test(f) && f !== 'README.md').map((f) => join(dir, f)));

const analyses = new Map<string, Analysis>();
async function analysed(file: string): Promise<Analysis> {
  let a = analyses.get(file);
  if (!a) {
    const p = loadPolicy(file);
    analyses.set(file, (a = await analyzePolicy(p.text, { title: p.title, headings: p.headings })));
  }
  return a;
}

const DOCUMENT = /(隐私|私隐|个人信息|个人资料)[^。]{0,8}(政策|指引|条款|声明|协议|规则)$/;
const SENTENCE = /[。，,；;：:！？!?]|请|您|我们/;
/** what a name must not start with: a word of the sentence before it */
const LEAD_IN = /^(和|与|及|或|指|由|向|对|在|将|是|为|集成|接入|使用|包括|例如|来|受|经)/;
const ORG_END = new RegExp(`(${ORG_SUFFIXES.map(([s]) => s).join('|')}|inc\\.?|ltd\\.?|llc|limited|corporation|corp\\.?|gmbh)$`, 'i');
// a brand row may need its context (移动、联通 named together): here the bare names
const BRAND = new RegExp(`^(?:${BRANDS.map(([p]) => p).join('|')}|(?:中国)?(?:移动|联通|电信))$`, 'i');

describe.skipIf(!files.length)('names on the 28 shared policies', () => {
  it.each(files.map((f) => [f.split('/').pop()!, f]))('%s: the title names the policy document, no heading or bullet', async (_name, file) => {
    const { title } = (await analysed(file)).source;
    expect(title).toBeDefined();
    expect(foldText(title!).replace(/[“”"'「」【】《》\s]/g, '')).toMatch(DOCUMENT);
    expect(LIST_MARKER.test(title!), title).toBe(false);
  });

  it.each(files.map((f) => [f.split('/').pop()!, f]))('%s: the operator and every named recipient is a name alone, and no recipient is the operator', async (_name, file) => {
    const a = await analysed(file);
    const operator = a.source.company;
    const names = a.sharing.flatMap((c) => c.recipients.filter((r) => r.kind === 'named_org').map((r) => r.name));
    for (const name of operator ? [operator, ...names] : names) {
      expect(SENTENCE.test(name), name).toBe(false);
      expect(LEAD_IN.test(name), name).toBe(false);
      expect(/见下文|如下|下述|上述|本政策/.test(name), name).toBe(false);
      // an organisation: by its legal form, its brand, (in brackets) a named system or body, or another app by name
      expect(ORG_END.test(foldText(name)) || BRAND.test(foldText(name)) || /系统|平台|机构|中心|部门|机关|院|局|委/.test(name) || /(app|客户端)$/.test(foldText(name)), name).toBe(true);
    }
    for (const name of names) expect(isOperator(name, operator), `${name} is the operator`).toBe(false);
  });
});
