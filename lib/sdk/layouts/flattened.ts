// A table flattened into one line with no separators between cells.
import type { Span } from '../../types';
import type { PolicyText } from '../../text';
import { catalogFor } from '../match';
import { linesOf, ORG_NAME, record, type SdkRecord } from './record';

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
