// The layouts real policies use for their SDK lists, each read into records
// of { name, vendor?, purpose?, span }:
//   - table rows with cells kept apart ("极光推送 | 深圳市…公司 | 推送")
//   - a name line followed by labelled field lines ("使用目的：…", "SDK提供方：…")
//   - labelled fields on one line ("SDK名称：极光推送；使用目的：…")
//   - numbered prose ("（1）OPPO推送SDK：用于推送消息；所分享的信息…")
//   - tables flattened into one line, rows told apart by their numbers
//   - tables flattened into one cell a line
import type { Span } from '../types';
import type { PolicyText } from '../text';
import { catalogFor } from './match';
import { foldText } from '../text/fold';

export interface SdkRecord {
  name: string;
  nameSpan: Span;
  vendor?: string;
  purpose?: string;
  /** the record's extent: its data items are read from here */
  span: Span;
}

interface Line extends Span {
  text: string;
  folded: string;
}

function linesOf(doc: PolicyText): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of doc.text.split('\n')) {
    const end = start + raw.length;
    if (raw.trim()) lines.push({ text: raw, folded: doc.folded.slice(start, end), start, end });
    start = end + 1;
  }
  return lines;
}

// Column / field names, folded.
const NAME_KEY = /^(第三方)?(sdk|插件|服务|产品|合作方)?\s*(名称|名字)$|^(第三方)?sdk(类型|服务|列表)?$|^sdk名称$/;
const VENDOR_KEY = /提供方|提供者|提供商|公司|主体|运营方|开发者|厂商|服务商|合作方名称|第三方名称|所属/;
const PURPOSE_KEY = /目的|用途|功能|场景|使用说明|业务/;
const FIELD_KEY = /^(第三方)?(sdk)?(名称|提供方|提供者|提供商|公司名称|主体|运营方|开发者|厂商|服务商|使用目的|用途|目的|功能|场景描述|场景|使用场景|收集|采集|获取|处理|共享|数据类型|信息类型|个人信息|涉及的个人信息|收集的个人信息|收集个人信息类型|采集的个人信息或权限|所需权限|权限|官网|官网链接|隐私政策|隐私政策链接|隐私权政策|链接|处理方式|合作方式|类型|描述)/;
const ORG_NAME = /[\u4e00-\u9fa5A-Za-z0-9（）()·]{2,30}?(?:(?:集团)?(?:股份)?(?:有限责任公司|有限公司)|集团|研究院)|[A-Z][A-Za-z0-9&.,]*(?:\s[A-Za-z0-9&.,]+){0,4}\s?(?:Inc\.?|Ltd\.?|LLC|Limited|Corporation|Corp\.?|GmbH|Pte\.?)/;
const LIST_MARKER = /^(?:\d{1,2}(?:\.\d{1,2})+\s*|[（(]?\d{1,3}[)）.、．]|[（(][一二三四五六七八九十]+[)）]|[a-z][)）.、]|[-*•·●▪]|\d{1,3}\s)\s*/i;
const SDK_WORD = /sdk/;

function valueAfterKey(text: string): string {
  return text.replace(/^[^:：]{1,16}[:：]\s*/, '').trim();
}

function clean(name: string): string {
  return name.replace(LIST_MARKER, '').replace(/^[*_\s]+|[*_\s:：;；,，。]+$/g, '').trim();
}

// Words that stand for SDKs in general, and definitions (SDK：是指…), are not names.
const NOT_A_NAME = /^(第三方)?(sdk|插件|sdk名称|sdk服务|名称)$|^(是指|指|即|系指)|目录|清单|列表|以下|如下|我们|我司|本公司/;

function record(doc: PolicyText, name: string, at: number, span: Span, extra: Partial<SdkRecord> = {}): SdkRecord | undefined {
  const cleaned = clean(name);
  if (cleaned.length < 2 || cleaned.length > 40 || NOT_A_NAME.test(foldText(cleaned).replace(/\s/g, ''))) return undefined;
  const offset = doc.text.indexOf(cleaned, at);
  const start = offset === -1 || offset > span.end ? at : offset;
  return { name: cleaned, nameSpan: { start, end: start + cleaned.length }, span, ...extra };
}

