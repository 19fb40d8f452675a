// Context cues the tagger reads around a data term. All terms are in folded
// form (简体, lower case): they are matched against lib/text/fold output.
// examples.test.ts reads every example as a policy is read.
import type { CueList } from './types';

/** The service collects / obtains / reads / stores / is given the data. */
export const COLLECT_VERBS: CueList = {
  terms: [
    '收集', '获取', '读取', '采集', '调用', '记录', '保存', '留存', '存储', '储存', '提供', '填写', '上传', '输入',
    '提交', '绑定', '验证', '核验', '认证', '识别', '使用', '访问', '申请', '查询', '同步', '接收', '取得',
    '收取', '获得', '处理', '共享', '传输', '发送', '上报', '统计', '分析', '授权', '需要', '请求',
    '修改', '更正', '更新', '查阅', '复制', '删除', '管理',
    // 繁體/HK legal vocabulary after folding
    '搜集', '收录', '持有', '保留', '索取',
  ],
  example: '在您注册账户时，我们会收集您的手机号码。',
};

/** Negators that govern a verb later in the clause (我们不会将您的信息与第三方分享). */
export const STRONG_NEGATORS: CueList = {
  terms: ['不会', '不得', '不再', '并不', '从不', '从未', '绝不', '决不', '无需', '不需要', '无须', '不必', '并未', '不曾'],
  example: '我们不会将您的手机号码与任何第三方分享。',
};

/** Negators that bind only a verb right after them (不收集, 未获取, 不主动收集). */
export const WEAK_NEGATORS: CueList = {
  terms: ['不', '未', '没有'],
  example: '本应用不主动收集您的位置信息。',
};

/** Verbs whose negation by us means "we do not collect / hand over" the data. */
export const NEGATABLE_VERBS: CueList = {
  terms: [
    '收集', '获取', '读取', '采集', '调用', '记录', '保存', '留存', '存储', '储存', '上传', '要求', '索取', '申请',
    '共享', '分享', '提供', '披露', '转让', '出售', '搜集', '使用', '访问', '开启', '提取', '用于', '处理',
  ],
  example: '本应用不会读取您的通讯录。',
};

/**
 * A clause that begins with one of these is a condition, not a promise:
 * "如您不提供手机号，将无法注册" does not say the phone is not collected.
 */
export const CONDITION_STARTS: CueList = {
  terms: ['如果', '如您', '若您', '如', '若', '假如', '倘若', '一旦', '当您', '您可以', '您可', '您有权', '您也可以', '可能导致', '将导致', '导致'],
  example: '如您不提供手机号码，您将无法完成注册。',
};

/**
 * A sentence that defines or exemplifies a kind of personal information
 * (个人敏感信息是指…, 举例) names data without saying it is collected.
 */
export const DEFINITION_CUES: CueList = {
  terms: [
    '是指', '系指', '指的是', '定义为', '举例', '示例', '释义', '名词解释',
    '个人敏感信息包括', '敏感个人信息包括', '个人信息包括', '个人敏感信息主要包括', '敏感个人信息主要包括',
    '个人敏感信息可能包括', '个人信息包括但不限于', '敏感信息包括', '属于个人敏感信息的',
    // HK/TW: 個人資料指…
    '个人资料指', '个人资料是指', '个人资料包括',
  ],
  example: '个人敏感信息是指一旦泄露可能危害人身和财产安全的个人信息，包括身份证件号码、银行账号、行踪轨迹等。',
};

/** Section titles (or inline markers) that open a definitions zone. */
export const DEFINITION_SECTIONS: CueList = {
  terms: ['释义', '名词解释', '词语解释', '定义', '术语', '敏感信息举例', '敏感信息示例', '个人信息示例', '个人信息举例'],
  example: '一、名词解释\n位置信息：您的设备所在的地理位置。\n二、我们如何收集您的信息',
};

