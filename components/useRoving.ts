// One tab stop per list (WAI-ARIA "roving tabindex"): Tab enters the list at
// the item last used and leaves it with the next Tab; arrow keys, Home and End
// move inside. A policy can list 60 SDKs and 30 data items: without this the
// export buttons were 85 Tab presses away.
import { useEffect, useRef } from 'preact/hooks';

const NEXT = new Set(['ArrowDown', 'ArrowRight']);
const PREVIOUS = new Set(['ArrowUp', 'ArrowLeft']);

/** A ref for the list's element; `items` selects its focusable items (relative to it, e.g. ':scope > li > button'). */
export function useRoving<T extends HTMLElement>(items: string) {
  const ref = useRef<T>(null);
  const active = useRef(0);

  // Every render may add items (show more) or remove them: one of them stays the tab stop.
  useEffect(() => {
    const list = ref.current;
    if (!list) return;
    const all = [...list.querySelectorAll<HTMLElement>(items)];
    active.current = Math.min(active.current, Math.max(0, all.length - 1));
    all.forEach((item, i) => (item.tabIndex = i === active.current ? 0 : -1));
  });

  useEffect(() => {
    const list = ref.current;
    if (!list) return;
    const all = (): HTMLElement[] => [...list.querySelectorAll<HTMLElement>(items)];
    const focus = (to: number): void => {
      const items = all();
      if (!items.length) return;
      active.current = (to + items.length) % items.length;
      items.forEach((item, i) => (item.tabIndex = i === active.current ? 0 : -1));
      items[active.current]!.focus();
    };
    const onFocus = (event: FocusEvent): void => {
      const i = all().indexOf(event.target as HTMLElement);
      if (i >= 0 && i !== active.current) focus(i);
    };
    const onKey = (event: KeyboardEvent): void => {
      const i = all().indexOf(event.target as HTMLElement);
      if (i < 0) return;
      if (NEXT.has(event.key)) focus(i + 1);
      else if (PREVIOUS.has(event.key)) focus(i - 1);
      else if (event.key === 'Home') focus(0);
      else if (event.key === 'End') focus(all().length - 1);
      else if ((event.key === 'Enter' || event.key === ' ') && event.target instanceof HTMLElement && event.target.tagName === 'SUMMARY') {
        // Open or close the finding here rather than leave it to the browser: Firefox
        // does not toggle a <summary> on a synthesised Enter, and each list should act alike.
        const details = event.target.parentElement as HTMLDetailsElement;
        details.open = !details.open;
      } else return;
      event.preventDefault();
    };
    list.addEventListener('focusin', onFocus);
    list.addEventListener('keydown', onKey);
    return () => {
      list.removeEventListener('focusin', onFocus);
      list.removeEventListener('keydown', onKey);
    };
  }, [items]);

  return ref;
}
