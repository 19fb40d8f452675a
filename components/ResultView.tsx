import type { Analysis } from '@/lib/types';
import { ChangeBanner, type Props as Change } from './ChangeBanner';
import { ChipList, type Chip } from './ChipList';
import { Checklist } from './Checklist';
import { ExportBar } from './ExportBar';
import { FindingList } from './FindingList';
import { GradeBreakdown } from './GradeBreakdown';
import { GradeHeader } from './GradeHeader';
import { LanguageSwitch } from './LanguageSwitch';
import { NecessaryBlock } from './NecessaryBlock';
import { t } from './i18n';
import { SdkList } from './SdkList';
import { Section } from './Section';
import { SharingList } from './SharingList';
import { dataItemName, permissionName } from './names';

export interface Props {
  analysis: Analysis;
  cached: boolean;
  fromSelection: boolean;
  truncated: boolean;
  onReanalyse: () => void;
  /** open the compare page with this analysis on the left; absent for a selection */
  onCompare?: () => void;
  /** open the history page */
  onHistory: () => void;
  /** the page's text changed since it was last read */
  change?: Change;
  /** the person corrects the app type (null: let Zhiqing guess) */
  onChooseAppType: (types: string[] | null) => void;
}

/** The toolbar's 导出: move to the export buttons at the foot of the result. */
function jumpToExport(): void {
  const first = document.querySelector<HTMLElement>('[data-testid=export] button');
  first?.scrollIntoView({ block: 'nearest' });
  first?.focus();
}

const sensitiveFirst = (a: Chip, b: Chip): number => Number(!!b.sensitive) - Number(!!a.sensitive);

export function ResultView({ analysis, cached, fromSelection, truncated, onReanalyse, onCompare, onHistory, change, onChooseAppType }: Props) {
  const collected = analysis.dataItems.filter((d) => d.status === 'collected').sort(sensitiveFirst);
  const mentioned = analysis.dataItems.filter((d) => d.status === 'mentioned').sort(sensitiveFirst);
  const sensitive = collected.filter((d) => d.sensitive).length;
  const labels = new Map(analysis.dataItems.map((d) => [d.id, dataItemName(d)]));
  const named = <T extends { id: string; label: string }>(items: T[], name: (item: T) => string): T[] => items.map((i) => ({ ...i, label: name(i) }));
  const problems = analysis.risks.filter((r) => r.kind !== 'notice');
  const notices = analysis.risks.filter((r) => r.kind === 'notice');
  return (
    <main class="result" aria-labelledby="result-headline">
      <GradeHeader analysis={analysis} cached={cached} fromSelection={fromSelection} />
      <nav class="toolbar" aria-label={t('actionsLabel')}>
        <button type="button" class="link-button" data-testid="jump-export" onClick={jumpToExport}>
          {t('exportLabel')} ↓
        </button>
        {onCompare && (
          <button type="button" class="link-button" data-testid="compare-link" onClick={onCompare}>
            {t('compareLink')}
          </button>
        )}
        <button type="button" class="link-button" data-testid="history-link" onClick={onHistory}>
          {t('historyLink')}
        </button>
        <button type="button" class="link-button" onClick={onReanalyse}>
          {t('reanalyse')}
        </button>
        <LanguageSwitch />
      </nav>
      {change && <ChangeBanner {...change} />}
      {truncated && <p class="warning-note">{t('truncatedNote', analysis.source.chars.toLocaleString())}</p>}
      <GradeBreakdown risks={analysis.risks} />
      <p class="hint-note">{t('locateHint')}</p>
      <Section title={t('problemsTitle')} count={problems.length} testId="problems">
        {problems.length ? <FindingList risks={problems} /> : <p class="empty-note">{t('noProblems')}</p>}
        <p class="behaviour-note">{t('behaviourNote')}</p>
      </Section>
      {notices.length > 0 && (
        <Section title={t('noticesTitle')} count={notices.length} testId="notices">
          <FindingList risks={notices} />
        </Section>
      )}
      {analysis.necessary && <NecessaryBlock necessary={analysis.necessary} onChooseType={onChooseAppType} />}
      <Section title={t('collectedTitle')} count={collected.length} note={sensitive ? t('sensitiveCount', sensitive) : undefined} testId="collected">
        {collected.length ? <ChipList chips={named(collected, dataItemName)} /> : <p class="empty-note">{t('noneCollected')}</p>}
      </Section>
      {analysis.permissions.length > 0 && (
        <Section title={t('permissionsTitle')} count={analysis.permissions.length} testId="permissions">
          <ChipList chips={named(analysis.permissions, permissionName)} />
        </Section>
      )}
      {analysis.sdks.length > 0 && (
        <Section title={t('sdksTitle')} count={analysis.sdks.length} testId="sdks">
          <SdkList sdks={analysis.sdks} labels={labels} />
        </Section>
      )}
      {analysis.sharing.length > 0 && (
        <Section title={t('sharingTitle')} testId="sharing">
          <SharingList sharing={analysis.sharing} />
        </Section>
      )}
      {analysis.checks.length > 0 && (
        <Section title={t('checklistTitle')} count={`${analysis.checks.filter((c) => c.passed).length}/${analysis.checks.length}`} testId="checks">
          <Checklist checks={analysis.checks} />
        </Section>
      )}
      {mentioned.length > 0 && (
        <details class="section mentioned" data-testid="mentioned">
          <summary class="section-title">{t('mentionedTitle', mentioned.length)}</summary>
          <ChipList chips={named(mentioned, dataItemName)} />
        </details>
      )}
      <ExportBar analysis={analysis} />
      <footer class="footer">{t('localOnly')}</footer>
    </main>
  );
}