/** A generic clause about children or minors: the data it names is not collected. */
export const MINOR_CUES: CueList = {
  terms: ['儿童', '未成年', '不满十四', '未满十四', '不满14', '未满14', '十四周岁', '14周岁', '十八周岁', '18周岁', '监护人'],
  example: '如果您是未满14周岁的未成年人，请在监护人陪同下阅读本政策，我们只会在取得监护人同意后收集儿童个人信息。',
};

/** Advice to the user about their own data is not collection (请妥善保管您的密码). */
export const ADVICE_CUES: CueList = {
  terms: ['妥善保管', '请您务必', '建议您', '请使用复杂', '复杂密码', '注意保护', '谨防', '请勿', '切勿', '不要向他人', '请您注意保护'],
  example: '请您妥善保管您的账号和密码，切勿向他人透露。',
};

/** Data that stays on the user's device is not collected by the service. */
export const LOCAL_ONLY_CUES: CueList = {
  terms: ['仅保存在您', '保存在您的设备', '存储在您的设备', '在您的设备上', '仅在本地', '本地完成', '仅使用验证结果', '验证结果', '不会上传', '仅在您的设备'],
  example: '人脸比对在您的设备上完成，我们仅使用验证结果。',
};

/** Words of a clause that names how the service reaches the user (以…等方式通知您). */
export const CHANNEL_CUES: CueList = {
  terms: [
    '方式告知', '方式通知', '方式向您', '方式与您', '方式联系', '方式发送', '方式推送', '方式进行互动', '形式告知', '形式通知', '形式向您', '途径告知', '途径通知',
    // 对于重大变更，我们会提供更为显著的通知（包括短信、弹窗…）
    '显著的通知',
  ],
  example: '我们将以推送通知、邮件、短信等方式告知您。',
};

/** A sentence about system permissions carries one of these (turning one off, too: 关闭通知功能). */
export const PERMISSION_CUES: CueList = {
  terms: ['权限', '授权', '开启', '打开', '关闭', '关掉', '访问', '调用', '允许', '申请', '启用', '获取', '读取', 'permission'],
  example: '当您使用扫码功能时，我们会申请相机权限。',
};

/**
 * A sentence about someone collecting unlawfully (a channel, a third party)
 * says what must not happen, not what the service does.
 */
export const UNLAWFUL_COLLECTION: CueList = {
  terms: ['违规收集', '违法收集', '违法违规收集', '非法收集', '非法获取', '违反必要原则'],
  example: '如第三方违法违规收集您的个人信息（如渠道违反必要原则，收集您的通讯录信息），责任应由该第三方承担。',
};

/** A sentence that asks (an FAQ question, a heading phrased as one) states no practice. */
export const QUESTION_CUES: CueList = {
  terms: ['?', '吗', '呢'],
  example: '你们会把我的信息卖给别人吗？',
};

/**
 * A promise to ask first, inside a condition, is not the practice itself:
 * "如需跨境传输，我们将单独征得您的同意" tells how a transfer would happen.
 */
export const PROMISE_TO_ASK: CueList = {
  terms: [
    '征得您的同意', '征得您同意', '征得您的授权', '征得您的单独同意', '征得您的明确同意', '征得您的明示同意', '征得您的书面同意',
    '征求您的同意', '取得您的同意', '取得您的授权', '取得您的单独同意', '获得您的同意', '获得您的授权', '获得您的单独同意', '获得您的明确同意',
    '经您同意', '经您授权', '经过您的同意', '单独同意', '单独授权', '另行征得', '再次征得', '重新征得', '重新取得',
  ],
  example: '如需将您的个人信息传输至境外，我们会单独征得您的同意。',
};

/** A clause opened by one of these gives an example, not the policy's own practice. */
export const EXAMPLE_STARTS: CueList = {
  terms: ['例如', '比如', '譬如', '举例来说', '如:'],
  example: '例如，某些服务会根据您的浏览记录向您推荐内容。',
};
