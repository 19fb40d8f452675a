// The compare page: two analyses from the history side by side. Two sites:
// each named with its grade and headline, the questions a person asks when
// choosing, then what only one side has. Two versions of one page: what
// changed first, in meaning and in text. Opened as ?left=<id>[&right=<id>].
import { useEffect, useMemo, useState } from 'preact/hooks';
import { ChangesView } from '@/components/ChangesView';
import { ComparisonView, type Rename } from '@/components/ComparisonView';
import { appTypeName, checkName, dataItemName, findingWords, headlineOf, permissionName } from '@/components/names';
import { GRADE_COLORS } from '@/components/gradeColors';
import { QuestionGrid } from '@/components/QuestionGrid';
import { t, useLocale } from '@/components/i18n';
import { answerQuestions, changesBetween, compareAnalyses, textDiff } from '@/lib/compare';
import type { Analysis } from '@/lib/types';
import { listHistory, readAnalysis, versionsOf, type HistoryEntry } from '../popup/storage';

/** "site · title · date": what a picker and a column header call one analysis. */
const nameOf = (e: HistoryEntry): string => [e.site, e.title].filter(Boolean).join(' · ') || e.url || e.id;
const dateOf = (e: HistoryEntry): string => new Date(e.analysedAt).toLocaleDateString();

function SideCard({ entry, analysis, testId }: { entry: HistoryEntry; analysis: Analysis; testId: string }) {
  return (
    <div class="side-card" data-testid={testId}>
      <span class="history-grade" style={{ background: GRADE_COLORS[analysis.summary.grade] }} title={t('gradeLabel')}>
        {analysis.summary.grade}
      </span>
      <div>
        <p class="side-name" data-policy-text>
          {nameOf(entry)}
        </p>
        <p class="side-meta">
          {[analysis.source.company, analysis.source.updatedAt && t('updatedOn', analysis.source.updatedAt), t('analysedOn', dateOf(entry))].filter(Boolean).join(' · ')}
        </p>
        <p class="side-headline">{headlineOf(analysis)}</p>
        {analysis.necessary && (
          <p class="side-meta" data-testid={`${testId}-type`}>
            {t('compareAppType', analysis.necessary.types.filter((type) => type.chosen).map((type) => appTypeName(type.id, type.name)).join(t('listSeparator')) || t('appTypeUnknown'))}
          </p>
        )}
      </div>
    </div>
  );
}

export function App() {
  useLocale();
  document.title = `${t('extName')} · ${t('compareTitle')}`;
  const [entries, setEntries] = useState<HistoryEntry[]>();
  const [left, setLeft] = useState<string>();
  const [right, setRight] = useState<string>();
  const [analyses, setAnalyses] = useState<Record<string, Analysis | null>>({});

  useEffect(() => {
    void (async () => {
      const listed = await listHistory();
      const params = new URLSearchParams(location.search);
      const wantLeft = params.get('left') ?? undefined;
      const wantRight = params.get('right') ?? undefined;
      // An analysis kept while history is off is not listed, but may still be asked for.
      const extra = (await Promise.all([wantLeft, wantRight].map(async (id) => (id && !listed.some((e) => e.id === id) ? findEntry(id) : undefined)))).filter(
        (e): e is HistoryEntry => !!e,
      );
      const all = [...listed, ...extra];
      setEntries(all);
      const first = all.find((e) => e.id === wantLeft)?.id ?? all[0]?.id;
      setLeft(first);
      setRight(all.find((e) => e.id === wantRight)?.id ?? all.find((e) => e.id !== first)?.id);
    })();
  }, []);

  useEffect(() => {
    for (const id of [left, right]) {
      if (id && !(id in analyses)) void readAnalysis(id).then((a) => setAnalyses((known) => ({ ...known, [id]: a })));
    }
  }, [left, right]);

  const l = entries?.find((e) => e.id === left);
  const r = entries?.find((e) => e.id === right);
  const a = left ? analyses[left] : undefined;
  const b = right ? analyses[right] : undefined;
  const sameUrl = !!l?.url && l.url === r?.url;
  const view = useMemo(() => {
    if (!a || !b) return undefined;
    // Versions read oldest first, whichever side they were picked on.
    const [before, after] = l && r && l.analysedAt > r.analysedAt ? [b, a] : [a, b];
    return {
      comparison: compareAnalyses(a, b),
      questions: [answerQuestions(a), answerQuestions(b)] as const,
      changes: sameUrl ? { changes: changesBetween(before, after), diff: textDiff(before, after) } : undefined,
    };
  }, [a, b, sameUrl]);

  if (!entries) return null;
  const rename = renamer([a, b]);
  const picker = (value: string | undefined, set: (id: string) => void, testId: string, label: string) => (
    <select class="field compare-select" data-testid={testId} aria-label={label} value={value} data-policy-text onChange={(e) => set((e.target as HTMLSelectElement).value)}>
      {entries.map((e) => (
        <option key={e.id} value={e.id}>
          {`${nameOf(e)} — ${dateOf(e)} (${e.grade})`}
        </option>
      ))}
    </select>
  );
  return (
    <main class="compare">
      <h1 class="compare-title">{t('compareTitle')}</h1>
      {entries.length < 2 ? (
        <p class="empty-note" data-testid="compare-empty">
          {t('compareNeedsTwo')}
        </p>
      ) : (
        <>
          <div class="compare-pickers">
            {picker(left, setLeft, 'compare-left', t('compareLeftLabel'))}
            <span class="compare-vs" aria-hidden="true">
              ↔
            </span>
            {picker(right, setRight, 'compare-right', t('compareRightLabel'))}
          </div>
          {l && r && a && b && view && (
            <>
              <div class="side-cards">
                <SideCard entry={l} analysis={a} testId="side-left" />
                <SideCard entry={r} analysis={b} testId="side-right" />
              </div>
              {view.changes && <ChangesView changes={view.changes.changes} diff={view.changes.diff} />}
              <QuestionGrid left={view.questions[0]} right={view.questions[1]} leftName={nameOf(l)} rightName={nameOf(r)} />
              <ComparisonView comparison={view.comparison} leftName={nameOf(l)} rightName={nameOf(r)} rename={rename} />
            </>
          )}
          {((left && analyses[left] === null) || (right && analyses[right] === null)) && <p class="warning-note">{t('compareMissing')}</p>}
        </>
      )}
    </main>
  );
}

/** The comparison's rows carry the analyses' Chinese labels: find each one's id to name it in the reader's language. */
function renamer(analyses: (Analysis | null | undefined)[]): Rename {
  const names = new Map<string, string>();
  for (const a of analyses) {
    if (!a) continue;
    for (const d of a.dataItems) names.set(`data:${d.label}`, dataItemName(d));
    for (const p of a.permissions) names.set(`permission:${p.label}`, permissionName(p));
    for (const c of a.checks) names.set(`check:${c.title}`, checkName(c));
    for (const r of a.risks) names.set(`finding:${r.title}`, findingWords(r).title);
  }
  const kind: Record<string, string> = { collected: 'data', sensitive: 'data', permissions: 'permission', checks: 'check', violations: 'finding', gaps: 'finding', notices: 'finding' };
  return (row, label) => names.get(`${kind[row]}:${label}`) ?? label;
}

/** An entry by id among every kept analysis, listed or not. */
async function findEntry(id: string): Promise<HistoryEntry | undefined> {
  const analysis = await readAnalysis(id);
  if (!analysis?.source.url) return undefined;
  return (await versionsOf(analysis.source.url)).find((e) => e.id === id);
}
