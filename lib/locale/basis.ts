// The legal basis of a finding, in English. Rules cite in Chinese
// (findings.md "Legal sources"): citations apart by ；, each a source and
// its provisions: 《个人信息保护法》第十七条、第十九条; 认定方法 六.3、六.5;
// GB/T 35273-2020 附录D. Sources get their usual English names and Chinese
// numerals become digits (the Identification Method's categories, Roman).
import { numberIn } from '../text/numbers';

/** [how the source is written, its English name]; 中华人民共和国 is dropped first */
const SOURCES: readonly (readonly [RegExp, string])[] = [
  [/^《?(?:个人信息保护法|个保法)》?/, 'PIPL'],
  [/^《?(?:App违法违规收集使用个人信息行为认定方法|认定方法)》?/i, 'Identification Method'],
  [/^《?(?:常见类型移动互联网应用程序必要个人信息范围规定|必要个人信息范围规定)》?/, 'Necessary PI Provisions'],
  [/^(?:GB\/T\s*35273-2020\s*(?:《信息安全技术\s*个人信息安全规范》)?|《信息安全技术\s*个人信息安全规范》)/, 'GB/T 35273-2020'],
  [/^《?(?:网络安全法)》?/, 'Cybersecurity Law'],
  [/^《?(?:数据安全法)》?/, 'Data Security Law'],
  [/^《?(?:儿童个人信息网络保护规定)》?/, 'Provisions on the Cyber Protection of Children’s Personal Information'],
  [/^《?(?:未成年人保护法)》?/, 'Law on the Protection of Minors'],
  [/^《?(?:消费者权益保护法)》?/, 'Consumer Rights Protection Law'],
  [/^《?(?:民法典)》?/, 'Civil Code'],
];

const NUMERAL = '[零〇一二两三四五六七八九十百千]+';

const ROMAN: readonly (readonly [number, string])[] = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
function roman(n: number): string {
  let out = '';
  for (const [value, letters] of ROMAN) for (; n >= value; n -= value) out += letters;
  return out;
}

const ARTICLE = new RegExp(`^第(${NUMERAL}|\\d+)条(?:第(${NUMERAL}|\\d+)款)?(?:第(${NUMERAL}|\\d+)项)?$`);
/** the Identification Method's category (一…六) and item: 三.4 */
const CATEGORY = new RegExp(`^(${NUMERAL})(?:[.．](\\d+))?$`);

/** one provision: 第十三条第一款 → Art. 13(1); 三.4 → III.4; 附录D → Appendix D */
function provision(ref: string): string {
  const article = ARTICLE.exec(ref);
  if (article) {
    const [, art, para, item] = article;
    return `${numberIn(art!)}${para ? `(${numberIn(para)})` : ''}${item ? `(${numberIn(item)})` : ''}`;
  }
  const category = CATEGORY.exec(ref);
  if (category) return `${roman(numberIn(category[1]!))}${category[2] ? `.${category[2]}` : ''}`;
  return ref.replace(/^附录\s*/, 'Appendix ');
}

function citation(text: string): string {
  const cited = text.trim().replace(/^《?中华人民共和国/, (m) => (m.startsWith('《') ? '《' : ''));
  const source = SOURCES.find(([pattern]) => pattern.test(cited));
  const name = source ? source[1] : '';
  const rest = source ? cited.replace(source[0], '').trim() : cited;
  if (!rest) return name;
  const refs = rest.split(/[、,，]\s*/).filter(Boolean);
  const articles = refs.every((r) => ARTICLE.test(r));
  const listed = refs.map(provision).join(', ');
  const shown = articles ? `${refs.length > 1 ? 'Arts.' : 'Art.'} ${listed}` : listed;
  return name ? `${name} ${shown}` : shown;
}

/** 《个人信息保护法》第十四条；认定方法 三.4 → PIPL Art. 14; Identification Method III.4 */
export function basisInEnglish(basis: string): string {
  return basis
    .split(/[；;]/)
    .filter((part) => part.trim())
    .map(citation)
    .join('; ');
}
