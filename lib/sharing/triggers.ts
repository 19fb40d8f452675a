// What makes a sentence a sharing clause (taxonomy §4). Rules are data:
// [pattern, type, example]; sharing.test.ts runs every example through the
// extractor and expects its own type. Patterns match the folded text
// (lib/text/fold.ts: 简体, half-width punctuation, lower case), so 繁體 and
// full-width input match too. Patterns must not use capturing groups.
import type { SharingType } from '../types';

export type TriggerRule = readonly [pattern: RegExp, type: SharingType, example: string];

/** A clause: no sentence or comma-level break inside (folded punctuation). */
const C = '[^,;。:!?\\n]';

export const TRIGGER_RULES: readonly TriggerRule[] = [
  // share (共享 / 提供给 / 向…提供 / 分享; HK 共用)
  [/共享|共用/, 'share', '我们会与合作伙伴共享您的设备信息。'],
  // 分享 alone is often a feature (分享按钮); it shares data when it has a party or an object
  [
    /(?:与|和|同|向)[^,;。:!?\n()]{1,30}?分享|分享(?:给|至第三方|您的|用户的|个人)|分享[^,;。:!?\n()、]{0,10}?(?:信息|数据|资料)/,
    'share',
    '我们可能会将您的信息与广告合作伙伴分享。',
  ],
  [/(?:提供|提交|传输|传送|发送|报送|转交|移交|交付)给/, 'share', '我们会将您的收货地址提供给物流公司。'],
  [
    new RegExp(`向${C}{1,30}?(?:提供|报送|提交|传输|传送)(?!的|服务|产品|支持|帮助|便利|技术)`),
    'share',
    '我们会向中国人民银行征信中心报送您的信用信息。',
  ],
  [/对外提供|对外传输/, 'share', '我们可能根据司法机关的要求对外提供您的个人信息。'],
  [/同步(?:至|给|到)/, 'share', '您的实名数据将同步至省大数据局数据中心。'],
  // a named company that collects directly, inside the service (the policy names who gets the data)
  [
    /(?:有限公司|集团|(?<![本我贵该此])公司)(?:将|会|还会|也会|可能会|亦会)?(?:直接)?(?:收集|获取)(?:您|你)/,
    'share',
    '当您开通钱包功能时，示例支付科技有限公司会收集您的姓名和银行卡号。',
  ],
  // transfer (转让; 转移 only in a merger / acquisition / bankruptcy)
  [/转让/, 'transfer', '在涉及合并、收购或破产清算时，如涉及个人信息转让，我们会要求新的持有方继续受本政策约束。'],
  [
    new RegExp(`(?:合并|收购|兼并|重组|破产|并购|分立|资产调配|组织架构调整)[^。;\\n]{0,60}?转移|转移${C}{0,30}?(?:合并|收购|兼并|重组|破产)`),
    'transfer',
    '如果我们发生合并、收购或破产清算，您的个人信息有可能作为此类交易的一部分而被转移。',
  ],
  // disclose (公开披露 / 披露给 / 向…披露 / bare 披露; 公示 of personal data)
  [/披露/, 'disclose', '我们可能会向有权机关披露您的个人信息。'],
  [/(?:公示|公布)[^,;。:]{0,10}?(?:名单|姓名|手机号|昵称|头像|用户名|登录名)/, 'disclose', '在公布中奖活动名单时，我们会脱敏展示中奖者手机号。'],
  // entrust (委托…处理 / 代表我们…加工 / 受托方)
  [new RegExp(`委托${C}{0,30}?(?:处理|加工|代表|代为)`), 'entrust', '我们可能会委托有能力的专业机构代表我们来处理信息。'],
  [/代表(?:我们|我方|我行|本公司)|代(?:我们|我方)(?:处理|加工|发送)/, 'entrust', '通讯服务供应商会代表我们发出推送通知或手机验证码。'],
  [/受托(?:方|公司|人|机构|者)/, 'entrust', '我们会要求受托公司按照约定处理个人信息。'],
  // 由…提供（底层）技术支持: a processor behind a feature
  [new RegExp(`由${C}{2,40}?(?:提供|承担)(?:底层)?技术支持|由${C}{2,40}?为您提供技术支持`), 'entrust', '发票功能由示例云计算有限公司提供底层技术支持。'],
  [/(?:按照|根据|依照)(?:我们|我行|我方|本公司)?的?委托/, 'entrust', '我行会令其按照我行的委托目的、服务说明处理个人信息。'],
  // cross_border (境外 / 跨境 / 出境 / outside the jurisdiction)
  [/跨境|出境/, 'cross_border', '如果发生数据的跨境传输，我们会单独征得您的授权同意。'],
  [
    /(?:向|至|到|往|给)(?:境外|海外)|(?:境外|海外)的?(?:机构|实体|接收方|服务器|第三方|关联|合作|主体|伙伴|公司)|(?:传输|提供|转移|传送|存储|储存|处理)(?:于|在)?(?:境外|海外)/,
    'cross_border',
    '我们需要向境外机构传输境内收集的相关个人信息。',
  ],
  [
    /(?:行政区|管辖区|大陆|境内|本国|中国|香港|澳门|台湾|所在地|居住地|所在国)(?:以外|之外)的?(?:地方|国家|地区|司法管辖区|法域|服务器)/,
    'cross_border',
    '您的個人資料有可能被轉移並儲存於香港特別行政區以外的地方或國家之伺服器。',
  ],
  // no_consent (a list of exceptions: 以下情形中…无需征得您的授权同意)
  [
    /(?:无需|无须|毋须|不需要|不需|不必|免于)(?:另行|事先|再次|额外)?(?:向您|向你)?(?:征得|征求|取得|获得|经过)(?:您|你|用户|个人信息主体|本人)?的?(?:事先|明示|明确|书面)?(?:授权同意|同意|授权|许可)/,
    'no_consent',
    '在以下情形中，我们可能会依法共享、转让、公开披露您的个人信息而无需征得您的同意：',
  ],
  [
    /(?:不|未)(?:征得|征求|取得)(?:您|你|用户)?的?(?:授权)?同意的?(?:情况|情形)下/,
    'no_consent',
    '在以下情形中，我们可以在不征得您的授权同意的情况下共享、转让、公开披露您的个人信息：',
  ],
  [/(?:授权)?同意的例外|豁免(?:征得|征求)?(?:授权)?同意/, 'no_consent', '（四）共享、转让、公开披露个人信息时事先征得授权同意的例外'],
];

