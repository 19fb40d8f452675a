// Organisations a policy names by brand, without a legal suffix: the payment
// channels, carriers, phone makers, platforms and measurement or risk vendors
// that receive data (我们会将订单信息提供给微信支付、支付宝). Rows are data:
// [pattern over the folded text, example]; a match is the name as written.
import type { Span } from '../types';
import type { NamedText, OrgName } from './names';

export type BrandRow = readonly [pattern: string, example: string];

/** Latin brands stand alone, not inside a longer word (qq not in qqmusic's neighbours). */
const latin = (names: string): string => `(?<![a-z])(?:${names})(?![a-z])`;

export const BRANDS: readonly BrandRow[] = [
  // payment channels
  ['微信支付|支付宝|财付通|云闪付|中国银联|银联|qq钱包|京东支付|拉卡拉|翼支付', '支付时，我们会将订单金额提供给微信支付或支付宝。'],
  [latin('apple pay|paypal|google pay|stripe'), '您选择Apple Pay付款时，我们会向其提供订单金额。'],
  // credit, identity, risk and measurement vendors (before the platforms: 网易易盾 is not 网易)
  ['百行征信|朴道征信|网易易盾|数美|同盾|极验|秒针|尼尔森|热云|友盟|神策|个推|极光|有赞|微店', '经您授权，我们会向百行征信提供您的借款信息。'],
  [latin('appsflyer|adjust|nielsen|talkingdata|growingio|trackingio|admaster|miaozhen|cfca'), '为衡量广告效果，我们会向Nielsen提供去标识化的统计数据。'],
  // carriers, named together or by their service lines (中国移动、中国联通; 电信客服10000);
  // alone, 电信运营商 / 电信诈骗 are no names
  ['中国(?:移动|联通|电信)|(?:移动|联通|电信)(?=\\s*(?:[、,和及与/]|等|客服))|(?<=[、,和及与/]\\s*)(?:移动|联通|电信)(?!运营商|网络|诈骗)', '一键登录时，我们会将您的手机号提供给中国移动、中国联通、中国电信进行验证。'],
  // phone makers, as push and login channels
  ['华为|小米|魅族|荣耀|苹果公司|苹果|三星|一加', '为推送消息，我们会将设备标识提供给华为、小米等手机厂商。'],
  [latin('oppo|vivo|apple|samsung|honor|xiaomi|huawei'), '为推送消息，我们会向OPPO、vivo提供设备标识。'],
  // platforms
  ['腾讯|百度|阿里巴巴|阿里|字节跳动|抖音|快手|今日头条|头条|新浪|微博|网易|微信|淘宝|天猫|京东|美团|高德|饿了么|口碑|飞猪|拼多多|携程|哔哩哔哩', '分享到微信、微博时，我们会将分享内容提供给该平台。'],
  [latin('qq|uc|google|facebook|twitter|meta|tiktok|amazon|microsoft'), '为完成分享，我们会将您选择的内容提供给QQ或Facebook。'],
];

const BRAND = new RegExp(BRANDS.map(([p]) => p).join('|'), 'g');

/** Brands named inside `span`, in text order, each as written; none inside `within` (a longer name). */
export function findBrands(doc: NamedText, span: Span, within: readonly Span[] = []): OrgName[] {
  const segment = doc.folded.slice(span.start, span.end);
  const out: OrgName[] = [];
  BRAND.lastIndex = 0;
  for (let m = BRAND.exec(segment); m; m = BRAND.exec(segment)) {
    const start = span.start + m.index;
    const end = start + m[0].length;
    if (within.some((w) => w.start <= start && end <= w.end)) continue;
    out.push({ name: doc.text.slice(start, end), start, end });
  }
  return out;
}
