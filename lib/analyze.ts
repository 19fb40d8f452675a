// analyzePolicy: text in, the one Analysis object out. Stages run in order:
// text → segment → tag (data, permissions) → sdk → sharing → necessary → risk → summary.
import { DATA_ITEMS } from './lexicon/dataItems';
import { PERMISSIONS } from './lexicon/permissions';
import { detectMeta } from './extract/meta';
import { getSegmenter } from './segment';
import { buildPolicyText } from './text';
import {
  buildTermIndex,
  contextReader,
  detectScript,
  findTermsOf,
  policyConfidence,
  POLICY_THRESHOLD,
  tagDataItems,
  tagPermissions,
  type TermHit,
} from './tag';
import { assess } from './risk';
import { extractSharing } from './sharing';
import { extractSdks, PROSE_ALIAS_INDEX } from './sdk';
import { checkNecessary } from './necessary';
import type { Analysis } from './types';

export interface AnalyzeOptions {
  title?: string;
  url?: string;
  fetchedAt?: string;
  /** heading lines the extractor saw (line text → level) */
  headings?: ReadonlyMap<string, number> | Record<string, number>;
  /** the app's type(s) as the person chose them (lib/necessary table ids); overrides the guess */
  appTypes?: readonly string[];
}

const dataIndex = buildTermIndex(DATA_ITEMS);
const permissionIndex = buildTermIndex(PERMISSIONS);
const USER_WORDS = [...dataIndex.terms.keys(), ...permissionIndex.terms.keys()];

/** Load the segmenter and our dictionary ahead of the first analysis. */
export async function warmUp(): Promise<void> {
  await getSegmenter(USER_WORDS);
}

/** A folded cell that names a data item or permission, e.g. "剪贴板" or "imei". */
const isDataWord = (folded: string): boolean => dataIndex.terms.has(folded) || permissionIndex.terms.has(folded);

const now = (): number => performance.now();

export async function analyzePolicy(input: string, options: AnalyzeOptions = {}): Promise<Analysis> {
  const segmenter = await getSegmenter(USER_WORDS);
  const t0 = now();
  const headings = options.headings instanceof Map ? options.headings : new Map(Object.entries(options.headings ?? {}));
  const doc = buildPolicyText(input, headings);
  const t1 = now();
  const tokens = segmenter.tokenize(doc.folded);
  const t2 = now();

  const context = contextReader(doc);
  const [dataHits, permissionHits, aliasHits] = findTermsOf(doc.folded, tokens, [dataIndex, permissionIndex, PROSE_ALIAS_INDEX]) as [
    TermHit[],
    TermHit[],
    TermHit[],
  ];
  const dataItems = tagDataItems(doc, dataHits, context);
  const permissions = tagPermissions(doc, permissionHits, context);
  const meta = detectMeta(doc, options.title);
  const script = detectScript(doc.text, doc.folded);
  const confidence = script === 'other' ? Math.min(0.2, policyConfidence(doc.folded)) : policyConfidence(doc.folded);

  const sdks = extractSdks(doc, tokens, dataHits, aliasHits, context, isDataWord, meta.company, meta.title);
  const source = {
    title: meta.title,
    url: options.url,
    fetchedAt: options.fetchedAt,
    chars: doc.text.length,
    script,
    isPolicy: confidence >= POLICY_THRESHOLD,
    policyConfidence: confidence,
    company: meta.company,
    updatedAt: meta.updatedAt,
    effectiveAt: meta.effectiveAt,
  };
  const partial = {
    schemaVersion: 1 as const,
    text: doc.text,
    source,
    sections: doc.sections.map(({ title, start, end }) => ({ title, start, end })),
    dataItems,
    permissions,
    sdks,
    sharing: extractSharing(doc, dataHits, context, {
      operator: meta.company,
      title: meta.title,
      sdks: sdks.map((s) => s.name),
      sdkVendors: sdks.flatMap((s) => s.vendor ?? []),
    }),
    necessary: checkNecessary({ doc, context, dataHits, permissionHits, dataItems, source, sdks, appTypes: options.appTypes }),
  };
  const { checks, risks, summary } = assess(doc, context, partial);
  const t3 = now();
  return {
    ...partial,
    checks,
    risks,
    summary,
    timings: {
      segmentMs: round(t2 - t1),
      classifyMs: round(t1 - t0 + t3 - t2),
      totalMs: round(t3 - t0),
    },
  };
}

const round = (ms: number): number => Math.round(ms * 10) / 10;