/** Rows under a header row whose cells name the SDK column. */
export function fromTableRows(doc: PolicyText): SdkRecord[] {
  const out: SdkRecord[] = [];
  const lines = linesOf(doc);
  for (let i = 0; i < lines.length; i++) {
    const header = lines[i]!.folded.split(' | ').map((c) => c.trim());
    if (header.length < 2) continue;
    const nameCol = header.findIndex((c) => NAME_KEY.test(c));
    if (nameCol === -1) continue;
    const vendorCol = header.findIndex((c, k) => k !== nameCol && VENDOR_KEY.test(c));
    const purposeCol = header.findIndex((c, k) => k !== nameCol && PURPOSE_KEY.test(c));
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j]!;
      const cells = line.text.split(' | ').map((c) => c.trim());
      if (cells.length < 2) break;
      const name = cells[nameCol];
      if (!name || NAME_KEY.test(line.folded.split(' | ')[nameCol]?.trim() ?? '')) continue;
      const rec = record(doc, name, line.start, line, {
        vendor: vendorCol >= 0 ? cells[vendorCol] || undefined : undefined,
        purpose: purposeCol >= 0 ? cells[purposeCol] || undefined : undefined,
      });
      if (rec) out.push(rec);
      i = j;
    }
  }
  return out;
}

/**
 * A short name line followed by "key：value" field lines (one record a
 * block), or one line carrying "SDK名称：…" and its other fields.
 */
export function fromFieldBlocks(doc: PolicyText): SdkRecord[] {
  const blocks: { rec: SdkRecord; sdkish: boolean }[] = [];
  const lines = linesOf(doc);
  const isField = (l: Line) => /^[^:：]{1,16}[:：]/.test(clean(l.folded)) && FIELD_KEY.test(clean(l.folded));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const folded = clean(line.folded);
    // "SDK名称：极光推送" starts a record; its fields may follow on the same line.
    const named = /^(?:第三方)?(?:sdk|插件)?\s*名称\s*[:：]\s*([^；;，,。|]+)/.exec(folded) ?? /^sdk\s*[:：]\s*([^；;，,。|]+)/.exec(folded);
    // A heading ("一、定义") above field lines is a section, not an SDK.
    const isHeading = doc.sections.some((sec) => sec.start === line.start && sec.level <= 2) || /^[一二三四五六七八九十]+[、.]/.test(folded);
    const nameLine = !named && !isHeading && folded.length <= 40 && !/[。；;]/.test(folded) && !/[:：]/.test(folded) && lines[i + 1] && isField(lines[i + 1]!);
    if (!named && !nameLine) continue;
    let end = line.end;
    let vendor: string | undefined;
    let purpose: string | undefined;
    const fields = [line.text];
    for (let j = i + 1; j < lines.length && isField(lines[j]!) && !/名称\s*[:：]/.test(lines[j]!.folded); j++) {
      fields.push(lines[j]!.text);
      end = lines[j]!.end;
      i = j;
    }
    for (const field of fields.flatMap((f) => f.split(/[；;]\s*/))) {
      const key = foldedKey(field);
      if (!vendor && VENDOR_KEY.test(key)) vendor = valueAfterKey(field);
      else if (!purpose && PURPOSE_KEY.test(key)) purpose = valueAfterKey(field);
    }
    const name = named ? line.text.slice(line.text.length - clean(line.text).length).replace(/^[^:：]*[:：]\s*/, '').split(/[；;，,。|]/)[0]! : line.text;
    const rec = record(doc, name, line.start, { start: line.start, end }, { vendor: vendor || undefined, purpose: purpose || undefined });
    if (rec) blocks.push({ rec, sdkish: Boolean(named) || Boolean(vendor) || looksLikeSdkName(foldText(rec.name)) });
  }
  return acceptRun(blocks);
}

/**
 * In a list where most items are plainly SDKs, the others count too
 * (腾讯灯塔Beacon, ADSCOPE), unless they name an unnamed party or a kind of
 * data (第三方物流公司, 剪贴板). A lone item counts only if it is plainly an SDK.
 */
function acceptRun(items: readonly { rec: SdkRecord; sdkish: boolean }[]): SdkRecord[] {
  const sdkish = items.filter((i) => i.sdkish).length;
  const mostly = sdkish >= 3 && sdkish >= items.length / 2;
  return items.filter((i) => i.sdkish || (mostly && !/^(第三方|合作|其他)|公司$|机构$|平台$|板$/.test(i.rec.name))).map((i) => i.rec);
}

function foldedKey(field: string): string {
  return field.split(/[:：]/)[0]!.toLowerCase().replace(/[\s*_]/g, '');
}

