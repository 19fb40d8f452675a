// 《常见类型移动互联网应用程序必要个人信息范围规定》第五条 as data: the 39 app
// types in the regulation's order, each with its basic function service and
// the personal information necessary for it (../shared/spec/necessary-pi.md,
// checked against that file's table by necessary.test.ts). 13 types need none.

export type TableSource = 'confirmed' | 'partial' | 'single';

export interface NecessaryItemRow {
  /** the item as the regulation words it */
  wording: string;
  /** taxonomy data-item ids it is */
  ids: readonly string[];
  /** where no id is it, the nearest ids (trip endpoints → location, order details → transaction) */
  nearest?: readonly string[];
}

export interface AppTypeRow {
  /** 第五条（number） */
  number: number;
  id: string;
  zh: string;
  en: string;
  /** 基本功能服务 */
  service: string;
  /**
   * how well the row is attested (the spec's "checked" column): every item
   * found in two sources or more, some of it, or only in the one full copy
   */
  source: TableSource;
  /** 无须个人信息，即可使用基本功能服务 */
  noPi?: true;
  items: readonly NecessaryItemRow[];
}

export const APP_TYPES: readonly AppTypeRow[] = [
  {
    number: 1,
    id: 'map_navigation',
    zh: '地图导航类',
    en: 'Map and navigation',
    service: '定位和导航',
    source: 'confirmed',
    items: [
      { wording: '位置信息', ids: ['location'] },
      { wording: '出发地、到达地', ids: [], nearest: ['location'] },
    ],
  },
  {
    number: 2,
    id: 'ride_hailing',
    zh: '网络约车类',
    en: 'Ride-hailing',
    service: '网络预约出租汽车服务、巡游出租汽车电召服务',
    source: 'confirmed',
    items: [
      { wording: '注册用户移动电话号码', ids: ['phone'] },
      { wording: '出发地、到达地', ids: [], nearest: ['location'] },
      { wording: '位置信息、行踪轨迹', ids: ['location'] },
      { wording: '支付时间、支付金额、支付渠道等支付信息', ids: ['transaction'] },
    ],
  },
  {
    number: 3,
    id: 'instant_messaging',
    zh: '即时通信类',
    en: 'Instant messaging',
    service: '提供文字、图片、语音、视频等网络即时通信服务',
    source: 'confirmed',
    items: [
      { wording: '注册用户移动电话号码', ids: ['phone'] },
      { wording: '账号', ids: [], nearest: ['credentials'] },
      { wording: '即时通信联系人账号列表', ids: ['contacts'] },
    ],
  },
  {
    number: 4,
    id: 'online_community',
    zh: '网络社区类',
    en: 'Online community',
    service: '博客、论坛、社区等话题讨论、信息分享和关注互动',
    source: 'confirmed',
    items: [
      { wording: '注册用户移动电话号码', ids: ['phone'] },
    ],
  },
  {
    number: 5,
    id: 'online_payment',
    zh: '网络支付类',
    en: 'Online payment',
    service: '网络支付、提现、转账等功能',
    source: 'confirmed',
    items: [
      { wording: '注册用户移动电话号码', ids: ['phone'] },
      { wording: '姓名', ids: ['name'] },
      { wording: '证件类型和号码、证件有效期限', ids: ['id_document'] },
      { wording: '银行卡号码', ids: ['bank_account'] },
    ],
  },
  {
    number: 6,
    id: 'online_shopping',
    zh: '网上购物类',
    en: 'Online shopping',
    service: '购买商品',
    source: 'confirmed',
    items: [
      { wording: '注册用户移动电话号码', ids: ['phone'] },
      { wording: '收货人姓名（名称）', ids: ['name'] },
      { wording: '地址', ids: ['address'] },
      { wording: '联系电话', ids: ['phone'] },
      { wording: '支付时间、支付金额、支付渠道等支付信息', ids: ['transaction'] },
    ],
  },
  {
    number: 7,
    id: 'food_delivery',
    zh: '餐饮外卖类',
    en: 'Food delivery',
    service: '餐饮购买及外送',
    source: 'confirmed',
    items: [
      { wording: '注册用户移动电话号码', ids: ['phone'] },
      { wording: '收货人姓名（名称）', ids: ['name'] },
      { wording: '地址', ids: ['address'] },
      { wording: '联系电话', ids: ['phone'] },
      { wording: '支付时间、支付金额、支付渠道等支付信息', ids: ['transaction'] },
    ],
  },
  {
    number: 8,
    id: 'postal_express',
    zh: '邮件快件寄递类',
    en: 'Postal and express delivery',
    service: '信件、包裹、印刷品等物品寄递服务',
    source: 'confirmed',
    items: [
      { wording: '寄件人姓名', ids: ['name'] },
      { wording: '证件类型和号码等身份信息', ids: ['id_document'] },
      { wording: '寄件人地址', ids: ['address'] },
      { wording: '联系电话', ids: ['phone'] },
      { wording: '收件人姓名（名称）', ids: ['name'] },
      { wording: '地址', ids: ['address'] },
      { wording: '联系电话', ids: ['phone'] },
      { wording: '寄递物品的名称、性质、数量', ids: [], nearest: ['transaction'] },
    ],
  },
  {
    number: 9,
    id: 'transport_ticketing',
    zh: '交通票务类',
    en: 'Transport ticketing',
    service: '交通相关的票务服务及行程管理（如票务购买、改签、退票、行程管理等）',
    source: 'partial',
    items: [
      { wording: '注册用户移动电话号码', ids: ['phone'] },
      { wording: '旅客姓名', ids: ['name'] },
      { wording: '证件类型和号码', ids: ['id_document'] },
      { wording: '旅客类型（儿童、成人、学生等）', ids: [], nearest: ['birth_date'] },
      { wording: '出发地、目的地', ids: [], nearest: ['location'] },
      { wording: '出发时间、车次/船次/航班号、席别/舱位等级、座位号（如有）', ids: [], nearest: ['transaction'] },
      { wording: '车牌号及车牌颜色（ETC服务）', ids: [], nearest: ['property'] },
      { wording: '支付时间、支付金额、支付渠道等支付信息', ids: ['transaction'] },
    ],
  },
  {
    number: 10,
    id: 'dating_matchmaking',
    zh: '婚恋相亲类',
    en: 'Dating and matchmaking',
    service: '婚恋相亲',
    source: 'partial',
    items: [
      { wording: '注册用户移动电话号码', ids: ['phone'] },
      { wording: '性别', ids: ['gender'] },
      { wording: '年龄', ids: ['birth_date'] },
      { wording: '婚姻状况', ids: ['family'] },
    ],
  },
  {
    number: 11,
    id: 'job_recruitment',
    zh: '求职招聘类',
    en: 'Job recruitment',
    service: '求职招聘信息交换',
    source: 'confirmed',
    items: [
      { wording: '注册用户移动电话号码', ids: ['phone'] },
      { wording: '求职者提供的简历', ids: [], nearest: ['occupation', 'education'] },
    ],
  },
  {
    number: 12,
    id: 'online_lending',
    zh: '网络借贷类',
    en: 'Online lending',
    service: '通过互联网平台实现的用于消费、日常生产经营周转等的个人申贷服务',
    source: 'confirmed',
    items: [
      { wording: '注册用户移动电话号码', ids: ['phone'] },
      { wording: '借款人姓名', ids: ['name'] },
      { wording: '证件类型和号码、证件有效期限', ids: ['id_document'] },
      { wording: '银行卡号码', ids: ['bank_account'] },
    ],
  },
  {
    number: 13,
    id: 'housing_rental_sale',
    zh: '房屋租售类',
    en: 'Housing rental and sale',
    service: '个人房源信息发布、房屋出租或买卖',
    source: 'single',
    items: [
      { wording: '注册用户移动电话号码', ids: ['phone'] },
      { wording: '房屋地址', ids: ['address'] },
      { wording: '面积/户型、期望售价或租金', ids: [], nearest: ['property'] },
    ],
  },
  {
    number: 14,
    id: 'used_car_trading',
    zh: '二手车交易类',
    en: 'Used-car trading',
    service: '二手车买卖信息交换',
    source: 'single',
    items: [
      { wording: '注册用户移动电话号码', ids: ['phone'] },
      { wording: '购买方姓名', ids: ['name'] },
      { wording: '证件类型和号码', ids: ['id_document'] },
      { wording: '出售方姓名', ids: ['name'] },
      { wording: '证件类型和号码', ids: ['id_document'] },
      { wording: '车辆行驶证号、车辆识别号码', ids: [], nearest: ['property'] },
    ],
  },
  {
    number: 15,
    id: 'medical_consultation',
    zh: '问诊挂号类',
    en: 'Medical consultation and appointments',
    service: '在线咨询问诊、预约挂号',
    source: 'single',
    items: [
      { wording: '注册用户移动电话号码', ids: ['phone'] },
      { wording: '患者姓名', ids: ['name'] },
      { wording: '证件类型和号码', ids: ['id_document'] },
      { wording: '预约挂号的医院和科室', ids: [], nearest: ['health'] },
      { wording: '病情描述', ids: ['health'] },
    ],
  },
  {
    number: 16,
    id: 'travel_services',
    zh: '旅游服务类',
    en: 'Travel services',
    service: '旅游服务产品信息的发布与订购',
    source: 'single',
    items: [
      { wording: '注册用户移动电话号码', ids: ['phone'] },
      { wording: '旅游目的地、旅游时间', ids: [], nearest: ['location'] },
      { wording: '出行人姓名', ids: ['name'] },
      { wording: '证件类型和号码', ids: ['id_document'] },
      { wording: '联系方式', ids: ['phone'] },
    ],
  },
  {
    number: 17,
    id: 'hotel_services',
    zh: '酒店服务类',
    en: 'Hotel services',
    service: '酒店预订',
    source: 'single',
    items: [
      { wording: '注册用户移动电话号码', ids: ['phone'] },
      { wording: '住宿人姓名', ids: ['name'] },
      { wording: '联系方式', ids: ['phone'] },
      { wording: '入住和退房时间、入住酒店名称', ids: ['other_sensitive'] },
    ],
  },
  {
    number: 18,
    id: 'online_gaming',
    zh: '网络游戏类',
    en: 'Online games',
    service: '提供网络游戏产品和服务',
    source: 'confirmed',
    items: [
      { wording: '注册用户移动电话号码', ids: ['phone'] },
    ],
  },
  {
    number: 19,
    id: 'education',
    zh: '学习教育类',
    en: 'Learning and education',
    service: '在线辅导、网络课堂等',
    source: 'confirmed',
    items: [
      { wording: '注册用户移动电话号码', ids: ['phone'] },
    ],
  },
  {
    number: 20,
    id: 'local_life',
    zh: '本地生活类',
    en: 'Local life services',
    service: '家政维修、家居装修、二手闲置物品交易等日常生活服务',
    source: 'single',
    items: [
      { wording: '注册用户移动电话号码', ids: ['phone'] },
    ],
  },
  {
    number: 21,
    id: 'womens_health',
    zh: '女性健康类',
    en: "Women's health",
    service: '女性经期管理、备孕育儿、美容美体等健康管理服务',
    source: 'partial',
    noPi: true,
    items: [],
  },
  {
    number: 22,
    id: 'vehicle_services',
    zh: '用车服务类',
    en: 'Vehicle services',
    service: '共享单车、共享汽车、租赁汽车等服务',
    source: 'confirmed',
    items: [
      { wording: '注册用户移动电话号码', ids: ['phone'] },
      { wording: '证件类型和号码', ids: ['id_document'] },
      { wording: '驾驶证件信息', ids: ['id_document'] },
      { wording: '支付时间、支付金额、支付渠道等支付信息', ids: ['transaction'] },
      { wording: '位置信息', ids: ['location'] },
    ],
  },
  {
    number: 23,
    id: 'investment',
    zh: '投资理财类',
    en: 'Investment and wealth management',
    service: '股票、期货、基金、债券等相关投资理财服务',
    source: 'confirmed',
    items: [
      { wording: '注册用户移动电话号码', ids: ['phone'] },
      { wording: '姓名', ids: ['name'] },
      { wording: '证件类型和号码、证件有效期限、证件影印件', ids: ['id_document'] },
      { wording: '资金账户、银行卡号码或支付账号', ids: ['bank_account'] },
    ],
  },
  {
    number: 24,
    id: 'mobile_banking',
    zh: '手机银行类',
    en: 'Mobile banking',
    service: '通过手机等移动智能终端设备进行银行账户管理、信息查询、转账汇款等服务',
    source: 'single',
    items: [
      { wording: '注册用户移动电话号码', ids: ['phone'] },
      { wording: '用户姓名', ids: ['name'] },
      { wording: '证件类型和号码、证件有效期限、证件影印件', ids: ['id_document'] },
      { wording: '银行卡号码', ids: ['bank_account'] },
      { wording: '银行预留移动电话号码', ids: ['phone'] },
      { wording: '收款人姓名', ids: ['name'] },
      { wording: '银行卡号码、开户银行信息', ids: ['bank_account'] },
    ],
  },
  {
    number: 25,
    id: 'email_cloud_storage',
    zh: '邮箱云盘类',
    en: 'Email and cloud storage',
    service: '邮箱、云盘等',
    source: 'single',
    items: [
      { wording: '注册用户移动电话号码', ids: ['phone'] },
    ],
  },
  {
    number: 26,
    id: 'remote_meeting',
    zh: '远程会议类',
    en: 'Remote meetings',
    service: '通过网络提供音频或视频会议',
    source: 'single',
    items: [
      { wording: '注册用户移动电话号码', ids: ['phone'] },
    ],
  },
  {
    number: 27,
    id: 'live_streaming',
    zh: '网络直播类',
    en: 'Live streaming',
    service: '向公众持续提供实时视频、音频、图文等形式信息浏览服务',
    source: 'partial',
    noPi: true,
    items: [],
  },
  {
    number: 28,
    id: 'online_audio_video',
    zh: '在线影音类',
    en: 'Online audio and video',
    service: '影视、音乐搜索和播放',
    source: 'partial',
    noPi: true,
    items: [],
  },
  {
    number: 29,
    id: 'short_video',
    zh: '短视频类',
    en: 'Short video',
    service: '不超过一定时长的视频搜索、播放',
    source: 'partial',
    noPi: true,
    items: [],
  },
  {
    number: 30,
    id: 'news',
    zh: '新闻资讯类',
    en: 'News',
    service: '新闻资讯的浏览、搜索',
    source: 'partial',
    noPi: true,
    items: [],
  },
  {
    number: 31,
    id: 'fitness',
    zh: '运动健身类',
    en: 'Fitness',
    service: '运动健身训练',
    source: 'partial',
    noPi: true,
    items: [],
  },
  {
    number: 32,
    id: 'browser',
    zh: '浏览器类',
    en: 'Browser',
    service: '浏览互联网信息资源',
    source: 'confirmed',
    noPi: true,
    items: [],
  },
  {
    number: 33,
    id: 'input_method',
    zh: '输入法类',
    en: 'Input method',
    service: '文字、符号等输入',
    source: 'partial',
    noPi: true,
    items: [],
  },
  {
    number: 34,
    id: 'security_management',
    zh: '安全管理类',
    en: 'Security management',
    service: '查杀病毒、清理恶意插件、修复漏洞等',
    source: 'partial',
    noPi: true,
    items: [],
  },
  {
    number: 35,
    id: 'ebook',
    zh: '电子图书类',
    en: 'E-books',
    service: '电子图书搜索、阅读',
    source: 'partial',
    noPi: true,
    items: [],
  },
  {
    number: 36,
    id: 'photo_beautify',
    zh: '拍摄美化类',
    en: 'Photo and beauty',
    service: '拍摄、美颜、滤镜等',
    source: 'partial',
    noPi: true,
    items: [],
  },
  {
    number: 37,
    id: 'app_store',
    zh: '应用商店类',
    en: 'App store',
    service: 'App搜索、下载',
    source: 'partial',
    noPi: true,
    items: [],
  },
  {
    number: 38,
    id: 'utility_tools',
    zh: '实用工具类',
    en: 'Utility tools',
    service: '日历、天气、词典翻译、计算器、遥控器、手电筒、指南针、时钟闹钟、文件传输、文件管理、壁纸铃声、截图录屏、录音、文档处理、智能家居助手、星座性格测试等',
    source: 'partial',
    noPi: true,
    items: [],
  },
  {
    number: 39,
    id: 'performance_ticketing',
    zh: '演出票务类',
    en: 'Performance ticketing',
    service: '演出购票',
    source: 'single',
    items: [
      { wording: '注册用户移动电话号码', ids: ['phone'] },
      { wording: '观演场次、座位号（如有）', ids: [], nearest: ['transaction'] },
      { wording: '支付时间、支付金额、支付渠道等支付信息', ids: ['transaction'] },
    ],
  },
];

const BY_ID = new Map(APP_TYPES.map((t) => [t.id, t]));

export const appTypeById = (id: string): AppTypeRow | undefined => BY_ID.get(id);

/** Every taxonomy id a type's list covers: each item's ids, or its nearest where it has none. */
export function coveredIds(type: AppTypeRow): Set<string> {
  return new Set(type.items.flatMap((i) => [...i.ids, ...(i.nearest ?? [])]));
}
