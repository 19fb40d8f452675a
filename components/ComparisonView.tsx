import type { Comparison, Side } from '@/lib/compare';
import { t, type MessageKey } from './i18n';

export interface Props {
  comparison: Comparison;
  /** each side's name: site and policy title */
  leftName: string;
  rightName: string;
  rename: Rename;
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

/** A row's item in the reader's language (sharing types are ids; the rest Chinese labels). */
export type Rename = (row: string, label: string) => string;

const shown = (key: string, items: string[], rename: Rename): string =>
  items.map((item) => (key === 'sharingTypes' ? t(`sharing_${item}` as MessageKey) : rename(key, item))).join(t('listSeparator')) || '—';

const POLICY_ROWS = new Set(['sdks', 'recipients']);

/** A cell's symbol says which side it is, so the table reads without colour. */
function Cell({ id, items, side, rename }: { id: string; items: string[]; side: 'left' | 'both' | 'right'; rename: Rename }) {
  const only = side !== 'both' && items.length > 0;
  return (
    // SDK and company names are the policies' own words
    <td class={only ? `compare-only compare-only-${side}` : undefined} data-side={side} data-policy-text={POLICY_ROWS.has(id) || undefined}>
      {only && <span aria-hidden="true">{side === 'left' ? '◀ ' : '▶ '}</span>}
      {shown(id, items, rename)}
    </td>
  );
}

function Row({ id, label, side, rename }: { id: string; label: MessageKey; side: Side<string>; rename: Rename }) {
  return (
    <tr data-testid={`compare-${id}`}>
      <th scope="row">{t(label)}</th>
      <Cell id={id} items={side.onlyLeft} side="left" rename={rename} />
      <Cell id={id} items={side.both} side="both" rename={rename} />
      <Cell id={id} items={side.onlyRight} side="right" rename={rename} />
    </tr>
  );
}

export function ComparisonView({ comparison, leftName, rightName, rename }: Props) {
  return (
    <table class="compare-table">
      <thead>
        <tr>
          <th />
          <th scope="col">
            ◀ {t('compareOnly', '')}
            <span data-policy-text>{leftName}</span>
          </th>
          <th scope="col">{t('compareBoth')}</th>
          <th scope="col">
            ▶ {t('compareOnly', '')}
            <span data-policy-text>{rightName}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {ROWS.map(([key, label]) => (
          <Row key={key} id={key} label={label} side={comparison[key]} rename={rename} />
        ))}
      </tbody>
    </table>
  );
}
