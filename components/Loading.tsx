import { t } from './i18n';

export type LoadingStep = 'reading' | 'segmenter' | 'analysing';

export interface Props {
  step: LoadingStep;
}

const STEPS: { step: LoadingStep; label: 'stepReading' | 'stepSegmenter' | 'stepAnalysing' }[] = [
  { step: 'reading', label: 'stepReading' },
  { step: 'segmenter', label: 'stepSegmenter' },
  { step: 'analysing', label: 'stepAnalysing' },
];

/** Steps done, current and to come, over a bar that moves on the compositor (it keeps moving while jieba blocks the thread). */
export function Loading({ step }: Props) {
  const current = STEPS.findIndex((s) => s.step === step);
  return (
    <div class="loading" data-testid="loading" role="status" aria-label={t('loadingLabel')}>
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
    </div>
  );
}
