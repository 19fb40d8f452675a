import type { ComponentChildren } from 'preact';

export interface Props {
  title: string;
  /** shown after the title, e.g. how many items */
  count?: number | string;
  /** a short note beside the count */
  note?: string;
  testId: string;
  children: ComponentChildren;
}

export function Section({ title, count, note, testId, children }: Props) {
  return (
    <section class="section" data-testid={testId} aria-labelledby={`${testId}-title`}>
      <h2 class="section-title" id={`${testId}-title`}>
        {title}
        {count !== undefined && <span class="section-count">{count}</span>}
        {note && <span class="section-note">{note}</span>}
      </h2>
      {children}
    </section>
  );
}
