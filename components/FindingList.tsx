import type { Level, Risk } from '@/lib/types';
import { Finding } from './Finding';
import { useRoving } from './useRoving';
import { t } from './i18n';
import { findingWords } from './names';

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
  const roving = useRoving<HTMLDivElement>(':scope > details > summary');
  return (
    <div class="findings" ref={roving}>
      {risks.map((risk) => {
        const words = findingWords(risk);
        return (
        <Finding
          key={risk.id}
          class={`risk risk-${risk.kind} risk-${risk.level}`}
          marker={
            <>
              <KindTag kind={risk.kind} />
              <LevelPill level={risk.level} />
            </>
          }
          title={words.title}
          aside={words.basis}
          evidence={risk.evidence}
          testId={`finding-${risk.id}`}
        >
          <p class="finding-detail">{words.detail}</p>
        </Finding>
        );
      })}
    </div>
  );
}
