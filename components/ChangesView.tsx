import type { Change, Changes, TextDiff } from '@/lib/compare';
import { t, type MessageKey } from './i18n';
import { QuoteDetails } from './QuoteDetails';
import { dataItemName, findingWords, permissionName } from './names';

export interface Props {
  changes: Changes;
  diff: TextDiff;
}

const GROUPS: readonly [key: 'collected' | 'permissions' | 'sdks' | 'recipients' | 'sharingTypes' | 'findings', label: MessageKey][] = [
  ['findings', 'changesFindings'],
  ['collected', 'collectedTitle'],
  ['permissions', 'permissionsTitle'],
  ['sdks', 'sdksTitle'],
  ['recipients', 'compareRecipients'],
  ['sharingTypes', 'sharingTitle'],
];

/** A change's name in the reader's language: the group says what kind of id it is. */
function nameIn(group: (typeof GROUPS)[number][0], change: Change): string {
  if (group === 'collected') return dataItemName(change);
  if (group === 'permissions') return permissionName(change);
  if (group === 'findings') return findingWords({ id: change.id, title: change.label, detail: '' }).title;
  if (group === 'sharingTypes') return t(`sharing_${change.id}` as MessageKey);
  return change.label;
}

function Item({ change, op, group }: { change: Change; op: 'added' | 'removed'; group: (typeof GROUPS)[number][0] }) {
  return (
    <li class={`change-${op}`} data-testid={`change-${op}`}>
      <QuoteDetails evidence={change.evidence.slice(0, 3)}>
        <span class="change-op" aria-label={t(op === 'added' ? 'changeAdded' : 'changeRemoved')}>
          {op === 'added' ? '+' : '−'}
        </span>{' '}
        {nameIn(group, change)}
      </QuoteDetails>
    </li>
  );
}

/** Two versions of one policy: what changed in meaning first, then the text, section by section. */
export function ChangesView({ changes, diff }: Props) {
  return (
    <section class="changes" data-testid="changes" aria-labelledby="changes-title">
      <h2 id="changes-title">{t('changesTitle')}</h2>
      {changes.grade.before !== changes.grade.after && <p data-testid="changes-grade">{t('changesGrade', changes.grade.before, changes.grade.after)}</p>}
      {changes.isEmpty ? (
        <p class="empty-note" data-testid="changes-none">
          {t('changesNone')}
        </p>
      ) : (
        GROUPS.filter(([key]) => changes[key].added.length + changes[key].removed.length > 0).map(([key, label]) => (
          <div key={key} class="change-group" data-testid={`changes-${key}`}>
            <h3>{t(label)}</h3>
            <ul>
              {changes[key].added.map((c) => (
                <Item key={`+${c.id}`} change={c} op="added" group={key} />
              ))}
              {changes[key].removed.map((c) => (
                <Item key={`-${c.id}`} change={c} op="removed" group={key} />
              ))}
            </ul>
          </div>
        ))
      )}
      <h2>{t('textChangesTitle', diff.added, diff.removed)}</h2>
      {diff.isEmpty ? (
        <p class="empty-note">{t('textChangesNone')}</p>
      ) : (
        diff.sections
          .filter((s) => s.sentences.length > 0)
          .map((s, i) => (
            <div key={i} class="text-diff" data-testid="text-diff-section">
              <h3>{s.title || t('textDiffOpening')}</h3>
              {s.sentences
                .filter((x) => x.op !== 'same')
                .map((x, j) => (
                  <p key={j} class={`diff-${x.op}`} data-testid={`diff-${x.op}`}>
                    <span class="change-op" aria-label={t(x.op === 'added' ? 'changeAdded' : 'changeRemoved')}>
                      {x.op === 'added' ? '+' : '−'}
                    </span>{' '}
                    {x.sentence}
                  </p>
                ))}
              {s.unchanged > 0 && <p class="diff-same-count">{t('unchangedSentences', s.unchanged)}</p>}
            </div>
          ))
      )}
    </section>
  );
}
