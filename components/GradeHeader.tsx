import type { Analysis } from '@/lib/types';
import { GRADE_COLORS } from './gradeColors';
import { t } from './i18n';
import { headlineOf } from './names';

export interface Props {
  analysis: Analysis;
  cached: boolean;
  fromSelection: boolean;
}

export function GradeHeader({ analysis, cached, fromSelection }: Props) {
  const { summary, source } = analysis;
  const meta = [
    source.company ?? source.title,
    source.updatedAt && t('metaUpdated', source.updatedAt),
    t('metaChars', source.chars.toLocaleString()),
    fromSelection && t('fromSelection'),
    cached && t('fromCache'),
  ].filter(Boolean);
  return (
    <header class="grade-header" data-testid="result">
      <div class="grade" data-testid="grade" style={{ background: GRADE_COLORS[summary.grade] }} aria-label={`${t('gradeLabel')} ${summary.grade}`}>
        {summary.grade}
      </div>
      <div class="grade-text">
        <h1 class="headline" id="result-headline">{headlineOf(analysis)}</h1>
        <p class="meta">{meta.join(' · ')}</p>
      </div>
    </header>
  );
}
