// 必要个人信息范围规定 第四条: no refusing the basic service to a person who
// declines what it does not need. The app's type and what the policy demands
// come from lib/necessary; this row makes each such demand a finding.
import type { FindingRule } from '../types';

export const NECESSARY_RULES: readonly FindingRule[] = [
  {
    id: 'beyond_necessary',
    kind: 'violation',
    level: 'high',
    title: '不提供基本功能并不需要的个人信息，就不让注册或使用',
    detail: '按这类应用的必要个人信息范围，这些信息不是基本功能所必需的；拒绝提供它们时，应用不得拒绝为您提供基本功能服务。',
    basis: '必要个人信息范围规定 第四条；《个人信息保护法》第十六条',
    when: { beyondNecessary: true },
    examples: {
      fires: [
        '某某商城隐私政策\n注册账号时，您必须提供手机号码和身份证号码。',
        '某某新闻隐私政策\n如您不授权通讯录权限，将无法使用本应用。',
        '某某外卖隐私政策\n如您不提供通讯录，您将无法完成注册。',
      ],
      silent: [
        '某某商城隐私政策\n如您拒绝提供位置信息，仅会使您无法使用附近门店功能，但不影响您使用其他功能。',
        '某某商城隐私政策\n注册账号时，您需要提供手机号码。',
        '某某手游隐私政策\n根据防沉迷相关法律法规的要求，注册时您必须提供姓名和身份证号码。',
        '某某新闻隐私政策\n注册账号时，您需要提供手机号码；您无需注册即可浏览新闻。',
      ],
    },
  },
];
