import type { Check } from '@/lib/types';
import { Finding } from './Finding';
import { useRoving } from './useRoving';
import { t } from './i18n';
import { checkName } from './names';

export interface Props {
  checks: Check[];
}

/** What a complete policy states; missing items first. */
export function Checklist({ checks }: Props) {
  const roving = useRoving<HTMLDivElement>(':scope > details > summary');
  const sorted = [...checks].sort((a, b) => Number(a.passed) - Number(b.passed));
  return (
    <div class="findings" ref={roving}>
      {sorted.map((check) => (
        <Finding
          key={check.id}
          class={check.passed ? 'check-passed' : 'check-failed'}
          marker={
            <span class="check-mark" role="img" aria-label={t(check.passed ? 'checkPassed' : 'checkFailed')}>
              {check.passed ? '✓' : '✗'}
            </span>
          }
          title={checkName(check)}
          evidence={check.evidence}
        />
      ))}
    </div>
  );
}
