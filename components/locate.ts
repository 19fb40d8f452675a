// Clicking a quote asks the page to highlight it. The popup provides the
// function; components only call it, so they stay free of extension APIs.
import { createContext } from 'preact';
import type { Evidence } from '@/lib/types';

export type LocateResult = 'found' | 'missing' | 'unavailable';

export const LocateContext = createContext<(evidence: Evidence) => Promise<LocateResult>>(async () => 'unavailable');
