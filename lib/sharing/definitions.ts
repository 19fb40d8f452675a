// Organisations named through a definition: "关联公司：指…，例如A有限公司、
// B有限公司" or "我行业务合作方是指C有限责任公司". A sharing clause that says
// only 关联公司 shares with them (a reader is told who they are).
import type { PolicyText, Sentence } from '../text';
import type { RecipientKind } from '../types';
import { findOrgNames, isOperator, type OrgName } from '../org';

/** [pattern, kind, example]: the defined group word followed by 指 / 是指 / a colon. */
export const DEFINITION_RULES: readonly (readonly [pattern: RegExp, kind: RecipientKind, example: string])[] = [
  [
    /(?:关联(?:公司|方|企业|机构)|集团成员)[”"」』]?\s*(?:是指|系指|指的是|指|:)/,
    'affiliate',
    '示例平台关联方：指我们直接或间接控制的实体，如北京示例技术开发有限公司。',
  ],
  [/合作(?:方|机构|伙伴|单位)[”"」』]?\s*(?:是指|系指|指的是|指|:)/, 'partner', '我行业务合作方是指示例证券有限责任公司。'],
];

const ANY_DEFINITION = new RegExp(DEFINITION_RULES.map(([p]) => `(${p.source})`).join('|'), 'g');
/** (2) / （3） / 2、 / ② : a list item continuing the definition above it. */
const LIST_ITEM = /^\s*(?:[(（]\s*[0-9一二三四五六七八九十]{1,2}\s*[)）]|[0-9]{1,2}\s*[、.]|[①-⑩])/;
const MAX_ITEMS = 8;
/**
 * A name the definition measures others by is no member: 指某某控股有限公司（…）
 * 年报披露的关联公司 / 与某某公司存在控制关系的公司.
 */
const REFERENCE_AFTER = /^(?:\s*\([^)]{0,60}\))?(?:[^,;。]{0,16}?(?:年报|披露的|控制|共同控制|重大影响)|的(?:关联公司|关联方|子公司|附属公司))/;

export interface DefinedOrgs {
  kind: RecipientKind;
  names: OrgName[];
}

/** Named members of each defined group (affiliate / partner), in text order. */
export function definedOrgs(
  doc: PolicyText,
  operator: string | undefined,
  isSdkLine: (s: Sentence) => boolean,
  sentenceOf: (at: number) => Sentence | undefined,
): DefinedOrgs[] {
  // every definition head: where its names start, and its kind
  const heads: { sentence: Sentence; from: number; kind: RecipientKind }[] = [];
  ANY_DEFINITION.lastIndex = 0;
  for (let m = ANY_DEFINITION.exec(doc.folded); m; m = ANY_DEFINITION.exec(doc.folded)) {
    const sentence = sentenceOf(m.index);
    const rule = DEFINITION_RULES[m.slice(1).findIndex((g) => g !== undefined)];
    if (sentence && rule) heads.push({ sentence, from: m.index + m[0].length, kind: rule[1] });
  }
  const out = new Map<RecipientKind, OrgName[]>();
  const add = (kind: RecipientKind, s: Sentence, from: number, to: number): void => {
    if (isSdkLine(s)) return;
    const names = out.get(kind) ?? [];
    out.set(kind, names);
    for (const org of findOrgNames(doc, { start: from, end: to })) {
      if (!isOperator(org.name, operator) && !REFERENCE_AFTER.test(doc.folded.slice(org.end, org.end + 80))) names.push(org);
    }
  };
  heads.forEach((head, i) => {
    const next = heads[i + 1];
    // names between this head and the next one in the same sentence
    if (next && next.sentence.index === head.sentence.index) {
      add(head.kind, head.sentence, head.from, next.from);
      return;
    }
    add(head.kind, head.sentence, head.from, head.sentence.end);
    // then list items that continue it: （2）… （3）…
    const stop = Math.min(doc.sentences.length, head.sentence.index + 1 + MAX_ITEMS, next?.sentence.index ?? Infinity);
    for (let k = head.sentence.index + 1; k < stop; k++) {
      const s = doc.sentences[k]!;
      if (!LIST_ITEM.test(doc.folded.slice(s.start, s.start + 8))) break;
      add(head.kind, s, s.start, s.end);
    }
  });
  return [...out].map(([kind, names]) => ({ kind, names }));
}
