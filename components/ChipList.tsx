import { useState } from 'preact/hooks';
import type { Evidence } from '@/lib/types';
import { useRoving } from './useRoving';
import { t } from './i18n';
import { QuoteList } from './QuoteList';

export interface Chip {
  id: string;
  label: string;
  sensitive?: boolean;
  /** the policy's own words (a company's name), not a name Zhiqing gives */
  policyText?: boolean;
  evidence: Evidence[];
}

export interface Props {
  chips: Chip[];
}

/** Items as chips; a click on one shows its quotes below the row. */
export function ChipList({ chips }: Props) {
  const roving = useRoving<HTMLUListElement>(':scope > li > button');
  const [open, setOpen] = useState<string>();
  const selected = chips.find((c) => c.id === open);
  return (
    <div class="chips-block">
      <ul class="chips" ref={roving}>
        {chips.map((chip) => (
          <li key={chip.id}>
            <button
              type="button"
              class={`chip${chip.sensitive ? ' chip-sensitive' : ''}`}
              aria-pressed={chip.id === open}
              data-id={chip.id}
              onClick={() => setOpen(chip.id === open ? undefined : chip.id)}
            >
              <span class="chip-label" data-policy-text={chip.policyText || undefined}>
                {chip.label}
              </span>
              {chip.sensitive && <span class="visually-hidden">（{t('sensitiveMark')}）</span>}
            </button>
          </li>
        ))}
      </ul>
      {selected && <QuoteList key={selected.id} evidence={selected.evidence} />}
    </div>
  );
}