/**
 * Numbered prose: "（1）OPPO推送SDK：用于…；所分享的信息…". In a run of such
 * items where most names say SDK, the others count too (腾讯灯塔Beacon),
 * unless they name a kind of data or an unnamed party (第三方物流公司).
 */
export function fromNumberedProse(doc: PolicyText): SdkRecord[] {
  const items: { rec: SdkRecord; sdkish: boolean }[] = [];
  for (const line of linesOf(doc)) {
    const body = line.text.replace(/^[*_\s]+/, '');
    const marker = LIST_MARKER.exec(body);
    if (!marker) continue;
    const rest = body.slice(marker[0].length);
    // "（1）OPPO推送SDK：用于…" or "（1）人脸识别SDK。为了…，该SDK由…公司提供"
    const m = /^([^:：。；;，,]{2,30})[:：。]\s*(.*)$/.exec(rest);
    if (!m) continue;
    const name = m[1]!.trim();
    if (FIELD_KEY.test(name.toLowerCase().replace(/\s/g, ''))) continue;
    const purpose = /^(用于[^；;。]*)/.exec(m[2]!)?.[1];
    const foldedRest = foldText(m[2]!);
    const by = PROVIDED_BY.exec(foldedRest);
    const vendor = by ? m[2]!.slice(by.index + 1, by.index + 1 + by[1]!.length) : undefined;
    const sdkish = SDK_WORD.test(name.toLowerCase()) || Boolean(catalogFor(name));
    // An item that is a whole sentence (…。) names an SDK only if it says so.
    if (!sdkish && rest[m[1]!.length] === '。') continue;
    const rec = record(doc, name, line.start, line, { purpose, vendor });
    if (rec) items.push({ rec, sdkish });
  }
  return acceptRun(items);
}

const PLATFORM = /^(ios|android|安卓|苹果|鸿蒙|harmonyos|双端|全平台)(端|版)?$/i;
const LIBRARY = /^[a-z][\w.+-]*$/i;

/**
 * Rows written as comma-separated cells, one a numbered line
 * ("1. iOS，刷脸SDK，CCBFaceAuthSDK，涉及用户面部信息，…，URL"): the SDK is the
 * cell after the platform, with its library name when one follows.
 * Counted only in a run of three or more such rows.
 */
export function fromCommaRows(doc: PolicyText): SdkRecord[] {
  const out: SdkRecord[] = [];
  let run: SdkRecord[] = [];
  const flush = () => {
    if (run.length >= 3) out.push(...run);
    run = [];
  };
  for (const line of linesOf(doc)) {
    const marker = LIST_MARKER.exec(line.text);
    const cells = (marker ? line.text.slice(marker[0].length) : line.text).split(/[，,]\s*/).map((c) => c.trim());
    const offset = PLATFORM.test(cells[0] ?? '') ? 1 : 0;
    const name = cells[offset];
    if (!marker || cells.length < 4 || !name || !(offset || /sdk/i.test(name))) {
      flush();
      continue;
    }
    const library = cells[offset + 1];
    const full = library && LIBRARY.test(library) && library.toLowerCase() !== name.toLowerCase() ? `${name}（${library}）` : name;
    const at = line.start + line.text.indexOf(name);
    const rec = record(doc, full, at, line);
    if (rec) run.push({ ...rec, nameSpan: { start: at, end: at + name.length } });
  }
  flush();
  return out;
}

/**
 * A table flattened into one line with no separators: after a header that
 * names SDKs, rows are told apart by their running numbers (1身份证识别SDK北京…
 * 2人脸识别SDK…), and a row's name ends where its vendor's name begins.
 */
export function fromFlattenedRows(doc: PolicyText): SdkRecord[] {
  const out: SdkRecord[] = [];
  for (const line of linesOf(doc)) {
    const header = /sdk(类型|名称)?(公司|提供方|第三方)/.exec(line.folded) ?? /(序号)(sdk|名称)/.exec(line.folded);
    if (!header || line.text.length < 200) continue;
    let from = header.index + header[0].length;
    const rows: Span[] = [];
    for (let n = 1; ; n++) {
      const re = new RegExp(`(?<![0-9a-z.])${n}(?![0-9])`, 'g');
      re.lastIndex = from;
      const m = re.exec(line.folded);
      if (!m || m.index - from > 1500) break;
      rows.push({ start: line.start + m.index + String(n).length, end: line.end });
      if (rows.length > 1) rows[rows.length - 2]!.end = line.start + m.index;
      from = m.index + 1;
    }
    if (rows.length < 3) continue;
    const last = rows[rows.length - 1]!;
    last.end = Math.min(last.end, last.start + 600);
    for (const row of rows) {
      const text = doc.text.slice(row.start, row.end);
      const split = splitNameVendor(text);
      if (!split) continue;
      const rec = record(doc, split.name, row.start, row, { vendor: split.vendor });
      if (rec) out.push(rec);
    }
  }
  return out;
}

