// English names of the taxonomy's ids (../shared/spec/taxonomy.md), the
// checklist, sharing and recipients, levels, finding kinds and SDK
// categories. The Chinese names stay where lib keeps them (the lexicons, the
// check rows, lib/export/labels.ts); only SDK categories have no Chinese name
// elsewhere, so both columns are here.
import type { SdkCategory } from '../sdk/catalog';
import type { Level, RecipientKind, RiskKind, SharingType } from '../types';

/** taxonomy §1, by data-item id */
export const DATA_ITEM_EN: Readonly<Record<string, string>> = {
  name: 'Name',
  phone: 'Phone number',
  email: 'Email address',
  address: 'Address',
  birth_date: 'Date of birth',
  gender: 'Gender',
  nationality: 'Nationality / ethnicity',
  education: 'Education',
  occupation: 'Occupation / employer',
  family: 'Family / marital status',
  id_document: 'ID documents',
  face: 'Face',
  fingerprint: 'Fingerprint',
  voiceprint: 'Voiceprint',
  biometric_other: 'Other biometrics',
  bank_account: 'Bank card / account',
  transaction: 'Transactions / payments',
  credit: 'Credit records',
  property: 'Property / income',
  location: 'Location',
  device_id: 'Device identifiers',
  device_info: 'Device information',
  network_info: 'Network information',
  ip_address: 'IP address',
  app_list: 'Installed apps',
  credentials: 'Account passwords',
  contacts: 'Contacts',
  sms: 'Text messages',
  call_log: 'Call log',
  photos_media: 'Photos / audio / video',
  browsing: 'Browsing / search history',
  usage_logs: 'Activity logs',
  cookies: 'Cookies and similar',
  health: 'Health',
  minor_info: 'Children’s information',
  other_sensitive: 'Other sensitive information',
  business_info: 'Business licences',
};

/** taxonomy §2, by permission id */
export const PERMISSION_EN: Readonly<Record<string, string>> = {
  camera: 'Camera',
  microphone: 'Microphone',
  location: 'Location',
  contacts: 'Contacts',
  storage: 'Storage',
  phone_state: 'Phone state',
  sms: 'Text messages',
  call_log: 'Call log',
  calendar: 'Calendar',
  bluetooth: 'Bluetooth',
  clipboard: 'Clipboard',
  notifications: 'Notifications',
  sensors: 'Sensors',
  network: 'Network',
};

/** lib/risk/checks.ts titles: what each check looks for */
export const CHECK_EN: Readonly<Record<string, string>> = {
  operator: 'Names the operator (company or organisation)',
  contact: 'Gives contact details',
  retention: 'Says how long data is kept',
  rights_access: 'You can view and copy your information',
  rights_correct: 'You can correct your information',
  rights_delete: 'You can delete your information',
  rights_withdraw: 'You can withdraw consent',
  rights_close_account: 'You can close your account',
  response_time: 'Says how soon requests are answered',
  complaint: 'Says how to complain or report',
  minors: 'Has rules for minors',
  update_date: 'Gives an update or effective date',
  sdk_list: 'Lists third-party SDKs, their purpose and data',
  breach_notice: 'Promises to tell you of a security incident',
  cessation: 'Says what happens to data if the service closes',
  targeting_optout: 'Personalised content or ads can be turned off',
};

export const SHARING_EN: Readonly<Record<SharingType, string>> = {
  share: 'Shared',
  transfer: 'Transferred',
  disclose: 'Publicly disclosed',
  entrust: 'Entrusted processing',
  cross_border: 'Cross-border',
  no_consent: 'Exceptions without consent',
};

export const RECIPIENT_EN: Readonly<Record<RecipientKind, string>> = {
  named_org: 'named organisation',
  affiliate: 'affiliates',
  partner: 'partners',
  third_party: 'third parties',
  authority: 'authorities',
  counterparty: 'counterparties',
  acquirer: 'acquirers',
  public: 'the public',
};

export const LEVEL_EN: Readonly<Record<Level, string>> = { high: 'High', medium: 'Medium', low: 'Low', info: 'Note' };

export const KIND_EN: Readonly<Record<RiskKind, string>> = { violation: 'Violation', gap: 'Missing', notice: 'Notice' };

/** lib/sdk/catalog.ts categories */
export const SDK_CATEGORY: Readonly<Record<SdkCategory, { zh_CN: string; en: string }>> = {
  push: { zh_CN: '消息推送', en: 'Push notifications' },
  analytics: { zh_CN: '统计分析', en: 'Analytics' },
  map: { zh_CN: '地图定位', en: 'Maps and location' },
  payment: { zh_CN: '支付', en: 'Payment' },
  login: { zh_CN: '登录', en: 'Login' },
  social: { zh_CN: '社交分享', en: 'Social sharing' },
  identity: { zh_CN: '身份认证', en: 'Identity verification' },
  ads: { zh_CN: '广告', en: 'Advertising' },
  crash: { zh_CN: '崩溃监测', en: 'Crash reporting' },
  im: { zh_CN: '即时通讯', en: 'Instant messaging' },
  cloud: { zh_CN: '云服务', en: 'Cloud services' },
  risk: { zh_CN: '风控与安全', en: 'Security and anti-fraud' },
  oaid: { zh_CN: '设备标识', en: 'Device identifiers' },
  media: { zh_CN: '音视频', en: 'Audio and video' },
  other: { zh_CN: '其他', en: 'Other' },
};
