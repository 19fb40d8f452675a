import type { ComponentChildren } from 'preact';
import type { Evidence } from '@/lib/types';
import { QuoteList } from './QuoteList';

export interface Props {
  /** the one-line summary, always visible */
  title: ComponentChildren;
  /** shown before the title: a level, a check mark… */
  marker?: ComponentChildren;
  evidence: Evidence[];
  /** extra text shown above the quotes when expanded */
  children?: ComponentChildren;
  class?: string;
}

/** A finding that expands to its explanation and quotes. Without either it is a plain row. */
export function Finding({ title, marker, evidence, children, class: className = '' }: Props) {
  if (!evidence.length && !children) {
    return (
      <div class={`finding finding-static ${className}`}>
        {marker}
        <span class="finding-title">{title}</span>
      </div>
    );
  }
  return (
    <details class={`finding ${className}`}>
      <summary>
        {marker}
        <span class="finding-title">{title}</span>
      </summary>
      <div class="finding-body">
        {children}
        <QuoteList evidence={evidence} />
      </div>
    </details>
  );
}
