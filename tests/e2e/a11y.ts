// Accessibility checks in the real browsers: axe-core, run in the page.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Tab } from './browsers';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeProblem {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

/** axe-core's serious and critical violations on the page as it is now. */
export async function seriousA11yProblems(tab: Tab): Promise<AxeProblem[]> {
  await tab.inject(AXE_SOURCE);
  return tab.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const { violations } = await axe.run(document, { resultTypes: ['violations'] });
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  }, undefined);
}

/**
 * The popup's own words: its text with the policy's removed (quotes, the
 * policy's title and operator, SDK and recipient names, section headings the
 * quotes carry), which in the English interface must hold no Chinese.
 */
export const uiTextOutsidePolicy = (tab: Tab): Promise<string> =>
  tab.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    const policyText = ['.quote', '.quote-details-list', '.meta', '.side-meta', '.history-name', '.history-meta', '.history-url', '.diff-added', '.diff-removed', '[data-policy-text]', '[lang="zh-CN"]'];
    for (const el of clone.querySelectorAll(policyText.join(','))) el.remove();
    return clone.textContent ?? '';
  }, undefined);

export const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
