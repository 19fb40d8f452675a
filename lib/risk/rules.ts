// Risk rules as data. A rule fires on what the analysis found (collected
// data items, permissions, sharing types) or on a failed check.
import type { Level } from '../types';

export interface DataRiskRule {
  id: string;
  level: Level;
  /** fires when any of these data items is collected */
  dataItems: string[];
  title: string;
  detail: string;
  basis?: string;
}

export const DATA_RISKS: readonly DataRiskRule[] = [
  { id: 'biometric', level: 'high', dataItems: ['face', 'fingerprint', 'voiceprint', 'biometric_other'], title: '收集生物识别信息', detail: '人脸、指纹、声纹等一旦泄露无法更改，处理须单独同意并说明必要性。', basis: '《个人信息保护法》第二十八条、第二十九条' },
  { id: 'communications', level: 'high', dataItems: ['contacts', 'sms', 'call_log'], title: '读取通讯录、短信或通话记录', detail: '涉及您和他人的通信秘密，多数服务并不需要。', basis: '《个人信息保护法》第二十八条' },
  { id: 'health', level: 'high', dataItems: ['health'], title: '收集健康生理信息', detail: '医疗健康信息属于敏感个人信息。', basis: '《个人信息保护法》第二十八条' },
  { id: 'minor_data', level: 'high', dataItems: ['minor_info'], title: '处理未成年人个人信息', detail: '不满十四周岁未成年人的个人信息须取得监护人同意。', basis: '《个人信息保护法》第三十一条' },
  { id: 'other_sensitive', level: 'high', dataItems: ['other_sensitive'], title: '收集其他敏感信息', detail: '宗教信仰、犯罪记录、住宿信息等属于敏感个人信息。', basis: '《个人信息保护法》第二十八条' },
  { id: 'identity', level: 'medium', dataItems: ['id_document'], title: '收集身份证件信息', detail: '身份证件号码或照片可被用于冒用身份，应仅在实名等法定要求下收集。', basis: '《个人信息保护法》第二十八条' },
  { id: 'financial', level: 'medium', dataItems: ['bank_account', 'credit', 'property', 'transaction'], title: '收集金融账户、交易或征信信息', detail: '金融信息泄露可能造成财产损失。', basis: '《个人信息保护法》第二十八条' },
  { id: 'location', level: 'medium', dataItems: ['location'], title: '收集位置信息', detail: '精确位置和行踪轨迹属于敏感个人信息。', basis: 'GB/T 35273-2020 附录B' },
  { id: 'credentials', level: 'low', dataItems: ['credentials'], title: '处理账号密码或验证码', detail: '鉴别信息属于敏感个人信息，应加密存储。', basis: 'GB/T 35273-2020 附录B' },
  { id: 'browsing', level: 'low', dataItems: ['browsing'], title: '记录浏览和搜索记录', detail: '浏览和搜索记录可用于用户画像和个性化推荐。', basis: 'GB/T 35273-2020 附录B' },
  { id: 'app_list', level: 'medium', dataItems: ['app_list'], title: '读取已安装应用列表', detail: '应用列表可推断您的兴趣、财务和健康状况，常被监管通报。' },
  { id: 'device_tracking', level: 'low', dataItems: ['device_id'], title: '收集设备标识符', detail: 'IMEI、OAID、Android ID 等可在应用之间追踪同一台设备。' },
];

export interface PermissionRiskRule {
  id: string;
  level: Level;
  permissions: string[];
  title: string;
  detail: string;
}

export const PERMISSION_RISKS: readonly PermissionRiskRule[] = [
  { id: 'clipboard', level: 'medium', permissions: ['clipboard'], title: '读取剪切板', detail: '剪切板可能含有密码、验证码等敏感内容。' },
  { id: 'microphone', level: 'low', permissions: ['microphone'], title: '使用麦克风', detail: '请留意录音权限仅在您使用语音功能时调用。' },
];

export interface CheckRiskRule {
  check: string;
  level: Level;
  title: string;
  detail: string;
  basis?: string;
}

/** A failed check becomes a risk. */
export const CHECK_RISKS: readonly CheckRiskRule[] = [
  { check: 'contact', level: 'medium', title: '没有提供有效的联系方式', detail: '政策未写明邮箱、电话或个人信息保护负责人，行使权利的途径不明。', basis: '《个人信息保护法》第十七条' },
  { check: 'retention', level: 'medium', title: '没有说明保存期限', detail: '政策未说明个人信息保存多久。', basis: '《个人信息保护法》第十七条' },
  { check: 'right_delete', level: 'medium', title: '没有说明如何删除个人信息', detail: '删除是个人的法定权利。', basis: '《个人信息保护法》第四十七条' },
  { check: 'right_close_account', level: 'low', title: '没有说明如何注销账户', detail: '应提供便捷的注销途径。' },
  { check: 'right_withdraw', level: 'low', title: '没有说明如何撤回同意', detail: '个人有权撤回同意，且应提供便捷的撤回方式。', basis: '《个人信息保护法》第十五条' },
  { check: 'update_date', level: 'low', title: '没有写明更新日期', detail: '无法判断政策是否为最新版本。' },
];

export interface SharingRiskRule {
  id: string;
  level: Level;
  sharingType: string;
  title: string;
  detail: string;
  basis?: string;
}

export const SHARING_RISKS: readonly SharingRiskRule[] = [
  { id: 'cross_border', level: 'high', sharingType: 'cross_border', title: '个人信息可能出境', detail: '向境外提供个人信息须单独同意并满足出境条件。', basis: '《个人信息保护法》第三十八条、第三十九条' },
  { id: 'transfer', level: 'info', sharingType: 'transfer', title: '合并、收购时可能转让个人信息', detail: '接收方应继续受本政策约束，否则须重新取得同意。', basis: '《个人信息保护法》第二十二条' },
];

/** Grade thresholds over the weighted risk score. */
export const LEVEL_WEIGHT: Record<Level, number> = { high: 3, medium: 1.5, low: 0.5, info: 0 };
export const GRADE_LIMITS: readonly [grade: 'A' | 'B' | 'C' | 'D', maxScore: number][] = [
  ['A', 2],
  ['B', 6],
  ['C', 11],
  ['D', 17],
];
