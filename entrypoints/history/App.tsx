// The history page: every analysis kept, newest first, with search, delete,
// delete all, and the switch that turns history off. Two versions of one page
// open on the compare page as a change.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { HistoryList } from '@/components/HistoryList';
import { t, useLocale } from '@/components/i18n';
import { openCompare } from '../popup/open';
import { BUDGET_BYTES, deleteAll, deleteEntry, listHistory, MAX_ENTRIES, setHistoryEnabled, settings, type HistoryEntry } from '../popup/storage';

/** Entries whose site, title, operator or address contain every word of the query. */
const matches = (entry: HistoryEntry, query: string): boolean => {
  const hay = [entry.site, entry.title, entry.operator, entry.url].filter(Boolean).join(' ').toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => hay.includes(word));
};

export function App() {
  useLocale();
  document.title = `${t('extName')} · ${t('historyTitle')}`;
  const [entries, setEntries] = useState<HistoryEntry[]>();
  const [enabled, setEnabled] = useState(true);
  const [query, setQuery] = useState('');
  const reload = async (): Promise<void> => {
    setEntries(await listHistory());
    setEnabled((await settings.getValue()).history);
  };
  useEffect(() => void reload(), []);

  const shown = useMemo(() => (entries ?? []).filter((e) => matches(e, query)), [entries, query]);
  if (!entries) return null;
  const bytes = entries.reduce((sum, e) => sum + e.bytes, 0);
  const full = entries.length >= MAX_ENTRIES - 1 || bytes > BUDGET_BYTES * 0.9;

  const toggle = async (on: boolean): Promise<void> => {
    if (!on && entries.length && !confirm(t('historyOffConfirm', entries.length))) return;
    await setHistoryEnabled(on);
    await reload();
  };
  const removeAll = async (): Promise<void> => {
    if (!confirm(t('historyDeleteAllConfirm', entries.length))) return;
    await deleteAll();
    await reload();
  };

  return (
    <main class="history">
      <h1 class="history-title">{t('historyTitle')}</h1>
      <div class="history-bar">
        <label class="history-toggle">
          <input type="checkbox" data-testid="history-enabled" checked={enabled} onChange={(e) => void toggle((e.target as HTMLInputElement).checked)} />
          {t('historyEnabled')}
        </label>
        <input
          type="search"
          class="field history-search"
          data-testid="history-search"
          placeholder={t('historySearch')}
          aria-label={t('historySearch')}
          value={query}
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        />
        <button type="button" class="button button-danger" data-testid="history-delete-all" disabled={!entries.length} onClick={() => void removeAll()}>
          {t('historyDeleteAll')}
        </button>
      </div>
      <p class="history-usage" data-testid="history-usage">
        {t('historyUsage', entries.length, MAX_ENTRIES, (bytes / 1024 / 1024).toFixed(1), BUDGET_BYTES / 1024 / 1024)}
        {full && <strong data-testid="history-full"> {t('historyFull')}</strong>}
      </p>
      {!enabled && <p class="warning-note">{t('historyOffNote')}</p>}
      {entries.length === 0 ? (
        <p class="empty-note" data-testid="history-empty">
          {t('historyEmpty')}
        </p>
      ) : (
        <HistoryList
          entries={shown}
          all={entries}
          onDelete={(id) => void deleteEntry(id).then(reload)}
          onCompare={openCompare}
        />
      )}
    </main>
  );
}
