// The popup: resolve what to analyse, run it, show one of the states.
import { useCallback, useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { LoadingStep } from '@/components/Loading';
import { Loading } from '@/components/Loading';
import { LocateContext } from '@/components/locate';
import { Notice } from '@/components/Notice';
import { ResultView } from '@/components/ResultView';
import { getLocale, t, useLocale } from '@/components/i18n';
import { headlineOf } from '@/components/names';
import type { Analysis, Evidence } from '@/lib/types';
import { showGradeBadge } from './badge';
import { highlightInPage, UnreadablePage } from './page';
import { analyse, type Outcome } from './run';
import { openCompare, openHistory } from './open';
import { chooseAppType, readAnalysis } from './storage';
import { resolveTarget, type Target } from './target';
import { AnalysisTimeout, DEADLINE_MS } from './worker';


/** What changed in meaning since the page's previous version, once its analysis is read. */
function useChangeSummary(previousId: string | undefined, analysis: Analysis | undefined, locale: string): string | undefined {
  const [summary, setSummary] = useState<string>();
  useEffect(() => {
    setSummary(undefined);
    if (!previousId || !analysis) return;
    let live = true;
    void readAnalysis(previousId).then(async (before) => {
      if (!before || !live) return;
      const { changesBetween, changeSummary } = await import('@/lib/compare');
      if (live) setSummary(changeSummary(changesBetween(before, analysis), getLocale()));
    });
    return () => void (live = false);
  }, [previousId, analysis, locale]);
  return summary;
}

type State =
  | { kind: 'loading'; step: LoadingStep }
  | { kind: 'unreadable'; reason: UnreadablePage['reason'] }
  | { kind: 'error'; message: string }
  | { kind: 'timeout'; seconds: number }
  | ({ kind: 'done'; target: Target } & Outcome);

export function App() {
  const locale = useLocale();
  const [state, setState] = useState<State>({ kind: 'loading', step: 'reading' });
  // "Analyse anyway" on a page that does not look like a policy.
  const [forced, setForced] = useState(false);

  /** Analyse `known` (a re-analysis keeps what was analysed), else what the popup was opened for. */
  const run = useCallback(async (useCache: boolean, known?: Target) => {
    setState({ kind: 'loading', step: 'reading' });
    try {
      const target = known ?? (await resolveTarget());
      const outcome = await analyse(target, (step) => setState({ kind: 'loading', step }), useCache);
      setState({ kind: 'done', target, ...outcome });
      if (target.tabId !== undefined) await showGradeBadge(target.tabId, outcome.analysis).catch(() => undefined);
    } catch (error) {
      if (error instanceof UnreadablePage) setState({ kind: 'unreadable', reason: error.reason });
      else if (error instanceof AnalysisTimeout) setState({ kind: 'timeout', seconds: error.seconds });
      else setState({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }, []);

  // Layout effect: start before the first paint, not a frame after it.
  useLayoutEffect(() => void run(true), [run]);
  // Effects run after the browser painted: the result is on screen.
  useEffect(() => {
    if (state.kind === 'done') performance.mark('zhiqing:shown');
  }, [state]);

  const done = state.kind === 'done' ? state : undefined;
  const changeSummary = useChangeSummary(done?.previous?.id, done?.analysis, locale);
  const tabId = done?.target.tabId;
  const locate = useCallback(
    async ({ quote, start, match }: Evidence) => {
      if (tabId === undefined) return 'unavailable' as const;
      const term = match ? quote.slice(match.start - start, match.end - start) : undefined;
      return highlightInPage(tabId, quote, term);
    },
    [tabId],
  );

  // One live region, there from the first frame: screen readers announce what it says when the result arrives.
  return (
    <>
      <div class="visually-hidden" aria-live="polite" data-testid="announce">
        {state.kind === 'done' ? t('resultAnnounce', state.analysis.summary.grade, headlineOf(state.analysis)) : ''}
      </div>
      {view()}
    </>
  );

  function view() {
    switch (state.kind) {
      case 'loading':
        return <Loading step={state.step} deadlineSeconds={DEADLINE_MS / 1000} />;
      case 'unreadable':
        return (
          <Notice
            testId={`unreadable-${state.reason}`}
            title={t(state.reason === 'empty' ? 'emptyTitle' : 'restrictedTitle')}
            body={t(state.reason === 'empty' ? 'emptyBody' : 'restrictedBody')}
            hint={t('selectHint')}
          />
        );
      case 'error':
        return (
          <Notice testId="error" title={t('errorTitle')} body={state.message}>
            <button type="button" class="button" onClick={() => run(false)}>
              {t('retry')}
            </button>
          </Notice>
        );
      case 'timeout':
        return (
          <Notice testId="timeout" title={t('timeoutTitle', state.seconds)} body={t('timeoutBody')} hint={t('selectHint')}>
            <button type="button" class="button" onClick={() => run(false)}>
              {t('retry')}
            </button>
          </Notice>
        );
      case 'done':
        if (!state.analysis.source.isPolicy && !forced) {
          return (
            <Notice testId="not-policy" title={t('notPolicyTitle')} body={t('notPolicyBody')} hint={state.analysis.source.title}>
              <button type="button" class="button" onClick={() => setForced(true)}>
                {t('analyseAnyway')}
              </button>
            </Notice>
          );
        }
        return (
          <LocateContext.Provider value={locate}>
            <ResultView
              analysis={state.analysis}
              cached={state.cached}
              fromSelection={state.target.fromSelection}
              truncated={state.truncated}
              onReanalyse={() => run(false, state.target)}
              onCompare={state.entry ? () => openCompare(state.entry!.id) : undefined}
              onHistory={openHistory}
              onChooseAppType={(types) => void chooseAppType(state.target.url, types).then(() => run(true, state.target))}
              change={
                state.previous && state.entry
                  ? { since: state.previous.analysedAt, summary: changeSummary, onShow: () => openCompare(state.previous!.id, state.entry!.id) }
                  : undefined
              }
            />
          </LocateContext.Provider>
        );
    }
  }
}
