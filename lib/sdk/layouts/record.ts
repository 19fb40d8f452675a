// What every SDK-list layout reads: lines, column and field names, and the
// record it builds for one SDK.
import type { Span } from '../../types';
import { catalogFor } from '../match';
import { LIST_MARKER, type PolicyText } from '../../text';
import { readName } from '../name';

export { ORG_NAME } from '../../org';

export interface SdkRecord {
  name: string;
  nameSpan: Span;
  vendor?: string;
  purpose?: string;
  /** what the row says the SDK is (刷脸SDK), which links it to the catalog when its name does not */
  kind?: string;
  /** the record's extent: its data items are read from here */
  span: Span;
}

export interface Line extends Span {
  text: string;
  folded: string;
}

// every layout reads the lines: split them once per document
const linesCache = new WeakMap<PolicyText, Line[]>();

export function linesOf(doc: PolicyText): Line[] {
  const cached = linesCache.get(doc);
  if (cached) return cached;
  const lines: Line[] = [];
  let start = 0;
  for (const raw of doc.text.split('\n')) {
    const end = start + raw.length;
    if (raw.trim()) lines.push({ text: raw, folded: doc.folded.slice(start, end), start, end });
    start = end + 1;
  }
  linesCache.set(doc, lines);
  return lines;
}

// Column / field names, folded.
export const NAME_KEY = /^(第三方)?(sdk|插件|服务|产品|合作方)?\s*(名称|名字)$|^产品\/服务$|^(第三方)?sdk(类型|服务|列表)?$|^sdk名称$/;
export const VENDOR_KEY = /提供方|提供者|提供商|公司|主体|运营方|开发者|厂商|服务商|合作方名称|第三方名称|所属/;
export const PURPOSE_KEY = /目的|用途|功能|场景|使用说明|业务/;
export const FIELD_KEY = /^(第三方)?(sdk)?(名称|提供方|提供者|提供商|公司名称|主体|运营方|开发者|厂商|服务商|使用目的|用途|目的|功能|场景描述|场景|使用场景|收集|采集|获取|处理|共享|数据类型|信息类型|个人信息|涉及的个人信息|收集的个人信息|收集个人信息类型|采集的个人信息或权限|所需权限|权限|官网|官网链接|隐私政策|隐私政策链接|隐私权政策|链接|处理方式|合作方式|类型|描述)/;
export const SDK_WORD = /sdk/;

export function valueAfterKey(text: string): string {
  return text.replace(/^[^:：]{1,16}[:：]\s*/, '').trim();
}

export function clean(name: string): string {
  return name.replace(LIST_MARKER, '').replace(/^[*_\s]+|[*_\s:：;；,，。]+$/g, '').trim();
}

export function record(doc: PolicyText, name: string, at: number, span: Span, extra: Partial<SdkRecord> = {}): SdkRecord | undefined {
  const read = readName(name);
  if (!read) return undefined;
  const offset = doc.text.indexOf(read.name, at);
  const start = offset === -1 || offset > span.end ? at : offset;
  return { ...extra, name: read.name, nameSpan: { start, end: start + read.name.length }, span, vendor: extra.vendor ?? read.vendor };
}

/** Folded text that names an SDK: it says SDK, the catalog knows it, or it is a library name. */
export function looksLikeSdkName(f: string): boolean {
  return SDK_WORD.test(f) || Boolean(catalogFor(f)) || /^[a-z][a-z0-9 ._+-]{3,39}$/.test(f) || /^[\u4e00-\u9fa5]{2,4}[a-z][a-z0-9]{2,20}$/.test(f);
}

/**
 * In a list where most items are plainly SDKs, the others count too
 * (腾讯灯塔Beacon, ADSCOPE), unless they name an unnamed party or a kind of
 * data (第三方物流公司, 剪贴板). A lone item counts only if it is plainly an SDK.
 */
export function acceptRun(items: readonly { rec: SdkRecord; sdkish: boolean }[]): SdkRecord[] {
  const sdkish = items.filter((i) => i.sdkish).length;
  const mostly = sdkish >= 3 && sdkish >= items.length / 2;
  return items.filter((i) => i.sdkish || (mostly && !/^(第三方|合作|其他)|公司$|机构$|平台$|板$/.test(i.rec.name))).map((i) => i.rec);
}

export function foldedKey(field: string): string {
  return field.split(/[:：]/)[0]!.toLowerCase().replace(/[\s*_]/g, '');
}

// "该SDK由北京某某科技有限公司提供"
export const PROVIDED_BY = /由([^，,。；;（(]{4,40}?(?:有限责任公司|有限公司|集团|研究院|inc\.?|ltd\.?|llc|limited))(?:提供|开发|运营)/;
