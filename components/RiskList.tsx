import type { Level, Risk } from '@/lib/types';
import { Finding } from './Finding';
import { t } from './i18n';

export interface Props {
  risks: Risk[];
}

const LEVELS: Level[] = ['high', 'medium', 'low', 'info'];

export function LevelPill({ level }: { level: Level }) {
  return <span class={`level level-${level}`}>{t(`level_${level}`)}</span>;
}

/** Risks, most serious first. */
export function RiskList({ risks }: Props) {
  if (!risks.length) return <p class="empty-note">{t('noRisks')}</p>;
  const sorted = LEVELS.flatMap((level) => risks.filter((r) => r.level === level));
  return (
    <div class="findings">
      {sorted.map((risk) => (
        <Finding key={risk.id} class={`risk risk-${risk.level}`} marker={<LevelPill level={risk.level} />} title={risk.title} evidence={risk.evidence}>
          <p class="finding-detail">{risk.detail}</p>
          {risk.basis && (
            <p class="finding-basis">
              {t('basis')}：{risk.basis}
            </p>
          )}
        </Finding>
      ))}
    </div>
  );
}