/** "身份证识别SDK北京某某科技有限公司用于…" → name + vendor. */
function splitNameVendor(row: string): { name: string; vendor?: string } | undefined {
  const sdk = /^(.{1,20}?sdk)/i.exec(row);
  if (sdk) return { name: sdk[1]!, vendor: ORG_NAME.exec(row.slice(sdk[1]!.length))?.[0] };
  // "FacebookFacebook Inc" / "ApacheApache": a Latin name said twice
  const twice = /^([A-Za-z][A-Za-z0-9]+)\s*(?=\1)/i.exec(row);
  if (twice) return { name: twice[1]!, vendor: ORG_NAME.exec(row.slice(twice[1]!.length))?.[0] };
  const entry = catalogFor(row.slice(0, 20));
  const vendorAt = entry ? row.indexOf(entry.vendor) : -1;
  if (vendorAt > 0) return { name: row.slice(0, vendorAt), vendor: entry!.vendor };
  // "高德地图高德软件有限公司": the brand starts the name and again the vendor
  const brand = row.slice(0, 2);
  const again = row.indexOf(brand, 2);
  if (/^[\u4e00-\u9fa5]{2}$/.test(brand) && again > 0 && again <= 12 && ORG_NAME.exec(row.slice(again))?.index === 0) {
    return { name: row.slice(0, again), vendor: ORG_NAME.exec(row.slice(again))![0] };
  }
  const org = ORG_NAME.exec(row);
  if (org && org.index > 0 && org.index <= 20) {
    // the name is what precedes the organisation; a Latin organisation
    // ("谷歌GoogleInc") starts at its capital letter
    return { name: row.slice(0, org.index), vendor: org[0] };
  }
  return undefined;
}

// Header words of a table whose cells were flattened one a line.
const CELL_HEADER = /^(序号|名称|sdk名称|sdk服务|第三方sdk|第三方名称|sdk|sdk类型|具体功能|功能|使用目的|用途|目的|客户端|平台|获取信息|收集信息|收集的信息|收集的个人信息|个人信息类型|数据类型|权限|所需权限|隐私权政策|隐私政策|隐私政策链接|官网链接|提供方|公司名称|第三方公司名称|sdk提供方|使用场景|场景|合作方|共享方式|共享信息|处理方式)$/;

/** Folded text that names an SDK: it says SDK, the catalog knows it, or it is a library name. */
function looksLikeSdkName(f: string): boolean {
  return SDK_WORD.test(f) || Boolean(catalogFor(f)) || /^[a-z][a-z0-9 ._+-]{3,39}$/.test(f) || /^[\u4e00-\u9fa5]{2,4}[a-z][a-z0-9]{2,20}$/.test(f);
}

/**
 * "服务商包括魅族（用于信息推送）、Talkingdata（用于数据统计）…": in a sentence
 * about third-party services, each "name（用于…）" item is an SDK.
 */
export function fromPurposeLists(doc: PolicyText): SdkRecord[] {
  const out: SdkRecord[] = [];
  const item = /(?:^|[、，,:：；;]|包括|包含|如)\s*([^、，,:：；;（(）)]{2,24}?)\s*[（(]\s*(用于[^）)]{1,30})[)）]/g;
  for (const sentence of doc.sentences) {
    const folded = doc.folded.slice(sentence.start, sentence.end);
    if (!/sdk|服务商|第三方|插件/.test(folded)) continue;
    item.lastIndex = 0;
    for (let m = item.exec(folded); m; m = item.exec(folded)) {
      // "服务商包含但不限于魅族推送" → 魅族推送
      const name = m[1]!.replace(/^.*?(?:包括但不限于|包含但不限于|不限于|包括|包含|例如|比如)/, '').replace(/^(以及|及|和|与)/, '').trim();
      if (!looksLikeSdkName(name) && !/^[\u4e00-\u9fa5]{2,8}$/.test(name)) continue;
      const at = sentence.start + m.index + m[0].lastIndexOf(name);
      const rec = record(doc, doc.text.slice(at, at + name.length), at, sentence, { purpose: m[2] });
      if (rec) out.push(rec);
    }
  }
  return out;
}

