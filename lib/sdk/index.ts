// SDK stage: records from every list layout, plus catalog SDKs named in
// prose, merged into one entry per SDK and linked to the catalog.
import type { Evidence, SdkTag, Span } from '../types';
import type { Token } from '../segment';
import { evidenceFor, sentenceOf, type PolicyText } from '../text';
import type { ContextReader, TermHit } from '../tag';
import type { SdkCatalogEntry } from './catalog';
import { nameKey, productKey } from '../org';
import { aliasKeys, catalogEntry, catalogFor, containsAlias } from './match';
import { fromCellLines, fromCommaRows, fromFieldBlocks, fromFlattenedRows, fromNumberedProse, fromProse, fromPurposeLists, fromTableRows, type SdkRecord } from './layouts';

export { SDK_CATALOG, catalogById, type SdkCatalogEntry, type SdkCategory } from './catalog';
export { catalogFor, PROSE_ALIAS_INDEX } from './match';

// A sentence that speaks of third-party code: a catalog SDK named here is in use.
const SDK_CONTEXT = /sdk|插件|接入|集成|嵌入|第三方|服务商|合作方|提供商|技术服务|统计|推送|登录|分享|地图|定位|广告|支付/;
// Payment methods are offered to the user by name (您可以选择微信支付、QQ钱包…):
// only code words make one an SDK.
const STRONG_CONTEXT = /sdk|插件|接入|集成|嵌入|服务商|技术服务|工具包/;

/**
 * Whether the words around a catalog name, not the name itself (Apple ID登录
 * says 登录), speak of third-party code: in its sentence, or for a payment
 * method in its own clause (您可选择支付方式（如微信支付）is a choice offered,
 * not code, even when the next clause speaks of an SDK).
 */
function speaksOfCode(folded: string, around: Span, hit: Span, context: RegExp): boolean {
  return context.test(folded.slice(around.start, hit.start) + ' ' + folded.slice(hit.end, around.end));
}


/** Two names of one catalog SDK written with one of its aliases (广点通SDK, 广点通广告联盟). */
function shareAlias(entry: SdkCatalogEntry, a: string, b: string): boolean {
  return aliasKeys(entry).some((alias) => containsAlias(a, alias) && containsAlias(b, alias));
}

interface Merged {
  tag: SdkTag;
  key: string;
  /** which list layout read it; none for a name in prose */
  layout?: number;
}

function dataItemsIn(span: { start: number; end: number }, dataHits: readonly TermHit[]): string[] {
  const ids = new Set<string>();
  for (const hit of dataHits) if (hit.start >= span.start && hit.end <= span.end) ids.add(hit.id);
  return [...ids];
}

function evidenceOf(doc: PolicyText, rec: SdkRecord): Evidence {
  const sentence = sentenceOf(doc, rec.nameSpan.start) ?? rec.span;
  return evidenceFor(doc, sentence, rec.nameSpan);
}

/**
 * @param isDataWord whether a folded cell names a data item or permission
 *   (such cells in a flattened table are values, not SDK names)
 * @param operator the policy's own company: its products are not third-party SDKs
 * @param title the policy's title, whose product is not a third-party SDK either
 */
export function extractSdks(
  doc: PolicyText,
  tokens: readonly Token[],
  dataHits: readonly TermHit[],
  /** catalog names found over the tokens (PROSE_ALIAS_INDEX), in the same pass as the lexicons */
  aliasHits: readonly TermHit[],
  context: ContextReader,
  isDataWord: (folded: string) => boolean,
  operator?: string,
  title?: string,
): SdkTag[] {
  const layouts = [
    fromTableRows(doc),
    fromFieldBlocks(doc),
    fromNumberedProse(doc),
    fromFlattenedRows(doc),
    fromCellLines(doc, isDataWord),
    fromPurposeLists(doc),
    fromCommaRows(doc),
  ];
  const records = layouts.flatMap((recs, layout) => recs.map((rec) => ({ ...rec, layout }))).sort((a, b) => a.nameSpan.start - b.nameSpan.start);

  const merged: Merged[] = [];
  // One SDK written twice: same name, one name starting the other (魅族 /
  // 魅族推送, firebase / FirebaseCloudMessaging), or one inside the other;
  // but two rows of one list are two SDKs (CCBPaySDK, CCBPaySDK_v1.0.jar).
  const same = (a: string, b: string) =>
    a === b || (Math.min(a.length, b.length) >= 2 && (a.startsWith(b) || b.startsWith(a))) || (a.length >= 4 && b.length >= 4 && (containsAlias(a, b) || containsAlias(b, a)));
  const find = (key: string, layout?: number) => merged.find((m) => m.key === key || ((layout === undefined || m.layout !== layout) && same(m.key, key)));

  for (const rec of records) {
    const key = nameKey(rec.name);
    const existing = find(key, rec.layout);
    if (existing) {
      existing.tag.vendor ??= rec.vendor;
      existing.tag.purpose ??= rec.purpose;
      continue;
    }
    const entry = catalogFor(rec.name) ?? (rec.kind ? catalogFor(rec.kind) : undefined);
    merged.push({
      key,
      layout: rec.layout,
      tag: {
        name: rec.name,
        vendor: rec.vendor ?? entry?.vendor,
        purpose: rec.purpose ?? rec.kind,
        dataItems: dataItemsIn(rec.span, dataHits),
        catalogId: entry?.id,
        category: entry?.category,
        evidence: [evidenceOf(doc, rec)],
      },
    });
  }

  // the product the policy is for: its own brand is not a third-party SDK
  const brand = productKey(title);
  // "<name>SDK" in running text, when no list already has it (by name or
  // catalog entry) and it is not the policy's own product's
  for (const rec of fromProse(doc, tokens)) {
    const key = nameKey(rec.name);
    const entry = catalogFor(rec.name);
    if (find(key) || (entry && merged.some((m) => m.tag.catalogId === entry.id && shareAlias(entry, key, m.key))) || (brand.length >= 2 && key.includes(brand))) continue;
    if (records.some((r) => r.span.start <= rec.nameSpan.start && rec.nameSpan.end <= r.span.end)) continue;
    merged.push({
      key,
      tag: { name: rec.name, vendor: rec.vendor ?? entry?.vendor, dataItems: [], catalogId: entry?.id, category: entry?.category, evidence: [evidenceOf(doc, rec)] },
    });
  }

  const operatorKey = operator ? nameKey(operator) : '';
  for (const hit of aliasHits) {
    const entry = catalogEntry(hit.id)!;
    if (operatorKey && nameKey(entry.vendor) === operatorKey) continue;
    if (brand.length >= 2 && nameKey(hit.term).includes(brand)) continue;
    if (merged.some((m) => m.tag.catalogId === entry.id)) continue;
    // inside a list record, a catalog name describes that record (…华为云服务…)
    if (records.some((r) => r.span.start <= hit.start && hit.end <= r.span.end)) continue;
    const sentence = sentenceOf(doc, hit.start);
    if (!sentence) continue;
    const payment = entry.category === 'payment';
    const around = payment ? context.clause(sentence, hit.start) : sentence;
    if (!speaksOfCode(doc.folded, around, hit, payment ? STRONG_CONTEXT : SDK_CONTEXT)) continue;
    const name = doc.text.slice(hit.start, hit.end);
    if (find(nameKey(name))) continue;
    merged.push({
      key: nameKey(name),
      tag: {
        name,
        vendor: entry.vendor,
        dataItems: [],
        catalogId: entry.id,
        category: entry.category,
        evidence: [evidenceFor(doc, sentence, hit)],
      },
    });
  }
  return merged.map((m) => m.tag);
}
