import { useContext, useState } from 'preact/hooks';
import type { Evidence } from '@/lib/types';
import { t } from './i18n';
import { LocateContext, type LocateResult } from './locate';
import { quoteWindow } from './quoteWindow';

export interface Props {
  evidence: Evidence;
}

const RESULT_TEXT = { found: 'locateFound', missing: 'locateMissing', unavailable: 'locateUnavailable' } as const;

/** One evidence sentence; a click highlights it in the page. The matched term is marked. */
export function Quote({ evidence }: Props) {
  const locate = useContext(LocateContext);
  const [result, setResult] = useState<LocateResult>();
  const { quote, start, match, section } = evidence;
  const from = match ? match.start - start : 0;
  const to = match ? match.end - start : 0;
  const shown = quoteWindow(quote, from, to);
  return (
    <li class="quote">
      <button type="button" class="quote-button" title={t('locateHint')} onClick={async () => setResult(await locate(evidence))}>
        {section && <span class="quote-section">{section}</span>}
        <span class="quote-text">
          {shown.cutStart && '…'}
          {shown.before}
          {shown.term && <mark>{shown.term}</mark>}
          {shown.after}
          {shown.cutEnd && '…'}
        </span>
      </button>
      {result && (
        <p class={`locate-result locate-${result}`} role="status">
          {t(RESULT_TEXT[result])}
        </p>
      )}
    </li>
  );
}
