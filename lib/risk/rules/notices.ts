// Notices: lawful, but a reader should know. Data-category notices fire only
// on data the policy says it collects (never a definition or an example).
import type { FindingRule } from '../types';

const PIPL_28 = '《个人信息保护法》第二十八条';
/** contacts that are not the device's address book, SMS or call log */
const NOT_THE_DEVICES = /(客服|客户服务|配送|收货|紧急联系人|(企业|组织|团队|群|工作)通讯录|好友列表|司机|骑手|商家|服务商|虚拟号|隐私号)/;

export const NOTICE_RULES: readonly FindingRule[] = [
  {
    id: 'biometric',
    kind: 'notice',
    level: 'high',
    title: '收集人脸、指纹、声纹等生物识别信息',
    detail: '生物识别信息一旦泄露无法更改，属于敏感个人信息。',
    basis: PIPL_28,
    when: { collects: ['face', 'fingerprint', 'voiceprint', 'biometric_other'] },
    examples: {
      fires: ['实名认证时，我们会采集您的人脸信息。', '开通声纹登录时，我们会录入您的声纹特征。'],
      silent: ['个人生物识别信息包括个人基因、指纹、声纹、掌纹、面部识别特征等。', '我们不会收集您的指纹信息。'],
    },
  },
  {
    id: 'identity_document',
    kind: 'notice',
    level: 'medium',
    title: '收集身份证件号码或照片',
    detail: '身份证件信息可被用于冒用身份，属于敏感个人信息。',
    basis: PIPL_28,
    when: { collects: ['id_document'] },
    examples: {
      fires: ['根据实名制要求，您需要提供身份证号码。', '办理业务时，我们会收集您的护照号码和有效期限。'],
      silent: ['敏感个人信息是指身份证件号码、银行账户等信息。', '本应用不会要求您提供身份证号码。'],
    },
  },
  {
    id: 'financial',
    kind: 'notice',
    level: 'medium',
    title: '收集银行账户、交易、征信或财产信息',
    detail: '金融信息泄露可能造成财产损失，属于敏感个人信息。',
    basis: PIPL_28,
    when: { collects: ['bank_account', 'credit', 'property', 'transaction'] },
    examples: {
      fires: ['绑定银行卡时，我们会收集您的银行卡号和开户行。', '经您授权，我们会查询您的征信报告。'],
      silent: ['个人财产信息包括银行账户、存款信息、征信信息等。', '我们不会收集您的银行卡信息。'],
    },
  },
  {
    id: 'health',
    kind: 'notice',
    level: 'high',
    title: '收集健康、病史等医疗健康信息',
    detail: '医疗健康信息属于敏感个人信息。',
    basis: PIPL_28,
    when: { collects: ['health'] },
    examples: {
      fires: ['在线问诊时，我们会收集您的病史和用药情况。', '为提供体检预约服务，我们会收集您的体检报告。'],
      silent: ['个人健康生理信息是指病症、住院志、医嘱单等信息。', '我们不会收集您的健康信息。'],
    },
  },
  {
    id: 'precise_location',
    kind: 'notice',
    level: 'medium',
    title: '收集您的精确位置或行踪',
    detail: '精确位置和行踪轨迹属于敏感个人信息。',
    basis: PIPL_28,
    when: {
      collects: ['location'],
      unless: {
        any: [
          /(仅|只)(会)?(获取|收集|使用|读取)?[^。;]{0,10}(城市|粗略|大致|模糊|大概)(级别)?(的)?(位置|定位|地理位置)/,
          /(不会|不)[^。;]{0,6}(获取|收集|读取)[^。;]{0,6}(精确|精准|具体)(的)?(位置|定位|地理位置)/,
        ],
        // a fallback for those who refuse (如您拒绝提供精确位置，我们将仅依赖城市级别的位置) says the rest are located precisely
        unless: /(如|若|如果|假如)(您|你)?(拒绝|不同意|不授权|关闭|未开启|不开启|不提供)/,
        stances: ['asserted', 'negated'],
      },
    },
    examples: {
      fires: [
        '当您使用附近门店功能时，我们会收集您的地理位置信息。',
        '我们会获取您的GPS定位以便为您导航。',
        '使用同城服务时我们会收集您的位置信息。如您拒绝提供精确位置信息，我们将仅依赖城市级别的粗略位置为您展示内容。',
      ],
      silent: ['我们仅会获取您所在城市级别的大致位置，用于推荐本地内容，我们会收集您的位置信息。', '我们不会收集您的位置信息。'],
    },
  },
  {
    id: 'minors_data',
    kind: 'notice',
    level: 'high',
    title: '收集不满十四周岁儿童的个人信息',
    detail: '儿童个人信息属于敏感个人信息，须取得父母或其他监护人的同意，并制定专门的处理规则。',
    basis: '《个人信息保护法》第二十八条、第三十一条',
    when: {
      anyOf: [
        { collects: ['minor_info'] },
        {
          says: {
            any: [
              /(收集|获取|填写|提供|采集|录入|绑定)[^。;]{0,20}(儿童|学生|孩子|子女|宝宝)[^。;]{0,4}的?(姓名|年龄|学校|班级|年级|学号|学籍|头像|照片|生日|出生日期|性别)/,
              /(儿童|学生|孩子|子女|宝宝)[^。;]{0,4}的?(姓名|年龄|学校|班级|年级|学号|学籍|生日|出生日期)[^。;]{0,20}(收集|获取|填写|提供|采集|录入)/,
            ],
          },
        },
      ],
    },
    examples: {
      fires: ['添加孩子档案时，我们会收集孩子的姓名、年级和学校信息。', '为开通学习账号，家长需要填写学生的姓名和班级。'],
      silent: ['如果您是不满十四周岁的儿童，请在监护人的陪同下阅读本政策。', '若我们需要收集儿童个人信息，将事先取得其监护人的同意。'],
    },
  },
  {
    id: 'address_book',
    kind: 'notice',
    level: 'high',
    title: '读取手机通讯录、短信或通话记录',
    detail: '通讯录、短信和通话记录涉及您和他人的通信秘密，多数服务并不需要。',
    basis: PIPL_28,
    when: {
      anyOf: [
        { permission: ['contacts', 'sms', 'call_log'], unless: NOT_THE_DEVICES },
        {
          says: {
            any: [
              /(读取|访问|获取|上传|同步|收集|调用|匹配|导入)[^。;]{0,12}(手机|设备|本机|系统|本地)?(通讯录|联系人|通话记录)/,
              // SMS the service sends (验证码, 短信信息 at login) is not the device's SMS: read it, or no
              /(读取|访问|调用)[^。;]{0,12}(手机|设备|本机|系统|您的)?短信/,
            ],
            unless: NOT_THE_DEVICES,
          },
        },
      ],
    },
    examples: {
      fires: ['在您使用添加手机联系人功能时，我们会读取您的手机通讯录。', '为自动填写验证码，我们会申请读取短信的权限。'],
      silent: [
        '您可以修改收货地址和联系人。',
        '我们会以短信方式向您发送订单通知。',
        '我们会保存您与客服的通信记录，以便处理您的投诉。',
        '如您通过短信验证码登录，我们会收集您的手机号码以及短信信息。',
        '若第三方违规收集您的个人信息（如渠道收集您的通讯录信息），请您联系我们。',
      ],
    },
  },
  {
    id: 'app_list',
    kind: 'notice',
    level: 'medium',
    title: '读取手机上已安装应用的列表',
    detail: '应用列表可以推断您的兴趣、财务和健康状况，是监管常通报的问题。',
    basis: '认定方法 五',
    when: { collects: ['app_list'] },
    examples: {
      fires: ['为保障账号安全，我们会收集您设备上已安装的应用列表。', '我们会获取您的软件安装列表以识别风险。'],
      silent: ['我们不会读取您的应用列表。', '应用列表是指您设备上安装的应用程序信息。'],
    },
  },
  {
    id: 'clipboard',
    kind: 'notice',
    level: 'medium',
    title: '读取剪切板',
    detail: '剪切板可能有密码、验证码等内容，应只在您粘贴或分享口令时读取。',
    when: { permission: ['clipboard'] },
    examples: {
      fires: ['为识别您复制的分享口令，我们会读取您的剪切板内容。', '当您打开应用时，我们会访问剪贴板以识别链接。'],
      silent: ['您可以将链接复制后发送给好友。', '我们不会读取您的剪切板。'],
    },
  },
  {
    id: 'device_tracking',
    kind: 'notice',
    level: 'low',
    title: '收集设备标识符（IMEI、OAID、Android ID 等）',
    detail: '持久的设备标识符可以在不同应用之间追踪同一台设备。',
    when: { collects: ['device_id'] },
    examples: {
      fires: ['我们会收集您的设备标识符（IMEI、Android ID、OAID）。', '为统计活跃用户，我们会获取设备的IDFA。'],
      silent: ['设备信息是指设备型号、操作系统版本等信息。', '我们不会收集您的IMEI。'],
    },
  },
  {
    id: 'foreign_sdk',
    kind: 'notice',
    level: 'medium',
    title: '嵌入了境外公司的 SDK',
    detail: '境外 SDK 收集的信息可能被传输到境外，适用出境的规则。',
    basis: '《个人信息保护法》第三十八条',
    when: { sdk: { foreign: true } },
    examples: {
      fires: ['我们接入了Firebase Analytics SDK，用于统计应用使用情况。', '第三方SDK名称：Google Play Services；使用目的：推送消息。'],
      silent: ['我们接入了极光推送SDK，用于推送消息。', '我们接入了高德定位SDK。'],
    },
  },
  {
    id: 'cross_border',
    kind: 'notice',
    level: 'high',
    title: '您的信息会或可能会被传输到境外',
    detail: '向境外提供个人信息，应告知境外接收方并取得单独同意，满足安全评估等出境条件。',
    basis: '《个人信息保护法》第三十八条、第三十九条',
    when: {
      says: {
        any: [
          /(转移|传输|传送|存储|储存|保存|提供|披露|发送|访问|转至|汇总)[^。;,]{0,20}(至|到|于|给|在)[^。;,]{0,12}(境外|海外|国外|中国大陆以外|中国境外|中华人民共和国境外|其他国家|其他司法管辖区|以外的(国家|地区|司法管辖区)|香港|澳门|台湾)/,
          /(境外|海外|国外)[^。;]{0,20}(服务器|数据中心|机构|实体|关联方|关联公司|合作方|服务商|接收方|团队)[^。;]{0,30}(传输|存储|处理|访问|提供|接收|转移)/,
          /(跨境|出境)(传输|提供|转移|流动)/,
        ],
        // the user's own cross-border purchase, a denial, or the header of a list of conditions
        unless: /(您|用户)[^。;]{0,10}(跨境|海外|境外)(购物|交易|支付|汇款|电商|业务|商品)|(购买|选购)[^。;]{0,10}(境外|海外|跨境)(商品|服务)|(不会|不得|不)[^。;]{0,10}(出境|跨境|境外)|^(在)?(以下|下列)(情形|情况)|^[\d.、()\s]*(如果|若|如需|假如|倘若|将来|今后|未来)|(提供|传输|转移)[^。]{0,20}(前|之前)[^。]{0,24}(单独同意|单独征得|单独授权)/,
      },
    },
    examples: {
      fires: ['由于我们通过遍布全球的资源和服务器提供服务，您的个人信息可能会被转移到境外。', '您的信息将传输至我们位于新加坡的境外数据中心进行存储。'],
      silent: [
        '如需将您的个人信息传输至境外，我们会单独征得您的同意。',
        '我们在中华人民共和国境内收集的个人信息将存储在境内，不会传输至境外。',
        '将来如需跨境传输或存储的，我们会向您告知出境的目的和接收方，并征得您的同意。',
        '例如，我们会请求您对跨境转移个人信息的同意。',
        '以下情形下，我们会在履行法律规定的义务后，向境外实体提供您的个人信息：',
        '如果今后业务发生变更，我们可能需要将您的个人信息传输至其他国家或地区。',
        '我们在向境外接收方提供您的个人信息前，会取得您的单独同意并告知跨境提供的规则。',
      ],
    },
  },
  {
    id: 'merger_transfer',
    kind: 'notice',
    level: 'info',
    title: '合并、收购时您的信息可能转给接收方',
    detail: '接收方应继续受本政策约束，否则须重新取得您的同意。',
    basis: '《个人信息保护法》第二十二条',
    when: { shares: { types: ['transfer'] } },
    examples: {
      fires: ['如涉及合并、收购或破产清算，您的个人信息可能会被转移给新的持有方。', '在发生资产转让时，我们会要求新的持有您个人信息的公司继续受本政策约束。'],
      silent: ['我们不会将您的个人信息转让给任何公司。', '您可以将积分转赠给好友。'],
    },
  },
];