/**
 * A table whose cells were flattened one a line: after a run of header
 * lines, the cells that look like SDK names (they say SDK, the catalog knows
 * them, or they are a Latin library name) are the rows' names.
 */
export function fromCellLines(doc: PolicyText, isDataWord: (folded: string) => boolean): SdkRecord[] {
  const out: SdkRecord[] = [];
  const lines = linesOf(doc);
  for (let i = 0; i < lines.length; i++) {
    let h = i;
    while (h < lines.length && CELL_HEADER.test(lines[h]!.folded.trim())) h++;
    if (h - i < 3 || !lines.slice(i, h).some((l) => NAME_KEY.test(l.folded.trim()) || /sdk/.test(l.folded))) continue;
    for (let j = h; j < lines.length; j++) {
      const line = lines[j]!;
      const f = line.folded.trim();
      if (doc.sections.some((s) => s.start === line.start) || (f.length > 80 && /[。]/.test(f))) break;
      if (f.length > 40 || /[、，,。；;:：“”"]|^(无|是|否|安卓端?|ios端?|android|双端|全部|点击|查看)|https?:\/\/|www\./.test(f) || isDataWord(f)) continue;
      if (!looksLikeSdkName(f)) continue;
      const rec = record(doc, line.text, line.start, line);
      if (rec) out.push(rec);
      // the cell after a name is its description, never the next row's name
      j++;
      i = j;
    }
  }
  return out;
}

// Words before "SDK" that make it SDKs in general, not one SDK (第三方SDK, 上述SDK).
const GENERIC_SDK_HEAD = /第三方|厂商|渠道|联运|合作|关联|公司|任何|部分|逐项|类型|序号|名称|工具包|初始化|相关|其他|其它|^(安全|广告|推送|消息推送|统计|支付|登录|分享|地图|定位|视频|录音|push|android|ios|app|api)$/;
// A name is the run right before "sdk" of Latin, digits and Chinese that are
// not function characters: 我们使用了[人脸识别]SDK, 由第三方提供的SDK → none.
const PROSE_SDK = /([a-z0-9+\-_. ]{0,24}?[\u4e00-\u9fa5]{0,8}?[a-z0-9+\-_. ]{0,24}?)\s?sdk(?![a-z])/g;
const FUNCTION_CHARS = /[的了在由和与及或中请您我对为等参见以用将是这该此其从向于过被把让各有所时上下个种些非并会可能需要通内嵌入接集成使调含括如例]/;
const PROVIDED_BY = /由([^，,。；;（(]{4,40}?(?:有限责任公司|有限公司|集团|研究院|inc\.?|ltd\.?|llc|limited))(?:提供|开发|运营)/;

/** The part of `run` after its last function character. */
function nameTail(run: string): string {
  let start = run.length;
  while (start > 0 && !FUNCTION_CHARS.test(run[start - 1]!)) start--;
  return run.slice(start).trim();
}

/** An SDK named in running text as "<name>SDK", with its vendor when the sentence says 由…提供. */
export function fromProse(doc: PolicyText): SdkRecord[] {
  const out: SdkRecord[] = [];
  for (const sentence of doc.sentences) {
    const folded = doc.folded.slice(sentence.start, sentence.end);
    if (!folded.includes('sdk')) continue;
    const vendorAt = PROVIDED_BY.exec(folded);
    PROSE_SDK.lastIndex = 0;
    for (let m = PROSE_SDK.exec(folded); m; m = PROSE_SDK.exec(folded)) {
      const head = nameTail(m[1]!);
      if (head.length < 2 || /^[\d\s.]+$/.test(head) || GENERIC_SDK_HEAD.test(head)) continue;
      const nameEnd = sentence.start + m.index + m[0].length;
      const nameStart = sentence.start + m.index + m[1]!.trimEnd().length - head.length;
      const vendor = vendorAt ? doc.text.slice(sentence.start + vendorAt.index + 1, sentence.start + vendorAt.index + 1 + vendorAt[1]!.length) : undefined;
      const rec = record(doc, doc.text.slice(nameStart, nameEnd), nameStart, sentence, { vendor });
      if (rec) out.push(rec);
    }
  }
  return out;
}
