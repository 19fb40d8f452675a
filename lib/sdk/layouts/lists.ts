// SDK lists laid out as lists: a name line with labelled field lines, fields
// on one line, numbered items, and "name（用于…）" runs in a sentence.
import { foldText, LIST_MARKER, type PolicyText } from '../../text';
import { catalogFor } from '../match';
import {
  acceptRun,
  clean,
  FIELD_KEY,
  foldedKey,
  linesOf,
  looksLikeSdkName,
  PROVIDED_BY,
  PURPOSE_KEY,
  record,
  SDK_WORD,
  valueAfterKey,
  VENDOR_KEY,
  type Line,
  type SdkRecord,
} from './record';

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
 * Numbered prose: "（1）OPPO推送SDK：用于…；所分享的信息…". In one list (its
 * numbering does not start again) where most names say SDK, the others count
 * too (腾讯灯塔Beacon), unless they name a kind of data or an unnamed party
 * (第三方物流公司).
 */
export function fromNumberedProse(doc: PolicyText): SdkRecord[] {
  const lists: { rec: SdkRecord; sdkish: boolean }[][] = [[]];
  let last = 0;
  for (const line of linesOf(doc)) {
    const body = line.text.replace(/^[*_\s]+/, '');
    const marker = LIST_MARKER.exec(body);
    if (!marker) continue;
    const n = Number(/\d+/.exec(marker[0])?.[0] ?? NaN);
    if (n <= last) lists.push([]);
    if (!Number.isNaN(n)) last = n;
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
    const saysSdk = SDK_WORD.test(name.toLowerCase());
    // An item that is a whole sentence (…。) names an SDK only if it says so.
    if (!saysSdk && rest[m[1]!.length] === '。') continue;
    const rec = record(doc, name, line.start, line, { purpose, vendor });
    if (rec) lists.at(-1)!.push({ rec, sdkish: saysSdk || Boolean(catalogFor(name)) });
  }
  return lists.flatMap(acceptRun);
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
