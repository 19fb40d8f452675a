import type { Comparison, Side } from '@/lib/compare';
import { t, type MessageKey } from './i18n';

export interface Props {
  comparison: Comparison;
  /** each side's name: site and policy title */
  leftName: string;
  rightName: string;
}

const ROWS: readonly [key: keyof Omit<Comparison, 'grade'>, label: MessageKey][] = [
  ['violations', 'kind_violation'],
  ['gaps', 'kind_gap'],
  ['notices', 'kind_notice'],
  ['collected', 'collectedTitle'],
  ['sensitive', 'compareSensitive'],
  ['permissions', 'permissionsTitle'],
  ['sdks', 'sdksTitle'],
  ['recipients', 'compareRecipients'],
  ['sharingTypes', 'sharingTitle'],
  ['checks', 'checklistTitle'],
];

/** sharing types are ids: show their words */
const shown = (key: string, items: string[]): string =>
  (key === 'sharingTypes' ? items.map((id) => t(`sharing_${id}` as MessageKey)) : items).join('、') || '—';

/** A cell's symbol says which side it is, so the table reads without colour. */
function Cell({ id, items, side }: { id: string; items: string[]; side: 'left' | 'both' | 'right' }) {
  const only = side !== 'both' && items.length > 0;
  return (
    <td class={only ? `compare-only compare-only-${side}` : undefined} data-side={side}>
      {only && <span aria-hidden="true">{side === 'left' ? '◀ ' : '▶ '}</span>}
      {shown(id, items)}
    </td>
  );
}

function Row({ id, label, side }: { id: string; label: MessageKey; side: Side<string> }) {
  return (
    <tr data-testid={`compare-${id}`}>
      <th scope="row">{t(label)}</th>
      <Cell id={id} items={side.onlyLeft} side="left" />
      <Cell id={id} items={side.both} side="both" />
      <Cell id={id} items={side.onlyRight} side="right" />
    </tr>
  );
}

export function ComparisonView({ comparison, leftName, rightName }: Props) {
  return (
    <table class="compare-table">
      <thead>
        <tr>
          <th />
          <th scope="col">◀ {t('compareOnly', leftName)}</th>
          <th scope="col">{t('compareBoth')}</th>
          <th scope="col">▶ {t('compareOnly', rightName)}</th>
        </tr>
      </thead>
      <tbody>
        {ROWS.map(([key, label]) => (
          <Row key={key} id={key} label={label} side={comparison[key]} />
        ))}
      </tbody>
    </table>
  );
}
