// Export the analysis as a file: built here from lib/export, handed to the
// browser as a download from a blob URL (no permission, nothing leaves the
// machine). The HTML report opens in a tab, ready to print.
import { EXPORTS, type ExportFormat } from '@/lib/export';
import type { Analysis } from '@/lib/types';
import { t, type MessageKey } from './i18n';

export interface Props {
  analysis: Analysis;
}

const BUTTONS: readonly [format: ExportFormat, label: MessageKey][] = [
  ['markdown', 'exportMarkdown'],
  ['json', 'exportJson'],
  ['csv', 'exportCsv'],
  ['html', 'exportHtml'],
];

/** "知情-星河记账隐私政策-2024-03-15.md": a name that says what and when, safe on every OS. */
function fileName(analysis: Analysis, extension: string): string {
  const title = (analysis.source.title ?? 'policy').replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60);
  const date = (analysis.source.fetchedAt ?? new Date().toISOString()).slice(0, 10);
  return `知情-${title}-${date}.${extension}`;
}

function download(analysis: Analysis, format: ExportFormat): void {
  const { render, mime, extension } = EXPORTS[format];
  const url = URL.createObjectURL(new Blob([render(analysis)], { type: `${mime};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  if (format === 'html') link.target = '_blank';
  else link.download = fileName(analysis, extension);
  link.click();
  // The browser has read the blob once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function ExportBar({ analysis }: Props) {
  return (
    <div class="export-bar" data-testid="export">
      <span>{t('exportLabel')}</span>
      {BUTTONS.map(([format, label]) => (
        <button key={format} type="button" class="link-button" data-format={format} onClick={() => download(analysis, format)}>
          {t(label)}
        </button>
      ))}
    </div>
  );
}
