// Violations in what is shared, profiled and disclosed, and what consent
// exceptions are claimed.
import type { FindingRule, Says } from '../types';

/** personalised recommendation, ads or push built from the user's data */
export const TARGETING: Says = {
  any: [
    /(个性化|定向|精准|程序化)[^。;]{0,4}(推荐|推送|广告|展示|内容|营销)/,
    /(用户画像|画像|偏好|兴趣|习惯|特征)[^。;]{0,30}(推荐|推送|展示|投放)[^。;]{0,10}(内容|广告|商品|信息|服务)/,
    /推荐[^。;]{0,6}可能(会)?感兴趣的|(感兴趣|喜欢)的(内容|商品|广告|信息)/,
  ],
  // the tagger's negation reads data verbs; 不会…进行个性化推荐 denies the practice
  unless: /(不会|不|并不|从不|未)[^。;,]{0,16}(个性化|定向|精准|程序化|画像)/,
};

/** a way to turn targeting off or get content not based on oneself */
export const TARGETING_OPTOUT: Says = {
  any: [
    /(关闭|退出|拒绝|取消|撤回|停止|管理)[^。;]{0,20}(个性化|定向|精准|程序化|画像)/,
    /(个性化|定向)[^。;]{0,24}(开关|关闭|退出|取消)/,
    /(不针对|非个性化|不基于|非定向)[^。;]{0,10}(个人特征|个性化|内容|广告|推荐)|(通用|非个性化)[^。;]{0,4}(推荐|内容|广告)/,
  ],
  // a switch for one input (location) or the browser's Do-Not-Track is no way out
  unless: /(位置|定位|do not track|禁止追踪)/,
  stances: ['asserted', 'promise', 'example', 'negated'],
  headings: true,
};

/** a list of recipients linked or given elsewhere (第三方共享清单) */
export const RECIPIENT_LIST: Says = {
  any: [
    /(共享|合作方|合作伙伴|第三方|合作|sdk)[^。;]{0,10}(清单|目录|列表|情况说明)|(清单|目录|列表)[^。;]{0,6}(共享|合作方|sdk)|详见[^。;]{0,20}(清单|目录)/,
    /sdk[^。]{0,60}详见(附件|附录|下表|链接)/,
  ],
  stances: ['asserted', 'promise', 'example', 'negated'],
  headings: true,
};

