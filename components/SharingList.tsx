import type { Evidence, SharingClause } from '@/lib/types';
import { ChipList, type Chip } from './ChipList';
import { t } from './i18n';

export interface Props {
  sharing: SharingClause[];
}

/** Chips merging the evidence of every clause that has the same key. */
function merge(sharing: SharingClause[], keysOf: (clause: SharingClause) => { id: string; label: string; policyText?: boolean }[]): Chip[] {
  const chips = new Map<string, Chip>();
  for (const clause of sharing) {
    for (const { id, label, policyText } of keysOf(clause)) {
      const chip = chips.get(id) ?? { id, label, policyText, evidence: [] as Evidence[] };
      chip.evidence.push(...clause.evidence.filter((e) => !chip.evidence.some((seen) => seen.start === e.start)));
      chips.set(id, chip);
    }
  }
  return [...chips.values()];
}

/** Who receives data (named bodies first, then kinds such as 第三方), and how it leaves (共享, 转让, 出境…). */
export function SharingList({ sharing }: Props) {
  const recipients = merge(sharing, (clause) =>
    clause.recipients.map((r) => (r.kind === 'named_org' ? { id: `org:${r.name}`, label: r.name, policyText: true } : { id: r.kind, label: t(`kind_${r.kind}`) })),
  ).sort((a, b) => Number(b.id.startsWith('org:')) - Number(a.id.startsWith('org:')));
  const types = merge(sharing, (clause) => [{ id: clause.type, label: t(`sharing_${clause.type}`) }]);
  return (
    <>
      {recipients.length > 0 && <ChipList chips={recipients} />}
      <p class="sub-title">{t('sharingHow')}</p>
      <ChipList chips={types} />
    </>
  );
}
