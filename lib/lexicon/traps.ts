// Look-alike phrases shared by a data item and the permission of the same name.

// Phrases that contain 位置 or 定位 without meaning the user's location.
export const NOT_A_PLACE: string[] = [
  // layout positions
  '显著位置',
  '醒目位置',
  '明显位置',
  '显眼位置',
  '首页位置',
  '页面位置',
  '页面的位置',
  '相对位置',
  '存储位置',
  '设置位置',
  '位置设定',
  // 特[定位]置
  '特定位置',
  // locating a fault
  '定位问题',
  '定位程序',
  '定位并解决',
  '定位故障',
  '定位异常',
  '定位原因',
  '定位您的问题',
  '问题定位',
  // positioning of a product
  '产品定位',
  '市场定位',
  '定位于',
  // where on the screen the user tapped
  '点击位置',
  '点击的位置',
];

// Texts the service sends (codes, notices, invitations) and the channel they go
// by: not the user's messages, and no reading of them.
export const SENT_TEXTS: string[] = [
  '短信验证码',
  '短信校验码',
  '短信动态码',
  '短信动态口令',
  '短信口令',
  '短信通知',
  '短信提醒',
  '短信推送',
  '推送短信',
  '营销短信',
  '推广短信',
  '商业短信',
  '商业性短信',
  '广告短信',
  '短信服务',
  '短信方式',
  '短信形式',
  '短信等方式',
  '短信登录',
  '短信退订',
  '手机短信等',
  '手机短信中',
  '商业性短信息',
  '邮件/短消息',
  '邮件或短消息',
  '发送短消息',
  '短信厂商',
  // SDK 短信参数 is not message content (corpus gold leaves it out)
  '短信参数',
  '退订短信',
  '发送短信',
  '短信发送',
  '短信告知',
  '短信链接',
  '通过短信',
  '以短信',
  '电话短讯',
  // a code received by SMS, or its misspelling 验短信证码
  '接收短信验证码',
  '手机短信验证',
  '短信证码',
  '邀请短信',
];

// The user writing to or calling the service itself: the mailbox or number in
// the sentence is the operator's, and the record is of talking with us.
export const CONTACTING_US: string[] = [
  '与我们联系',
  '与我方联系',
  '与我行联系',
  '联系我们',
  '联系我方',
  '与我们的通信',
  '与我们的通讯',
  '与我们的沟通',
  '与我们沟通',
];

// Calls with customer service are not the user's call log.
export const CALLS_WITH_US: string[] = [...CONTACTING_US, '客服', '热线'];

// The person to reach about an order or a delivery, named with an address or a
// phone number (收货地址和联系人, 联系人及联系电话), is not the address book.
export const ORDER_CONTACT: string[] = [
  '地址和联系人',
  '地址、联系人',
  '地址及联系人',
  '联系人和联系电话',
  '联系人、联系电话',
  '联系人及联系电话',
  '联系人和电话',
  '联系人、电话',
  '联系人及电话',
  '联系人电话',
  '联系人手机',
];
