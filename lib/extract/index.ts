// Extraction: any input (a live or parsed Document, Markdown, plain text)
// becomes plain text plus heading hints and page facts.
export { extractDocument, structuredText, type ExtractedPage } from './dom';
export { extractMarkdown, extractPlainText, type ExtractedText } from './markup';
export { detectMeta, type PolicyMeta } from './meta';
