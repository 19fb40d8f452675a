// SDK lists laid out as tables: header + rows with cells kept apart, a table
// flattened one cell a line, and comma-separated cells on numbered lines.
import { LIST_MARKER, type PolicyText } from '../../text';
import { isPermissionLabel } from '../name';
import { linesOf, looksLikeSdkName, NAME_KEY, ORG_NAME, PURPOSE_KEY, record, VENDOR_KEY, type Line, type SdkRecord } from './record';

/**
 * Rows under a header row whose cells name the SDK column. A table whose
 * rows are mostly permissions (摄像头, 麦克风, Siri与搜索) lists permissions,
 * none of its rows an SDK.
 */
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
    const rows: SdkRecord[] = [];
    let permissions = 0;
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j]!;
      const cells = line.text.split(' | ').map((c) => c.trim());
      if (cells.length < 2) break;
      i = j;
      const name = cells[nameCol];
      if (!name || NAME_KEY.test(line.folded.split(' | ')[nameCol]?.trim() ?? '')) continue;
      if (isPermissionLabel(name)) permissions++;
      const rec = record(doc, name, line.start, line, {
        vendor: vendorCol >= 0 ? cells[vendorCol] || undefined : undefined,
        purpose: purposeCol >= 0 ? cells[purposeCol] || undefined : undefined,
      });
      if (rec) rows.push(rec);
    }
    if (permissions * 2 < rows.length + permissions) out.push(...rows);
  }
  return out;
}

// Header words of a table whose cells were flattened one a line.
const CELL_HEADER = /^(序号|名称|产品\/服务|涉及个人信息|第三方链接|sdk名称|sdk服务|第三方sdk|第三方名称|sdk|sdk类型|具体功能|功能|使用目的|用途|目的|客户端|平台|获取信息|收集信息|收集的信息|收集的个人信息|个人信息类型|数据类型|权限|所需权限|隐私权政策|隐私政策|隐私政策链接|官网链接|提供方|公司名称|第三方公司名称|sdk提供方|使用场景|场景|合作方|共享方式|共享信息|处理方式)$/;

/**
 * A table whose cells were flattened one a line: after a run of header
 * lines, the rows' names. When the vendor column comes right before the
 * name column, a row starts at a line that is a company's name and the next
 * line is the SDK's, whatever it looks like (MTP（ACE）, 应用宝); otherwise
 * the cells that look like SDK names (they say SDK, the catalog knows them,
 * or they are a Latin library name) are the names.
 */
export function fromCellLines(doc: PolicyText, isDataWord: (folded: string) => boolean): SdkRecord[] {
  const out: SdkRecord[] = [];
  const lines = linesOf(doc);
  const ends = (line: Line) => doc.sections.some((s) => s.start === line.start) || (line.folded.trim().length > 80 && /[。]/.test(line.folded));
  for (let i = 0; i < lines.length; i++) {
    let h = i;
    while (h < lines.length && CELL_HEADER.test(lines[h]!.folded.trim())) h++;
    const header = lines.slice(i, h).map((l) => l.folded.trim());
    if (h - i < 3 || !header.some((c) => NAME_KEY.test(c) || /sdk/.test(c))) continue;
    const nameCol = header.findIndex((c) => NAME_KEY.test(c));
    if (nameCol > 0 && VENDOR_KEY.test(header[nameCol - 1]!)) {
      let row: SdkRecord | undefined;
      for (i = h; i < lines.length - 1 && !ends(lines[i]!); i++) {
        const line = lines[i]!;
        if (row) row.span.end = line.end;
        if (ORG_NAME.exec(line.text.trim())?.[0] !== line.text.trim()) continue;
        const next = lines[++i]!;
        row = record(doc, next.text, next.start, { start: line.start, end: next.end }, { vendor: line.text.trim() });
        if (row) out.push(row);
      }
      continue;
    }
    for (let j = h; j < lines.length; j++) {
      const line = lines[j]!;
      const f = line.folded.trim();
      if (ends(line)) break;
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
 * ("1. iOS，刷脸SDK，CCBFaceAuthSDK，涉及用户面部信息，…，URL"): after the
 * platform come the kind of SDK and its library, which is the row's name (the
 * policy calls that cell the SDK's name); the kind links it to the catalog.
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
    const kind = cells[offset];
    if (!marker || cells.length < 4 || !kind || !(offset || /sdk/i.test(kind))) {
      flush();
      continue;
    }
    const library = cells[offset + 1];
    const name = library && LIBRARY.test(library) ? library : kind;
    const rec = record(doc, name, line.start + line.text.indexOf(name), line, name === kind ? {} : { kind });
    if (rec) run.push(rec);
  }
  flush();
  return out;
}
