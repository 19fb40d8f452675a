import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from './i18n';

export type LoadingStep = 'reading' | 'segmenter' | 'analysing';

export interface Props {
  step: LoadingStep;
  /** when the analysis gives up; the time spent is shown once it is long enough to wonder about */
  deadlineSeconds?: number;
}

const STEPS: { step: LoadingStep; label: MessageKey; now: MessageKey }[] = [
  { step: 'reading', label: 'stepReading', now: 'nowReading' },
  { step: 'segmenter', label: 'stepSegmenter', now: 'nowPreparing' },
  { step: 'analysing', label: 'stepAnalysing', now: 'nowAnalysing' },
];

// Under this many seconds a count would only flicker.
const SHOW_ELAPSED_AFTER = 2;

/** Steps done, current and to come, over a bar that moves on the compositor; after a while, the seconds spent and the bound. */
export function Loading({ step, deadlineSeconds }: Props) {
  const current = STEPS.findIndex((s) => s.step === step);
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 500);
    return () => clearInterval(timer);
  }, []);
  return (
    <div class="loading" data-testid="loading" role="status" aria-label={t('loadingLabel')}>
      <p class="loading-now">{t(STEPS[current]!.now)}</p>
      <div class="progress">
        <div class="progress-bar" />
      </div>
      <ol class="steps">
        {STEPS.map((s, i) => (
          <li key={s.step} class={i < current ? 'step-done' : i === current ? 'step-current' : 'step-todo'}>
            {t(s.label)}
          </li>
        ))}
      </ol>
      {deadlineSeconds !== undefined && seconds >= SHOW_ELAPSED_AFTER && (
        <p class="elapsed" data-testid="elapsed">
          {t('elapsed', seconds, deadlineSeconds)}
        </p>
      )}
    </div>
  );
}
