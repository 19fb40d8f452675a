import type { Level, Risk } from '@/lib/types';
import { Finding } from './Finding';
import { t } from './i18n';

export interface Props {
  risks: Risk[];
}

function LevelPill({ level }: { level: Level }) {
  return <span class={`level level-${level}`}>{t(`level_${level}`)}</span>;
}

/** Violation / gap / notice in words, beside the level: the kind never rests on colour. */
export function KindTag({ kind }: { kind: Risk['kind'] }) {
  return <span class={`kind kind-${kind}`}>{t(`kind_${kind}`)}</span>;
}

/** Findings in the order lib/risk gives them (violations, gaps, notices; most serious first). */
export function FindingList({ risks }: Props) {
  return (
    <div class="findings">
      {risks.map((risk) => (
        <Finding
          key={risk.id}
          class={`risk risk-${risk.kind} risk-${risk.level}`}
          marker={
            <>
              <KindTag kind={risk.kind} />
              <LevelPill level={risk.level} />
            </>
          }
          title={risk.title}
          aside={risk.basis}
          evidence={risk.evidence}
          testId={`finding-${risk.id}`}
        >
          <p class="finding-detail">{risk.detail}</p>
        </Finding>
      ))}
    </div>
  );
}
