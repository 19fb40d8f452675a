import type { Grade } from '@/lib/types';

/** One colour a grade, shared by the popup and the toolbar badge; white text reads on each. */
export const GRADE_COLORS: Record<Grade, string> = { A: '#2e7d32', B: '#558b2f', C: '#a86400', D: '#d9480f', E: '#c62828' };
