import type { Comparison, Side } from '@/lib/compare';
import type { Analysis } from '@/lib/types';
import { t, type MessageKey } from './i18n';

export interface Props {
  comparison: Comparison;
  left: Analysis;
  right: Analysis;
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

function Row({ id, label, side }: { id: string; label: MessageKey; side: Side<string> }) {
  return (
    <tr data-testid={`compare-${id}`}>
      <td>{t(label)}</td>
      <td class="compare-only" data-side="left">{shown(id, side.onlyLeft)}</td>
      <td data-side="both">{shown(id, side.both)}</td>
      <td class="compare-only" data-side="right">{shown(id, side.onlyRight)}</td>
    </tr>
  );
}

export function ComparisonView({ comparison, left, right }: Props) {
  return (
    <table class="compare-table">
      <thead>
        <tr>
          <th />
          <th>
            {t('compareOnly', left.source.title ?? '')} ({comparison.grade.left})
          </th>
          <th>{t('compareBoth')}</th>
          <th>
            {t('compareOnly', right.source.title ?? '')} ({comparison.grade.right})
          </th>
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
