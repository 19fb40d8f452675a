// SDKs named in running text as "<name>SDK".
import type { PolicyText } from '../../text';
import { PROVIDED_BY, record, type SdkRecord } from './record';

// Words before "SDK" that make it SDKs in general, not one SDK (第三方SDK, 上述SDK).
const GENERIC_SDK_HEAD = /第三方|厂商|渠道|联运|合作|关联|公司|任何|部分|逐项|类型|序号|名称|工具包|初始化|相关|其他|其它|^(安全|广告|推送|消息推送|统计|支付|登录|分享|地图|定位|视频|录音|push|android|ios|app|api)$/;
// A name is the run right before "sdk" of Latin, digits and Chinese that are
// not function characters: 我们使用了[人脸识别]SDK, 由第三方提供的SDK → none.
const PROSE_SDK = /([a-z0-9+\-_. ]{0,24}?[\u4e00-\u9fa5]{0,8}?[a-z0-9+\-_. ]{0,24}?)\s?sdk(?![a-z])/g;
const FUNCTION_CHARS = /[的了在由和与及或中请您我对为等参见以用将是这该此其从向于过被把让各有所时上下个种些非并会可能需要通内嵌入接集成使调含括如例]/;

/** The part of `run` after its last function character. */
function nameTail(run: string): string {
  let start = run.length;
  while (start > 0 && !FUNCTION_CHARS.test(run[start - 1]!)) start--;
  return run.slice(start).trim();
}

/** An SDK named in running text as "<name>SDK", with its vendor when the sentence says 由…提供. */
export function fromProse(doc: PolicyText): SdkRecord[] {
  const out: SdkRecord[] = [];
  for (const sentence of doc.sentences) {
    const folded = doc.folded.slice(sentence.start, sentence.end);
    if (!folded.includes('sdk')) continue;
    const vendorAt = PROVIDED_BY.exec(folded);
    PROSE_SDK.lastIndex = 0;
    for (let m = PROSE_SDK.exec(folded); m; m = PROSE_SDK.exec(folded)) {
      const head = nameTail(m[1]!);
      if (head.length < 2 || /^[\d\s.]+$/.test(head) || GENERIC_SDK_HEAD.test(head)) continue;
      const nameEnd = sentence.start + m.index + m[0].length;
      const nameStart = sentence.start + m.index + m[1]!.trimEnd().length - head.length;
      const vendor = vendorAt ? doc.text.slice(sentence.start + vendorAt.index + 1, sentence.start + vendorAt.index + 1 + vendorAt[1]!.length) : undefined;
      const rec = record(doc, doc.text.slice(nameStart, nameEnd), nameStart, sentence, { vendor });
      if (rec) out.push(rec);
    }
  }
  return out;
}
