import type { VNode } from 'preact';
import { useState } from 'preact/hooks';
import { t } from './i18n';

/**
 * The first `limit` items, and a button for the rest: a policy can name 60
 * SDKs or give 30 sentences for one item, and the popup is 600 px high.
 */
export function useShowMore<T>(items: T[], limit: number): { shown: T[]; more: VNode | null } {
  const [all, setAll] = useState(false);
  if (all || items.length <= limit) return { shown: items, more: null };
  const more = (
    <button type="button" class="link-button show-more" onClick={() => setAll(true)}>
      {t('showMore', items.length - limit)}
    </button>
  );
  return { shown: items.slice(0, limit), more };
}
