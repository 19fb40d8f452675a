// Shape invariants of SDK names on all 28 shared policies: whatever the
// layout, a name is a name as the policy writes it, not a sentence, a list
// marker's residue, a permission or a word for SDKs in general.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePolicy } from '../analyze';
import { loadPolicy } from '../../cli/input';

const SHARED = join(__dirname, '../../../shared');
const policies = [
  ...readdirSync(join(SHARED, 'corpus')).filter((f) => /\.(html|md|txt)$/.test(f) && f !== 'README.md').map((f) => join(SHARED, 'corpus', f)),
  ...readdirSync(join(SHARED, 'corpus-extra')).filter((f) => f.endsWith('.txt')).map((f) => join(SHARED, 'corpus-extra', f)),
];

const SHAPES: readonly [what: string, bad: RegExp][] = [
  ['a sentence', /[。，；,;]|请|您|我们/],
  ['list-marker residue', /^(?:[lI•·●▪\-*]\s|\d{1,3}[、.．)）]|[（(]\d{1,3}[)）]|[a-z][)）、])|(?:^|\s)l\s/],
  ['a permission', /^(?!.*sdk)(摄像头|相机|相册|麦克风|通讯录|蓝牙|nfc|siri|位置|定位|存储|电话|短信|日历|通知|剪贴板|基于)/i],
  ['SDKs in general', /^(第三方|合作|相关|上述|该|此|本|其他|其它)(的|第三方)*(sdk|服务|软件|插件)|服务商$|^software development kit$|^sdk$/i],
];

describe('SDK names on the shared policies', () => {
  it('found 28 policies', () => expect(policies).toHaveLength(28));

  it.each(policies.map((p) => [p.split('/').pop()!, p]))('%s: every SDK name has the shape of a name', async (_, path) => {
    const policy = loadPolicy(path);
    const { sdks } = await analyzePolicy(policy.text, { title: policy.title, headings: policy.headings });
    const bad = sdks.flatMap((s) => SHAPES.filter(([, re]) => re.test(s.name.trim())).map(([what]) => `${s.name}: ${what}`));
    expect(bad).toEqual([]);
  });
});
