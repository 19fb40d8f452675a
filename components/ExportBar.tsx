// Export the analysis as a file: built here from lib/export, handed to the
// browser as a download from a blob URL (no permission, nothing leaves the
// machine). The HTML report opens in a tab, ready to print.
import { EXPORTS, exportFileName, type ExportFormat } from '@/lib/export';
import type { Analysis } from '@/lib/types';
import { getLocale, t, type MessageKey } from './i18n';

export interface Props {
  analysis: Analysis;
}

const BUTTONS: readonly [format: ExportFormat, label: MessageKey][] = [
  ['markdown', 'exportMarkdown'],
  ['json', 'exportJson'],
  ['csv', 'exportCsv'],
  ['html', 'exportHtml'],
];

function download(analysis: Analysis, format: ExportFormat): void {
  const { render, mime, extension } = EXPORTS[format];
  const locale = getLocale();
  const url = URL.createObjectURL(new Blob([render(analysis, { locale })], { type: `${mime};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  if (format === 'html') link.target = '_blank';
  else link.download = exportFileName(analysis, extension, locale);
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
