import type { ComponentChildren } from 'preact';
import type { Evidence } from '@/lib/types';
import { QuoteList } from './QuoteList';

export interface Props {
  /** the one-line summary, always visible */
  title: ComponentChildren;
  /** shown before the title: a level, a check mark… */
  marker?: ComponentChildren;
  /** a second line under the title, always visible (the legal basis) */
  aside?: string;
  evidence: Evidence[];
  /** extra text shown above the quotes when expanded */
  children?: ComponentChildren;
  class?: string;
  testId?: string;
}

/** A finding that expands to its explanation and quotes. Without either it is a plain row. */
export function Finding({ title, marker, aside, evidence, children, class: className = '', testId }: Props) {
  const head = (
    <>
      {marker}
      <span class="finding-text">
        <span class="finding-title">{title}</span>
        {aside && <span class="finding-aside">{aside}</span>}
      </span>
    </>
  );
  if (!evidence.length && !children) {
    return (
      <div class={`finding finding-static ${className}`} data-testid={testId}>
        {head}
      </div>
    );
  }
  return (
    <details class={`finding ${className}`} data-testid={testId}>
      <summary>{head}</summary>
      <div class="finding-body">
        {children}
        <QuoteList evidence={evidence} />
      </div>
    </details>
  );
}
