import type { Evidence } from '@/lib/types';
import { Quote } from './Quote';
import { useShowMore } from './useShowMore';

export interface Props {
  evidence: Evidence[];
}

/** Each sentence once, in the order given (lib puts the most telling first). */
const once = (evidence: Evidence[]): Evidence[] => {
  const seen = new Set<number>();
  return evidence.filter((e) => !seen.has(e.start) && !!seen.add(e.start));
};

export function QuoteList({ evidence: all }: Props) {
  const evidence = once(all);
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
