// The checklist (findings.md "Gaps"): what a policy must tell its reader.
// Each row says what passes it; a check that applies and does not pass is the
// gap `missing_<id>` (rules/gaps.ts), except targeting_optout, whose failure
// is the violation targeting_no_optout.
import type { CheckRule, Says } from './types';
import { TIME_LIMIT } from './patterns';
import { RECIPIENT_LIST, TARGETING, TARGETING_OPTOUT } from './rules/sharing';

/** A checklist sentence may be a heading, a promise or a negation (我们不会超过必要期限保存). */
const stated = (...any: RegExp[]): Says => ({ any, stances: ['asserted', 'promise', 'example', 'negated'], headings: true });

const PIPL_17 = '《个人信息保护法》第十七条';

export const CHECK_RULES: readonly CheckRule[] = [
  {
    id: 'operator',
    title: '写明运营者（公司或机构）名称',
    passes: {
      anyOf: [
        { operatorNamed: true },
        { says: stated(/(由|是|为)[^。;]{0,30}(有限公司|有限责任公司|集团|银行|委员会|管理局|研究院|中心|inc|ltd|llc|limited)[^。;]{0,10}(运营|提供|开发|负责|所有)|(运营者|运营方|开发者|经营者|服务提供者|个人信息处理者)(为|是|:)/) },
      ],
    },
    gap: { level: 'medium', title: '没有写明由谁运营、谁处理您的信息', detail: '政策应写明个人信息处理者的名称，您才知道向谁行使权利。', basis: PIPL_17 },
    examples: {
      passes: ['某某App由某某科技有限公司运营。', '本政策的个人信息处理者为某某网络技术有限公司。'],
      fails: ['我们非常重视您的隐私。', '本应用由我们为您提供服务。'],
    },
  },
  {
    id: 'contact',
    title: '提供联系方式',
    passes: {
      says: stated(
        // an e-mail address, found from its @ (scanning local parts from every letter is quadratic)
        /@[\w-]{1,63}(\.[\w-]{1,63}){1,6}|(电话|热线|客服)[^。]{0,12}\d{3,}|\b(400|800)[-\s]?\d{3}[-\s]?\d{4}\b|\b95\d{3,4}\b|个人信息保护(负责人|专职部门)[^。]{0,30}(联系|邮箱|电话)|(邮寄|来信|寄送)[^。]{0,20}(地址|至)/,
      ),
    },
    gap: { level: 'medium', title: '没有提供有效的联系方式', detail: '政策未写明邮箱、电话或地址，行使权利和投诉的途径不明。', basis: PIPL_17 },
    examples: {
      passes: ['您可以通过privacy@example.com与我们联系。', '客服电话：400-123-4567。'],
      fails: ['如有疑问，请联系我们。', '您可以通过客服与我们联系。'],
    },
  },
  {
    id: 'retention',
    title: '说明保存期限',
    passes: {
      says: stated(
        /(保存|存储|储存|保留|留存)[^。,]{0,6}(期限|期间|时限|时间)|(最短|必要|必需|必须|所需)(的)?(时间|期限|期间|时限)|(期间|期限|时限)内?(保存|保留|存储|留存)|(保存|存储|留存|保留)[^。]{0,20}(\d+|[一二三四五六七八九十])(个)?(年|月|日|天)/,
      ),
    },
    gap: { level: 'medium', title: '没有说明信息保存多久', detail: '政策应说明保存期限或确定期限的方法。', basis: '《个人信息保护法》第十七条、第十九条' },
    examples: {
      passes: ['我们仅在实现目的所必需的最短时间内保存您的个人信息。', '您的订单信息将保存3年。'],
      fails: ['我们会妥善保存您的个人信息。', '我们会将您的信息存储在安全的服务器上。'],
    },
  },
  {
    id: 'rights_access',
    title: '可查阅、复制个人信息',
    passes: { says: stated(/(查阅|访问|查询|查看|复制)[^。]{0,20}(个人信息|个人资料|账户信息|您的信息|账号信息)/) },
    gap: { level: 'low', title: '没有说明如何查阅您的信息', detail: '您有权查阅、复制您的个人信息。', basis: '《个人信息保护法》第四十五条' },
    examples: {
      passes: ['您有权访问您的个人信息。', '您可以在“我的-账号信息”中查看您的账户信息。'],
      fails: ['我们会保护您的个人信息。', '您可以查看我们的服务条款。'],
    },
  },
  {
    id: 'rights_correct',
    title: '可更正个人信息',
    passes: { says: stated(/(更正|修改|更新|改正|补充)[^。]{0,20}(个人信息|个人资料|信息|资料)/) },
    gap: { level: 'low', title: '没有说明如何更正您的信息', detail: '您有权更正、补充不准确或不完整的个人信息。', basis: '《个人信息保护法》第四十六条' },
    examples: {
      passes: ['您有权更正您的个人信息。', '您可以在设置中修改您的个人资料。'],
      fails: ['我们会保护您的个人信息。', '您可以更换主题颜色。'],
    },
  },
  {
    id: 'rights_delete',
    title: '可删除个人信息',
    passes: { says: stated(/删除[^。]{0,20}(个人信息|个人资料|信息)|(个人信息|个人资料)[^。]{0,10}删除/) },
    gap: { level: 'medium', title: '没有说明如何删除您的信息', detail: '删除是您的法定权利。', basis: '《个人信息保护法》第四十七条' },
    examples: {
      passes: ['您可以向我们提出删除个人信息的请求。', '您可以在设置中删除您的个人资料。'],
      fails: ['我们会保护您的个人信息。', '您可以删除您发布的评论。'],
    },
  },
  {
    id: 'rights_withdraw',
    title: '可撤回同意',
    passes: { says: stated(/撤回[^。]{0,10}(同意|授权)|改变[^。]{0,6}授权(同意)?(的)?范围|(关闭|取消)[^。]{0,10}(权限|授权)/) },
    gap: { level: 'medium', title: '没有说明如何撤回同意', detail: '您有权撤回同意，处理者应提供便捷的撤回方式。', basis: '《个人信息保护法》第十五条；认定方法 三.8' },
    examples: {
      passes: ['您可以撤回您的授权同意。', '您可以在系统设置中关闭相应权限。'],
      fails: ['我们会保护您的个人信息。', '您可以在系统设置中开启相应权限。'],
    },
  },
  {
    id: 'rights_close_account',
    title: '可注销账户',
    passes: { says: stated(/注销[^。]{0,10}(账户|账号|帐户|帐号)|(账户|账号|帐户|帐号)[^。]{0,6}注销/) },
    gap: { level: 'medium', title: '没有说明如何注销账户', detail: '应提供注销账户的途径。', basis: '认定方法 六.1' },
    examples: {
      passes: ['您可以在“设置-账号注销”中注销账户。', '您可以通过客服申请注销您的账号。'],
      fails: ['您可以修改您的头像。', '您可以随时退出登录。'],
    },
  },
  {
    id: 'response_time',
    title: '说明多久答复请求',
    passes: {
      anyOf: [
        { says: { ...stated(new RegExp(`${TIME_LIMIT}[^。;]{0,16}?(之内|以内|内)[^。;]{0,30}(答复|回复|反馈|回应)`)), with: /答复|回复|反馈|回应/ } },
        {
          says: {
            ...stated(new RegExp(`${TIME_LIMIT}[^。;]{0,16}?(之内|以内|内)[^。;]{0,30}(处理|响应|予以|办理|完成|核实)`), /(答复|回复|处理|响应|反馈|回应)[^。;]{0,16}(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(个)?(工作日|自然日|日|天|个月|月)/),
            with: /(请求|申请|要求|投诉|举报|意见|问题|权利|注销)/,
          },
        },
      ],
    },
    gap: { level: 'low', title: '没有说明多久答复您的请求', detail: '应承诺答复请求的时限（不超过15个工作日）。', basis: '认定方法 六.3' },
    examples: {
      passes: ['我们将在15个工作日内答复您的请求。', '通过验证后，我们将在十五个工作日或法律规定的期限内做出答复。'],
      fails: ['我们会尽快处理您的请求。', '我们将在合理期限内答复您。'],
    },
  },
  {
    id: 'complaint',
    title: '说明投诉或举报途径',
    passes: { says: stated(/投诉|举报|申诉|向[^。]{0,10}(法院|监管部门|网信)/) },
    gap: { level: 'low', title: '没有说明如何投诉', detail: '应提供投诉、举报的途径。', basis: '认定方法 六.5' },
    examples: {
      passes: ['您可以向网信、公安等监管部门进行投诉或举报。', '如对处理结果不满意，您可以向有管辖权的法院提起诉讼。'],
      fails: ['如有疑问，请联系我们。', '您可以向我们提出建议。'],
    },
  },
  {
    id: 'minors',
    title: '有未成年人保护条款',
    passes: { says: stated(/未成年|儿童|不满十四|未满十四|不满14|未满14|监护人/) },
    gap: { level: 'medium', title: '没有未成年人个人信息的规则', detail: '处理不满十四周岁未成年人的信息须取得监护人同意，并制定专门规则。', basis: '《个人信息保护法》第三十一条' },
    examples: {
      passes: ['我们如何保护未成年人的个人信息', '若您是不满14周岁的儿童，请在监护人陪同下使用。'],
      fails: ['我们会保护您的个人信息。', '本服务面向所有用户开放。'],
    },
  },
  {
    id: 'update_date',
    title: '写明更新或生效日期',
    passes: { says: stated(/(更新|修订|生效|发布|施行)(日期|时间)|最近更新|(\d{4}|[〇零一二三四五六七八九]{4})\s*年[^。]{0,8}月[^。]{0,8}日[^。]{0,6}(更新|修订|生效|发布|施行)/) },
    gap: { level: 'low', title: '没有写明更新日期', detail: '无法判断这份政策是否为最新版本。', basis: 'GB/T 35273-2020 附录D' },
    examples: {
      passes: ['更新日期：2022年1月25日', '本政策于2023年5月1日更新。'],
      fails: ['欢迎使用某某App。', '我们会不时更新本政策。'],
    },
  },
  {
    id: 'sdk_list',
    title: '列出第三方 SDK 及其目的和收集的信息',
    appliesWhen: { says: stated(/sdk|软件开发工具包|第三方代码|第三方插件/) },
    passes: { anyOf: [{ sdk: {} }, { says: RECIPIENT_LIST }] },
    gap: { level: 'medium', title: '提到第三方 SDK，却没有列出是哪些', detail: '应逐一列明嵌入的第三方 SDK 的名称、目的和收集的个人信息。', basis: '认定方法 二.1' },
    examples: {
      passes: ['我们接入了极光推送SDK，用于推送消息，收集设备标识符。', '我们接入的第三方SDK详见《第三方SDK目录》。'],
      fails: ['我们的产品中会接入第三方SDK。', '第三方SDK可能会收集您的设备信息。'],
    },
  },
  {
    id: 'breach_notice',
    title: '承诺发生安全事件时告知您',
    passes: { says: stated(/(安全)?事件[^。]{0,80}(告知|通知|推送|公告)|(告知|通知)您?[^。]{0,40}(事件|泄露)/) },
    gap: { level: 'low', title: '没有承诺发生泄露时通知您', detail: '发生个人信息泄露等安全事件，处理者应通知您。', basis: '《个人信息保护法》第五十七条' },
    examples: {
      passes: ['发生个人信息安全事件后，我们将及时以推送、邮件等方式告知您。', '如发生个人信息泄露等安全事件，我们将以短信方式通知您。'],
      fails: ['我们会采取加密等措施保护您的信息。', '我们将以推送方式通知您活动信息。'],
    },
  },
  {
    id: 'cessation',
    title: '说明停止运营时如何处理信息',
    passes: {
      says: { ...stated(/(停止|终止)[^。;,]{0,6}(运营|营运|经营)/), with: /(通知|告知|公告|删除|匿名|停止[^。]{0,4}收集)/ },
    },
    gap: { level: 'low', title: '没有说明停止运营后信息如何处理', detail: '停止运营时应通知用户、停止收集，并删除或匿名化个人信息。', basis: 'GB/T 35273-2020 6.4' },
    examples: {
      passes: ['如我们停止运营，我们将停止收集您的个人信息，以公告形式通知您，并删除或匿名化处理您的个人信息。', '如果我们终止服务或运营，我们会至少提前三十日通知您，并删除您的个人信息。'],
      fails: ['如果我们不再为您提供服务，您可以要求我们删除您的个人信息。', '我们会不断优化运营，为您提供更好的服务。'],
    },
  },
  {
    id: 'targeting_optout',
    title: '个性化推荐或广告可以关闭',
    appliesWhen: { says: TARGETING },
    passes: { says: TARGETING_OPTOUT },
    gap: { level: 'high', title: '个性化推荐或广告没有关闭的办法', detail: '应提供不针对个人特征的选项或便捷的拒绝方式。', basis: '《个人信息保护法》第二十四条' },
    examples: {
      passes: ['我们会向您推荐个性化内容，您可以在设置中关闭个性化推荐。', '您也可以选择接收不针对您个人特征的推荐内容。'],
      fails: ['我们会向您推荐个性化内容，您可以关闭位置权限。', '我们会向您推荐个性化内容，您可以在浏览器中开启“禁止追踪”。'],
    },
  },
];
