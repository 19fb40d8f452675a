import { explainGrade, NOTICE_CAP } from '@/lib/risk/grade';
import type { Risk } from '@/lib/types';
import { KindTag } from './FindingList';
import { t } from './i18n';
import { findingWords } from './names';

export interface Props {
  risks: Risk[];
}

/** How the grade was reached: the findings that cost it points, and any cap (docs/GRADING.md). */
export function GradeBreakdown({ risks }: Props) {
  const g = explainGrade(risks);
  const charged = g.costs.filter((c) => c.risk.kind !== 'notice');
  const notices = g.costs.filter((c) => c.risk.kind === 'notice');
  return (
    <details class="grade-how" data-testid="grade-how">
      <summary>{t('gradeHow')}</summary>
      <p class="grade-how-line">{t('gradeScore', g.score)}</p>
      {g.cappedBy && <p class="grade-how-line grade-how-cap">{t('gradeCapped', g.cappedBy.highViolations, g.cappedBy.best)}</p>}
      {charged.length || notices.length ? (
        <ul class="grade-costs">
          {charged.map(({ risk, points }) => (
            <li key={risk.id}>
              <KindTag kind={risk.kind} />
              <span class="grade-cost-title">{findingWords(risk).title}</span>
              <span class="grade-cost-points">{t('gradePoints', points)}</span>
            </li>
          ))}
          {notices.length > 0 && (
            <li>
              <KindTag kind="notice" />
              <span class="grade-cost-title">{t('gradeNotices', notices.length, g.noticePoints, NOTICE_CAP)}</span>
              <span class="grade-cost-points">{t('gradePoints', Math.min(g.noticePoints, NOTICE_CAP))}</span>
            </li>
          )}
        </ul>
      ) : (
        <p class="grade-how-line">{t('gradeNothing')}</p>
      )}
    </details>
  );
}
