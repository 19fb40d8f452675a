import type { HistoryEntry } from '@/entrypoints/popup/storage';
import { GRADE_COLORS } from './gradeColors';
import { t } from './i18n';

export interface Props {
  /** the entries to show (a search may hide some) */
  entries: HistoryEntry[];
  /** every entry, to find a page's earlier version */
  all: HistoryEntry[];
  onDelete: (id: string) => void;
  onCompare: (left: string, right?: string) => void;
}

const date = (ms: number): string => new Date(ms).toLocaleString();

/** An address as a person reads it: 崩坏3.txt, not %E5%B4%A9%E5%9D%8F3.txt. */
const readable = (url: string): string => {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
};

/** One row per analysis: what was read, when, its grade; compare with the page's earlier version when there is one. */
export function HistoryList({ entries, all, onDelete, onCompare }: Props) {
  if (!entries.length) return <p class="empty-note">{t('historyNoMatch')}</p>;
  return (
    <ul class="history-list" data-testid="history-list">
      {entries.map((entry) => {
        const earlier = all.find((e) => e.url === entry.url && e.id !== entry.id && e.analysedAt < entry.analysedAt);
        return (
          <li key={entry.id} class="history-item" data-testid="history-item">
            <span class="history-grade" style={{ background: GRADE_COLORS[entry.grade] }} title={t('gradeLabel')}>
              {entry.grade}
            </span>
            <div class="history-main">
              <p class="history-name">{entry.title ?? entry.site ?? entry.url}</p>
              <p class="history-meta">
                {[entry.site, entry.operator, entry.updatedAt && t('updatedOn', entry.updatedAt), t('analysedOn', date(entry.analysedAt))]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              {entry.url && (
                <a class="history-url" href={entry.url} target="_blank" rel="noreferrer">
                  {readable(entry.url)}
                </a>
              )}
            </div>
            <div class="history-actions">
              {earlier && (
                <button type="button" class="link-button" data-testid="history-changes" onClick={() => onCompare(earlier.id, entry.id)}>
                  {t('showChanges')}
                </button>
              )}
              <button type="button" class="link-button" onClick={() => onCompare(entry.id)}>
                {t('compareLink')}
              </button>
              <button type="button" class="link-button" data-testid="history-delete" aria-label={t('historyDeleteOne', entry.title ?? entry.site ?? '')} onClick={() => onDelete(entry.id)}>
                {t('historyDelete')}
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
