import type { Evidence } from '@/lib/types';
import { t } from './i18n';

export interface Props {
  evidence: readonly Evidence[];
  /** what the summary line says (an answer, a changed item) */
  children: preact.ComponentChildren;
  testId?: string;
}

/** A value whose supporting sentences open in place: a disclosure, not a link. */
export function QuoteDetails({ evidence, children, testId }: Props) {
  if (!evidence.length) return <span data-testid={testId}>{children}</span>;
  return (
    <details class="quote-details" data-testid={testId}>
      <summary>
        {children}
        <span class="visually-hidden"> {t('showQuotes')}</span>
      </summary>
      <ul class="quote-details-list">
        {evidence.map((e) => (
          <li key={e.start}>
            {e.section && <span class="quote-section">{e.section}</span>}
            <q>{e.quote}</q>
          </li>
        ))}
      </ul>
    </details>
  );
}
