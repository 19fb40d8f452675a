// The compare page: two analysed policies side by side (two sites, or two
// versions of one page), from the analyses the popup cached. Opened from the
// popup with ?left=<page> preselected.
import { useEffect, useState } from 'preact/hooks';
import { ComparisonView } from '@/components/ComparisonView';
import { t } from '@/components/i18n';
import { compareAnalyses } from '@/lib/compare';
import { listCached, type CachedAnalysis } from '../popup/storage';

type Page = { key: string; entry: CachedAnalysis };

const label = ({ key, entry }: Page): string => `${entry.analysis.source.title ?? key} — ${new Date(entry.savedAt).toLocaleString()}`;

export function App() {
  const [pages, setPages] = useState<Page[] | undefined>();
  const [left, setLeft] = useState<string>();
  const [right, setRight] = useState<string>();

  useEffect(() => {
    void listCached().then((found) => {
      setPages(found);
      const wanted = new URLSearchParams(location.search).get('left');
      const first = found.find((p) => p.key === wanted)?.key ?? found[0]?.key;
      setLeft(first);
      setRight(found.find((p) => p.key !== first)?.key);
    });
  }, []);

  if (!pages) return null;
  const a = pages.find((p) => p.key === left)?.entry.analysis;
  const b = pages.find((p) => p.key === right)?.entry.analysis;
  const picker = (value: string | undefined, set: (key: string) => void, testId: string) => (
    <select class="compare-select" data-testid={testId} value={value} onChange={(e) => set((e.target as HTMLSelectElement).value)}>
      {pages.map((p) => (
        <option key={p.key} value={p.key}>
          {label(p)}
        </option>
      ))}
    </select>
  );
  return (
    <main class="compare">
      <h1 class="compare-title">{t('compareTitle')}</h1>
      {pages.length < 2 ? (
        <p class="empty-note" data-testid="compare-empty">
          {t('compareNeedsTwo')}
        </p>
      ) : (
        <>
          <div class="compare-pickers">
            {picker(left, setLeft, 'compare-left')}
            <span class="compare-vs">↔</span>
            {picker(right, setRight, 'compare-right')}
          </div>
          {a && b && <ComparisonView comparison={compareAnalyses(a, b)} left={a} right={b} />}
        </>
      )}
    </main>
  );
}
