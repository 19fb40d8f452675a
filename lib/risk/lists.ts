// Lists of cases a policy sets apart: where consent is not needed, and where
// a rights request will not be answered. Their items are read on their own
// (exceptions_beyond_law, refuses_requests), and a practice named only as an
// item of such a list is not a practice of its own (public_disclosure).
import { sentenceAt, type PolicyText } from '../text';

export type ListKind = 'consent_exceptions' | 'request_refusals';

interface Header {
  kind: ListKind;
  pattern: RegExp;
  example: string;
}

export const LIST_HEADERS: readonly Header[] = [
  {
    kind: 'request_refusals',
    pattern: /(以下|下列)(情形|情况)[^。]{0,24}(无法|不能|可能无法|将无法|不予|不会)(响应|回应|满足|执行|受理)|(无法|不能|不予)(响应|回应|满足)[^。]{0,12}(以下|下列)/,
    example: '在以下情形中，我们将无法响应您的请求：',
  },
  {
    kind: 'consent_exceptions',
    pattern:
      /(无需|无须|不需要|不必|不经|无需另行|无需事先)[^。]{0,8}(征得|取得|获得|征求|经过|经)?[^。]{0,6}(同意|授权)|除(以下|下列)(情形|情况)外|(以下|下列)(情形|情况)(中[^。]{0,20})?除外|不受[^。]{0,10}(同意|授权)[^。]{0,4}(约束|限制)/,
    example: '在以下情形中，我们收集、使用您的个人信息无需征得您的授权同意：',
  },
];

// A list item: numbered or bulleted, or a short clause ending in 的 (与国家安全有关的；).
const ITEM = /^\s*(?:[(（]?[\d一二三四五六七八九十]{1,3}[)）、.．]|[•·●○◆■▪\-–*]|[a-z][.)、])|的[;。]?$/;
const NUMBERED = /^\s*[(（]?[\d一二三四五六七八九十]{1,3}[)）、.．]/;
const MAX_ITEMS = 16;
const MAX_ITEM_CHARS = 120;

// the header patterns as global scans, built once (listZones runs on every analysis)
const HEADER_SCANS = LIST_HEADERS.map(({ kind, pattern }) => [new RegExp(pattern.source, 'g'), kind] as const);

/** For each sentence inside such a list (its header and its items), the kind of list. */
export function listZones(doc: PolicyText): Map<number, ListKind> {
  const zones = new Map<number, ListKind>();
  const starts = new Set(doc.sections.map((sec) => sec.start));
  const { sentences, folded } = doc;
  // headers found by one pass of each pattern over the text, not a test per sentence
  const headers = new Map<number, ListKind>();
  for (const [re, kind] of HEADER_SCANS) {
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      const sentence = sentenceAt(sentences, m.index);
      if (sentence && !headers.has(sentence.index)) headers.set(sentence.index, kind);
    }
  }
  for (const [i, kind] of [...headers].sort((a, b) => a[0] - b[0])) {
    if (zones.has(i)) continue;
    zones.set(i, kind);
    for (let j = i + 1; j < sentences.length && j <= i + MAX_ITEMS; j++) {
      const item = sentences[j]!;
      const itemText = folded.slice(item.start, item.end);
      // a heading that is no numbered item closes the list
      if (itemText.length > MAX_ITEM_CHARS || !ITEM.test(itemText) || (starts.has(item.start) && !NUMBERED.test(itemText))) break;
      zones.set(j, kind);
    }
  }
  return zones;
}