export const SHARING_RULES: readonly FindingRule[] = [
  {
    id: 'targeting_no_optout',
    kind: 'violation',
    level: 'high',
    title: '用您的信息做个性化推荐或广告，却没有关闭的办法',
    detail: '通过自动化决策向您推送信息或商业营销，应同时提供不针对个人特征的选项或便捷的拒绝方式。',
    basis: '《个人信息保护法》第二十四条；认定方法 三.6',
    when: { allOf: [{ says: TARGETING }, { missing: 'targeting_optout' }] },
    examples: {
      fires: [
        '我们会根据您的浏览记录和兴趣偏好向您推荐个性化的内容和广告。',
        '我们会基于您的用户画像向您进行精准营销推送。',
      ],
      silent: [
        '我们会向您展示个性化推荐内容，您可以在“设置-隐私-个性化推荐”中关闭。',
        '我们不会基于您的个人信息进行个性化推荐。',
      ],
    },
  },
  {
    id: 'profile_sharing',
    kind: 'violation',
    level: 'high',
    title: '把根据您生成的画像、标签或评分提供给他人',
    detail: '画像、标签、信用或风险评分是从您的信息中推断出的个人信息，提供给广告主、放贷机构等第三方须告知接收方并取得您的单独同意。',
    basis: '《个人信息保护法》第二十三条、第二十四条',
    when: {
      says: {
        any: [
          /(用户画像|画像|标签|评分|信用分|分值|预测|评估结果|风险评估|风险等级|信用评估|偏好特征)[^。;]{0,40}(提供给|提供至|共享给|共享至|分享给|披露给|传输给|传送给)/,
          /(向|与|给)[^。;]{0,30}(合作方|合作伙伴|广告主|广告商|金融机构|贷款机构|第三方|合作机构|商家)[^。;]{0,20}(提供|共享|分享|披露)[^。;]{0,30}(用户画像|画像|标签|评分|信用分|评估结果|风险评估|预测)/,
        ],
      },
    },
    examples: {
      fires: [
        '我们会将根据您的使用情况形成的间接用户画像提供给合作方，用于广告投放。',
        '我们会向合作的金融机构提供您的信用评分和风险评估结果。',
      ],
      silent: [
        '我们会根据您的使用习惯形成用户画像，仅用于向您推荐内容，您可以随时关闭。',
        '我们不会将您的用户画像提供给任何第三方。',
      ],
    },
  },
  {
    id: 'sharing_unnamed',
    kind: 'violation',
    level: 'medium',
    title: '与合作伙伴或第三方共享您的信息，却没有说是谁',
    detail: '向他人提供个人信息，应告知接收方的名称、联系方式、处理目的和方式；只说“合作伙伴”“第三方”无从知情。',
    basis: '《个人信息保护法》第二十三条',
    when: {
      allOf: [
        { shares: { types: ['share'], to: ['partner', 'third_party'] } },
        { noneOf: [{ shares: { to: ['named_org'] } }, { sdk: {} }, { says: RECIPIENT_LIST }] },
      ],
    },
    examples: {
      fires: [
        '我们会与合作伙伴共享您的手机号码和订单信息，以便为您提供服务。',
        '为实现广告投放，我们可能会向第三方提供您的设备信息。',
      ],
      silent: [
        '我们会将您的订单信息提供给某某物流有限公司，以便完成配送。',
        '我们会与合作伙伴共享您的设备信息，合作方名单详见《第三方信息共享清单》。',
      ],
    },
  },
  {
    id: 'exceptions_beyond_law',
    kind: 'violation',
    level: 'low',
    title: '免于取得同意的情形超出了法律的规定',
    detail: '无需同意即可处理个人信息的情形，只有个人信息保护法第十三条所列；国家安全、刑事侦查、服务安全运行、学术研究等不在其中。',
    basis: '《个人信息保护法》第十三条',
    when: {
      says: {
        any: [
          /(国家安全|国防安全)/,
          /(公共安全|公共卫生(?!事件)|重大公共利益)/,
          /(刑事侦查|犯罪侦查|起诉|审判|判决执行)/,
          /(安全(、)?稳定运行|发现[^。]{0,4}处置[^。]{0,10}故障)/,
          /(学术研究|科研)/,
          /(声誉|合理商业习惯|商业惯例|使用条件|社会公共利益)/,
          /(诉讼|争议解决|纠纷解决)/,
        ],
        inList: 'consent_exceptions',
      },
    },
    examples: {
      fires: [
        '在以下情形中，我们收集、使用您的个人信息无需征得您的授权同意：\n1、与国家安全、国防安全有关的；\n2、与刑事侦查、起诉、审判和判决执行等有关的；',
        '以下情形中，我们共享您的个人信息无需事先征得您的同意：\n（1）维护所提供的产品或服务的安全稳定运行所必需的；\n（2）出于学术研究目的，提供去标识化结果的。',
      ],
      silent: [
        '在以下情形中，我们处理您的个人信息无需征得您的同意：\n1、为订立、履行您作为一方当事人的合同所必需；\n2、为应对突发公共卫生事件，或者紧急情况下为保护自然人的生命健康和财产安全所必需；',
        '我们遵守国家安全相关法律法规，采取措施保护您的信息。',
      ],
    },
  },
  {
    id: 'public_disclosure',
    kind: 'violation',
    level: 'low',
    title: '可能不经同意公开您的信息（如公示处罚或中奖）',
    detail: '公开个人信息须取得您的单独同意，或有法律的明确规定。',
    basis: '《个人信息保护法》第二十五条',
    when: {
      says: {
        any: [
          /(公布|公示|公开|曝光)[^。;]{0,20}(处罚|违规|封禁|惩罚|中奖|获奖|获胜)/,
          /(处罚|违规|封禁|中奖|获奖)[^。;]{0,30}(公布|公示|公告|公开披露)/,
          /(违反|违规)[^。]{0,80}(披露|公开)[^。;]{0,30}(个人信息|违规行为|采取的措施)/,
        ],
        unless: /(明确同意|单独同意|明示同意|(获得|征得|取得)您的?同意|依据法律法规或)/,
        inList: false,
      },
    },
    examples: {
      fires: [
        '对于违规账号，我们会在平台公告中公布被处罚账号的昵称和处罚结果。',
        '活动结束后，我们将公示中奖用户的昵称和手机号后四位。',
      ],
      silent: [
        '获得您明确同意后，我们才会公开披露您的个人信息。',
        '我们会通过站内信通知您中奖结果。',
        '对违反平台规则的账号，我们可能依据法律法规或征得您同意的情况下披露其违规行为。',
      ],
    },
  },
];
