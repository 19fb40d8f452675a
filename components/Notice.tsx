import type { ComponentChildren } from 'preact';

export interface Props {
  title: string;
  body?: string;
  /** a suggestion under the body */
  hint?: string;
  testId: string;
  /** buttons */
  children?: ComponentChildren;
}

/** A full-popup message: not a policy, unreadable page, error. */
export function Notice({ title, body, hint, testId, children }: Props) {
  return (
    <div class="notice" data-testid={testId} role="alert">
      <h1 class="notice-title">{title}</h1>
      {body && <p class="notice-body">{body}</p>}
      {hint && <p class="notice-hint">{hint}</p>}
      {children && <div class="notice-actions">{children}</div>}
    </div>
  );
}
