// SDKs named in running text as "<name>SDK" (or <name>软件开发工具包).
import type { Token } from '../../segment';
import type { PolicyText } from '../../text';
import { PROVIDED_BY, record, type SdkRecord } from './record';

// Words before "SDK" that make it SDKs in general, not one SDK (第三方SDK, 上述SDK).
const GENERIC_SDK_HEAD = /第三方|厂商|渠道|联运|合作|关联|公司|任何|部分|逐项|类型|序号|名称|工具包|初始化|相关|其他|其它|^(安全|广告|推送|消息推送|统计|支付|登录|分享|地图|定位|视频|录音|push|android|ios|app|api)$/;
const SDK_WORD = /sdk(?![a-z])|软件(?:开发)?工具(?:开发)?包/g;
// The name is the run of jieba words right before the SDK word, back to a
// function word: 我们接入了[友盟统计]SDK, 关联公司开发的[应用安全]SDK, 使用[阿里云号码认证服务]SDK.
// Whole words, so a name is never cut (在线客服SDK keeps 在线).
const FUNCTION_CHARS = new Set('的了在由和与及或中请您你我对为等以用将是这那该此其从向于被把让各有所时上下个种些并非会内如即也还就都已均含前后');
const FUNCTION_WORDS = new Set([
  ...['我们', '可能', '需要', '通过', '使用', '集成', '接入', '嵌入', '引入', '调用', '采用', '内置', '加载', '借助', '基于', '利用', '依托', '参见'],
  ...['提供', '开发', '阅读', '查看', '升级', '更新', '安装', '包括', '包含', '例如', '比如', '以及', '或者', '及其', '简称', '上述', '以下', '如下'],
]);
// 这些, 并非, 所有: a word made of function characters is one too
const isFunctionWord = (word: string) => FUNCTION_WORDS.has(word) || (word.length <= 2 && [...word].every((c) => FUNCTION_CHARS.has(c)));
const LATIN = /^[a-z0-9]+$/;
const JOINER = /^[-_.+]$/;
const URL = /(?:https?:\/\/|www\.)[^\s，。；、）)]+/g;
const MAX_HEAD = 30;

/** Where the name before the SDK word at `at` starts, or -1 when there is none. */
function nameStart(tokens: readonly Token[], i: number, at: number): number {
  let start = tokens[i]!.start < at ? tokens[i]!.start : at; // buglysdk: the name is inside the word
  for (let k = i - 1; k >= 0 && at - start <= MAX_HEAD; k--) {
    const word = tokens[k]!.word;
    if (isFunctionWord(word)) break;
    const between = LATIN.test(tokens[k - 1]?.word ?? '') && LATIN.test(tokens[k + 1]?.word ?? '');
    if (/^\s+$/.test(word) && !(between && /^[ \t]+$/.test(word))) break;
    if (/^[\p{P}\p{S}]+$/u.test(word) && !(JOINER.test(word) && (between || word === '+'))) break;
    start = tokens[k]!.start;
  }
  return at - start > MAX_HEAD ? -1 : start;
}

/** An SDK named in running text as "<name>SDK", with its vendor when the sentence says 由…提供. */
export function fromProse(doc: PolicyText, tokens: readonly Token[]): SdkRecord[] {
  const out: SdkRecord[] = [];
  const urls = [...doc.folded.matchAll(URL)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  let t = 0;
  for (const sentence of doc.sentences) {
    const folded = doc.folded.slice(sentence.start, sentence.end);
    SDK_WORD.lastIndex = 0;
    const vendorAt = PROVIDED_BY.exec(folded);
    for (let m = SDK_WORD.exec(folded); m; m = SDK_WORD.exec(folded)) {
      const at = sentence.start + m.index;
      if (urls.some((u) => u.start <= at && at < u.end)) continue;
      while (t < tokens.length - 1 && tokens[t]!.end <= at) t++;
      const start = nameStart(tokens, t, at);
      const head = doc.folded.slice(start, at).trim();
      if (start < 0 || head.length < 2 || /^[\d\s.]+$/.test(head) || GENERIC_SDK_HEAD.test(head)) continue;
      const vendor = vendorAt ? doc.text.slice(sentence.start + vendorAt.index + 1, sentence.start + vendorAt.index + 1 + vendorAt[1]!.length) : undefined;
      const end = at + m[0].length;
      const rec = record(doc, doc.text.slice(start, end), start, sentence, { vendor });
      if (rec) out.push(rec);
    }
  }
  return out;
}
