// Sentences that make data a condition of using the app at all: 注册时您必须
// 提供…, 如您不提供…将无法使用本应用 / 无法注册. A condition of one function
// (…将无法使用该功能，但不影响您使用其他功能) is no such demand. Each pattern
// is a row with examples (necessary.test.ts runs them through analyzePolicy).
import type { PolicyText, Sentence } from '../text';
import type { ContextReader } from '../tag';
import type { Span } from '../types';

/** What the demand withholds: the registration (part of the basic service where the list has 注册用户移动电话号码), or the app itself. */
export type DemandScope = 'registration' | 'use';

export interface DemandRow {
  scope: DemandScope;
  pattern: RegExp;
  example: string;
}

const REFUSE = '(?:不提供|拒绝提供|未提供|不同意提供|不愿提供|拒绝授权|不授权|未授权|不同意(?:我们)?(?:收集|记录|获取|授权|使用)|拒绝(?:我们)?(?:收集|获取|授予|开启))';
const CANNOT = '(?:无法|不能|将不能|不可以|不可|没有办法)';
const APP = '(?:本|我们的?|我行的?|本公司的?|本平台的?)?(?:应用|app|产品|软件|客户端|平台|服务|产品和\\/或服务|产品和服务|产品或服务)';

export const DEMAND_ROWS: readonly DemandRow[] = [
  {
    scope: 'registration',
    pattern: new RegExp(`${REFUSE}[^。]{0,60}?${CANNOT}(?:完成|正常|成功)?(?:注册|登录|登陆)(?!密码|名)|${REFUSE}[^。]{0,60}?(?:导致|造成)(?:您)?(?:注册|登录)(?:不成功|失败)`),
    example: '如您不提供手机号码和身份证号码，您将无法完成注册。',
  },
  {
    scope: 'registration',
    pattern: /(?:注册|登录)(?!密码|名|信息|方式)[^。;]{0,20}?(?:时|前|过程中|账号)[^。;]{0,12}?(?:必须|务必|须|需要|需|应当)(?:向我们|向我行|向本平台)?(?:提供|填写|输入|上传|提交)/,
    example: '注册账号时，您必须提供手机号码和通讯录。',
  },
  {
    scope: 'use',
    pattern: new RegExp(
      `${REFUSE}[^。]{0,60}?${CANNOT}(?:正常|继续)?(?:使用|访问|享受|进入)(?:[^,;。]{0,10}?(?:所有|全部|任何)(?:的)?(?:功能|服务)|[^,;。]{0,10}?(?:基本|基础|核心)(?:业务)?功能|${APP}(?=$|[,;。]|的所有|的全部))`,
    ),
    example: '如您不授权通讯录权限，将无法使用本应用。',
  },
];

/** a cheap first test: every row needs one of these */
const CUE = /无法|不能|不可|没有办法|须|需|应当|导致|造成/;
/** the sentence keeps the rest of the app open: a condition of one function only */
const UNLESS = /不影响|不会影响|并不影响|不对您?[^。]{0,12}产生影响|仍(?:然)?可(?:以)?|依然可以|仍能|仅会|只会|仅影响|游客|仅浏览|无需注册即可|无需登录即可/;
/** the consequence names a function, not the app: 无法使用该功能 / 部分服务 / 相关服务 */
const FUNCTION = /部分|某些|某项|某一|某种|相关|相应|对应|上述|前述|该项|该等|该功能|此项|此功能|特定|具体|扩展|附加|拓展|个别|其他|第三方|需登录|需要登录|需完成/;
/** a demand that says it follows a law or regulator: not the app's own choice */
export const LAW = /法律|法规|监管|防沉迷|反洗钱|国家(?:有关|相关)?规定|主管部门|《[^》]{0,40}(?:法|办法|规定|条例|通知|细则)》/;

export interface Demand {
  scope: DemandScope;
  sentence: Sentence;
  match: Span;
  byLaw: boolean;
}

/** Every sentence that makes something a condition of registering or of using the app, once each. */
export function findDemands(doc: PolicyText, context: ContextReader, sentences: readonly Sentence[]): Demand[] {
  const out: Demand[] = [];
  for (const sentence of sentences) {
    const text = doc.folded.slice(sentence.start, sentence.end);
    if (!CUE.test(text) || UNLESS.test(text)) continue;
    for (const row of DEMAND_ROWS) {
      const m = row.pattern.exec(text);
      if (!m) continue;
      const at = sentence.start + m.index;
      // the consequence: from the last 无法/不能 of the match to the end of its clause
      const consequence = text.slice(m.index + m[0].search(new RegExp(`${CANNOT}(?!.*${CANNOT})`)), context.clause(sentence, at + m[0].length - 1).end - sentence.start);
      if (row.scope === 'use' && FUNCTION.test(consequence)) continue;
      const stance = context.stance(sentence, at);
      if (stance !== 'asserted' && stance !== 'negated') continue;
      out.push({ scope: row.scope, sentence, match: { start: at, end: at + m[0].length }, byLaw: LAW.test(text) });
      break;
    }
  }
  return out;
}
