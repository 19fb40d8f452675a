// SDK lists laid out as tables: header + rows with cells kept apart, a table
// flattened one cell a line, and comma-separated cells on numbered lines.
import type { PolicyText } from '../../text';
import { linesOf, LIST_MARKER, looksLikeSdkName, NAME_KEY, PURPOSE_KEY, record, VENDOR_KEY, type SdkRecord } from './record';

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

// Header words of a table whose cells were flattened one a line.
const CELL_HEADER = /^(序号|名称|sdk名称|sdk服务|第三方sdk|第三方名称|sdk|sdk类型|具体功能|功能|使用目的|用途|目的|客户端|平台|获取信息|收集信息|收集的信息|收集的个人信息|个人信息类型|数据类型|权限|所需权限|隐私权政策|隐私政策|隐私政策链接|官网链接|提供方|公司名称|第三方公司名称|sdk提供方|使用场景|场景|合作方|共享方式|共享信息|处理方式)$/;

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
