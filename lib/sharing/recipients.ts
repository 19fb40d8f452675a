// Who receives the data, by kind (taxonomy §4). Rules are data:
// [pattern, kind, example] over the folded text; no capturing groups. Named
// organisations (kind named_org) come from lib/org instead.
import type { RecipientKind } from '../types';

export type RecipientRule = readonly [pattern: RegExp, kind: RecipientKind, example: string];

export const RECIPIENT_RULES: readonly RecipientRule[] = [
  [
    /关联(?:公司|方|企业|机构|法人|实体|主体)|关连(?:公司|方|人士)|集团(?:成员|内部?|旗下|子公司)|(?:附属|控股子|子|母|兄弟|联属)公司/,
    'affiliate',
    '我们可能会与我们的关联公司共享您的个人信息。',
  ],
  [
    /(?:业务|商业|授权|第三方)?合作(?:方|机构|伙伴|单位|平台|银行|企业|公司|商家|金融机构)|(?:第三方)?(?:商品)?(?:供应商|服务商|服务提供(?:商|者|方))|厂商|技术服务方|外部专业顾问|专业机构|服务机构|受托(?:方|公司|人|机构)|支付(?:机构|代理|平台)|物流(?:公司|服务提供商|服务商)|快递公司|配送公司|广告(?:商|主)/,
    'partner',
    '为了完成配送，我们会将收件人信息提供给物流服务提供商。',
  ],
  [
    /(?:监管|司法|行政|执法|公安|国家|政府|主管|有权|税务|网信|检察|审判|侦查)(?:机关|机构|部门|单位)|行政(?:或|、|及|和)司法(?:机关|机构|部门)?|司法(?:要求|裁定|判决|程序|协助)|公安|法院|检察院|政府(?!信息公开)|消费者权益保护部门|有关部门|争议解决机构/,
    'authority',
    '我们可能会根据行政、司法机关依法提出的要求对外提供您的个人信息。',
  ],
  [
    /交易(?:对方|对手|相对方|方)|商家|卖家|买家|收款方|付款方/,
    'counterparty',
    '为了让您完成交易，我们需要向您的交易对方提供交易号与相关支付信息。',
  ],
  [
    /收购方|受让方|受让人|承让人|承继方|继受方|继承方|新的持有(?:方|人|者|您个人信息的(?:公司|组织|机构))?|新的(?:控制方|所有者|运营方|主体)|合并方|并购方/,
    'acquirer',
    '如涉及个人信息转让，我们会要求新的持有您个人信息的公司、组织继续受本政策的约束。',
  ],
  [/社会公众|向公众|公开披露|公示|公布/, 'public', '如确需公开披露时，我们会征得您的明确同意。'],
  // Unnamed third parties come last: 第三方服务提供商 is a partner.
  [/第三方|其他方|他方|其他公司|其他机构|任何公司|外部机构|其他主体|必要的主体|其他组织/, 'third_party', '我们会基于您的明确同意将您的部分信息提供给第三方。'],
];

/** A recipient word in these clauses is the source of data, not its recipient (从关联公司获取). */
export const SOURCE_CLAUSE = /(?:从|自|通过|经由)[^,;。]*$/;
export const SOURCE_VERB = /^[^,;。]*?(?:获取|收集|获得|接收|取得|采集|查询|核验|核实|验证)/;
/** …or the party whose interests are protected (维护我们及关联方的合法权益). */
export const BENEFICIARY_BEFORE = /(?:维护|保护|保障)[^,;。]*$/;
/** …or the body whose rules apply (监管部门另有规定). */
export const RULE_SOURCE_AFTER = /^(?:另有规定|的规定|规定|的监管规定|的指引)/;
export const BENEFICIARY_AFTER = /^[^,;。]{0,30}?(?:利益|权益|权利|安全)/;

/**
 * A named organisation followed by these is not a recipient: its address or
 * copyright, or a body that designates or approves the recipient
 * (某省数据管理局指定的合作平台, 经中国人民银行批准的征信机构).
 */
export const NAME_NOT_RECIPIENT_AFTER =
  /^\s*[(（]?\s*(?:注册地址|注册地|地址|版权|著作权)|^(?:指定|认可|批准|授权|备案)的|^[^,;。]{0,8}?(?:批准|备案|核准)/;
export const NAME_NOT_RECIPIENT_BEFORE = /经$/;
