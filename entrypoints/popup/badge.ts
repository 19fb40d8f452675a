// The toolbar badge shows the grade of the tab's last analysis.
import { browser } from 'wxt/browser';
import { GRADE_COLORS } from '@/components/gradeColors';
import type { Analysis } from '@/lib/types';

export async function showGradeBadge(tabId: number, analysis: Analysis): Promise<void> {
  const { grade } = analysis.summary;
  const text = analysis.source.isPolicy ? grade : '';
  await browser.action.setBadgeText({ tabId, text });
  if (text) await browser.action.setBadgeBackgroundColor({ tabId, color: GRADE_COLORS[grade] });
}
