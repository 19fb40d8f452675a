// Does the text look like a privacy policy at all? A weighted count of the
// things every Chinese policy has (a title word, the PIPL vocabulary, the
// standard sections), so a news article or a shop page that mentions 隐私
// once scores low.
import type { Script } from '../types';

type Signal = readonly [pattern: RegExp, weight: number, example: string];

/** Each signal counts once. Weights sum to more than 1; confidence is capped. */
export const POLICY_SIGNALS: readonly Signal[] = [
  [/隐私(权)?政策|隐私(保护)?(政策|条款|声明|指引)|个人信息(保护)?(政策|规则|条款)|私隐政策|个人资料(保护)?(政策|声明)|隐私权/, 0.3, '隐私权政策'],
  [/(收集|搜集)[^。]{0,20}(个人信息|个人资料)|(个人信息|个人资料)[^。]{0,20}(收集|搜集)/, 0.15, '我们如何收集和使用您的个人信息'],
  [/共享|转让|公开披露|转移|披露/, 0.1, '我们如何共享、转让、公开披露您的个人信息'],
  [/cookie|同类技术|网络beacon|像素标签/, 0.05, '我们如何使用cookie和同类技术'],
  [/(查阅|访问|更正|删除|注销)[^。]{0,20}(个人信息|个人资料|账户|账号)/, 0.1, '您可以访问、更正、删除您的个人信息'],
  [/未成年|儿童|监护人/, 0.05, '我们如何处理未成年人的个人信息'],
  [/如何联系我们|联系我们|联络我们|个人信息保护负责人/, 0.05, '如何联系我们'],
  [/本(隐私)?政策(如何)?(更新|修订)|更新日期|生效日期/, 0.05, '本政策如何更新'],
  [/个人信息保护法|网络安全法|个人信息安全规范|个人资料\(私隐\)条例|gb\/t ?35273/, 0.1, '《中华人民共和国个人信息保护法》'],
  [/权限|sdk|设备信息|位置信息|身份证/, 0.05, '第三方sdk目录'],
  [/(保存|存储|留存)(期限|期间|时间)|储存/, 0.05, '存储期限'],
];

// Below this many characters a text can't be a whole policy, however apt its words.
const FULL_LENGTH = 500;

export function policyConfidence(folded: string): number {
  const text = folded.length > 400_000 ? folded.slice(0, 400_000) : folded;
  let score = 0;
  for (const [pattern, weight] of POLICY_SIGNALS) if (pattern.test(text)) score += weight;
  const lengthFactor = Math.min(1, text.length / FULL_LENGTH);
  return Math.round(Math.min(1, score) * lengthFactor * 100) / 100;
}

export const POLICY_THRESHOLD = 0.55;

const KANA = /[\u3040-\u30ff]/g;
const isHan = (code: number): boolean => (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);

/** 繁體 characters are those the fold changed: compare the text with its fold. */
export function detectScript(text: string, folded: string): Script {
  const n = Math.min(text.length, 50_000);
  let han = 0;
  let hant = 0;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (!isHan(code)) continue;
    han++;
    if (folded.charCodeAt(i) !== code) hant++;
  }
  const kana = text.slice(0, n).match(KANA)?.length ?? 0;
  if (han < 20 || kana > han * 0.1 || han < n * 0.1) return 'other';
  const ratio = hant / han;
  if (ratio > 0.08) return 'hant';
  if (ratio > 0.02) return 'mixed';
  return 'hans';
}