/**
 * Phrases that contain a trigger but are not sharing. A trigger match that
 * overlaps one of these is ignored. [pattern, example]
 */
export const NOT_TRIGGERS: readonly (readonly [pattern: RegExp, example: string])[] = [
  // providing the service to the user, or the user giving data to us
  [new RegExp(`向(?:您|你|用户|阁下)(?![的之])${C}{0,30}?(?:提供|发送|传输|传送)`), '为了向您提供服务，我们会收集您的手机号码。'],
  [
    new RegExp(`向(?:我们|我行|我方|本公司|本平台|本应用|公司)(?![的之])${C}{0,30}?(?:提供|提交|发送|传输|分享|共享)`),
    '注册时，您需要向我们提供手机号码。',
  ],
  [/对外(?:提供|共享)[^,;。]{0,8}的(?:对象|范围|目的|类型)|对外提供(?:研究|学术|统计|描述)/, '对外提供个人信息的对象、范围、目的发生变化时，我们会通知您。'],
  [/(?:提供|提交|发送|传输|传送)给(?:您|你|用户|我们|我行|我方|本公司)(?![的之]?(?:交易|关联|合作))/, '我们会将搜索结果提供给您。'],
  [/同步(?:至|给|到)(?:您|你|云端|其他设备|您的其他)/, '您可以将收藏同步至您的其他设备。'],
  // data that was already public, disclosure duties, security breaches
  [/(?:合法|已经?|自行)公开披露|公开披露的(?:信息|个人信息)|信息披露(?:的)?(?:要求|义务)|披露请求方|被披露的/, '从合法公开披露的信息中收集您的个人信息。'],
  [/(?:未经授权|非授权|未授权|未经许可)的?(?:访问|使用|查看)?、?(?:公开)?披露/, '防止信息遭到未经授权的访问、披露。'],
  [/(?:遭到|导致|发生)[^。;]{0,20}?(?:公开)?披露/, '如发生信息被非授权访问、公开披露、篡改等安全事件，我们会告知您。'],
  // someone entrusting us, not us entrusting others
  [/委托(?:我们|我方|我行|本公司)|委托方|委托人/, '我们会向委托我们进行推广的合作伙伴等第三方共享统计信息。'],
  // trips abroad, not data
  [/出境(?:游|旅游|旅行)|出入境/, '当您预订出境游产品时，我们会收集您的护照信息。'],
  // sharing content to social networks (the user's act)
  [/分享(?:到|至)|分享功能|分享按钮|一键分享|分享链接/, '您可以使用分享功能将内容分享到微信。'],
  [
    /(?:好友|朋友|他人|其他用户|联系人)[^,;。]{0,8}?(?:分享|共享)|(?:分享|共享|发送)给(?:您的)?(?:好友|朋友|他人|其他用户|联系人)/,
    '您可以向您的好友分享我行的产品或服务信息。',
  ],
  // the title of another document: 《与第三方共享信息清单》
  [/《[^》\n]{0,40}》/, '具体情况请见《与第三方共享个人信息清单》。'],
  // "the shared information" as a noun: received, or used by someone else
  [/(?:共享|分享)的(?:个人)?(?:信息|数据|资料)|(?:您|用户)(?:所|已)?(?:共享|分享|授权)的/, '我们可能整合有关政府机构、合作伙伴分享的信息来判断账号风险。'],
  // a company's annual report discloses its affiliates
  [/(?:年报|年度报告|公告)(?:中)?(?:所)?披露/, '关联公司：指美团最新上市公司年报披露的关联公司。'],
  // the user withdrawing consent to sharing
  [/(?:取消|撤回|关闭|停止)[^,;。]{0,6}?(?:共享|分享|提供)/, '您可以取消向第三方共享信息的授权。'],
];

