// The one place that turns an Analysis into each export format.
import type { Analysis } from '../types';
import { toCsv } from './csv';
import { toHtml } from './html';
import { toMarkdown } from './markdown';
import type { ExportOptions } from './names';

export type ExportFormat = 'json' | 'markdown' | 'csv' | 'html';

export const EXPORTS: Record<ExportFormat, { extension: string; mime: string; render: (a: Analysis, options?: ExportOptions) => string }> = {
  json: { extension: 'json', mime: 'application/json', render: (a) => JSON.stringify(a, null, 2) },
  markdown: { extension: 'md', mime: 'text/markdown', render: toMarkdown },
  csv: { extension: 'csv', mime: 'text/csv', render: toCsv },
  html: { extension: 'html', mime: 'text/html', render: toHtml },
};

export { toCsv, toHtml, toMarkdown };
export { exportFileName } from './filename';
export type { ExportOptions } from './names';
export { policyRecord, RECORD_COLUMNS, RECORD_FORMATS, type PolicyRecord, type RecordFormat } from './record';
