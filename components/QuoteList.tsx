import type { Evidence } from '@/lib/types';
import { Quote } from './Quote';
import { useShowMore } from './useShowMore';

export interface Props {
  evidence: Evidence[];
}

export function QuoteList({ evidence }: Props) {
  const { shown, more } = useShowMore(evidence, 3);
  if (!evidence.length) return null;
  return (
    <>
      <ul class="quotes">
        {shown.map((e) => (
          <Quote key={`${e.start}:${e.match?.start}`} evidence={e} />
        ))}
      </ul>
      {more}
    </>
  );
}