/**
 * The sentence says something is NOT sharing (去标识化…不属于对外共享), gives
 * the user advice, or lists what makes the policy change (共享对象发生变化).
 */
export const NOT_SHARING =
  /不属于[^。]{0,20}?(?:共享|转让|披露|提供)|不(?:视为|构成)[^。]{0,10}?(?:共享|转让|披露|提供)|请(?:您|用户)?(?:妥善|谨慎|慎重)|提醒[^。]{0,8}?慎重|如您将[^。]{0,20}?(?:公开|共享|分享)|(?:对象|范围|目的)[^。]{0,4}?发生(?:重大)?变(?:化|更)/;

/**
 * The trigger is one verb in a list of processing verbs (收集、使用、共享…):
 * a generic statement, not a sharing clause. Tested on the text before the
 * trigger (within its clause).
 */
export const GENERIC_VERB_LIST =
  /(?:收集|使用|存储|储存|保存|保管|保护|加工|访问|更新|留存|获取|查询|修改|管理)(?:[、,和及与或]+(?:共享|分享|转让|公开披露|披露|委托处理|使用|存储|储存|保存|加工|传输|提供))*[、和及与或]+$/;

/** The user, not the service, shares (主动提供给第三方 / 您向交易对方披露自己的信息). */
export const USER_ACTS =
  /(?:让|使|供|允许|帮助)您[^,;。]{0,30}?(?:分享|公开|共享)|公开分享|(?:您|阁下)(?:(?!我们|我行|我方|本公司)[^,;。]){0,16}?向[^,;。]{1,20}?提供|主动(?:提供|公开|分享|共享|披露)|自愿(?:提供|公开|分享|共享|披露)|自行(?:提供|公开|分享|共享|披露)|不可避免的?要?向|自己的(?:个人)?(?:信息|资料)|您可以[^,;。]{0,20}?(?:公开|分享|共享|转发)/;

/** Forbidding, not doing: 合作伙伴无权将共享的个人信息用于其他用途 / 禁止其披露. Tested on the clause before the trigger. */
export const FORBIDDEN = /无权|禁止|严禁|不允许|不被允许/;

/** A table of contents run together in one line (一、…二、…三、…) names topics, not practices. */
export const TABLE_OF_CONTENTS = /(?:[一二三四五六七八九十]+、[^。]{2,40}?){3}/;

/** A cross-border trigger right after a negation: 存储在境内且不出境 / 不会传输至境外. */
export const CROSS_BORDER_DENIED = /(?:不|未(?!来)|禁止|无(?!论))(?:会|得|予|将|能|涉及)?[^,;。]{0,16}$/;

/**
 * A cross-border transfer only supposed after the policy said it has none:
 * 目前我们不会将上述信息传输至境外，如果我们向境外传输，我们将…征求你的同意.
 * (A supposed transfer with no such denial, 如需向境外传输…将征得同意, still counts.)
 */
export const CROSS_BORDER_DENIED_EARLIER = /(?:不|未(?!来)|禁止)(?:会|得|予|将|能|涉及)?[^。]{0,16}(?:境外|跨境|出境|国外|海外)/;
export const SUPPOSED = /(?:如果|如|若|倘若|假如|一旦|如需)[^,;。]{0,12}$/;

/** A no_consent trigger needs a list after it (以下情形 / 下列情况 / …例外 / a colon). */
export const EXCEPTION_LIST = /以下|下列|如下|例外|:\s*$/;

/** Transfer in a merger: the recipient is the acquirer even when unnamed. */
export const MERGER_CONTEXT = /合并|收购|兼并|重组|破产|并购|分立|资产调配|组织架构调整|资产转让|业务转让/;

/** purpose: 用于… / 以便… / 为了… */
export const PURPOSE = /(?:为了|为便于|为方便|以便于?|用于|目的是|以协助|以实现)[^,;。:]{2,30}/;
