// Shapes of the word lists. Lists are data: the tagger reads them, and
// examples.test.ts runs every `example` and `silent` sentence through
// analyzePolicy, as a policy would be read.

/**
 * One taxonomy id and the words real policies use for it.
 * Terms are written in 简体; 繁體 and full-width forms match too, because
 * matching runs on a folded copy of the text (lib/text/fold.ts). Words that
 * exist only in 繁體/HK/TW usage (個人資料 → 个人资料, 電郵 → 电邮) are listed
 * in their simplified spelling.
 */
export interface TermEntry {
  id: string;
  /** label shown in the UI (taxonomy 中文 column) */
  label: string;
  terms: string[];
  /**
   * Longer strings that contain a term but mean something else
   * (e.g. 定位 inside 产品定位). A match inside one of these is ignored.
   */
  notWhen?: string[];
  /**
   * A hit in a sentence that also contains one of these is only a mention
   * (通过您的账号、密码及其他身份要素识别您: boilerplate, not collection).
   */
  mentionedWith?: string[];
  /** a real-looking sentence that analyzePolicy tags with this id (a data item as collected) */
  example: string;
  /**
   * Sentences with a look-alike word that must not be tagged with this id
   * (a data item: not as collected), e.g. 学号 for education.
   */
  silent?: string[];
}

export interface PermissionEntry extends TermEntry {
  /**
   * Collecting this data is using the device feature itself (the address
   * book, the position, the sensors, bluetooth): a sentence that collects it
   * shows the permission even without a permission cue.
   */
  readByCollecting?: boolean;
}

export interface DataItemEntry extends TermEntry {
  /** GB/T 35273-2020 Appendix B / PIPL Art. 28 */
  sensitive: boolean;
  /**
   * The term also names a channel the service talks to the user through
   * (以短信、邮件等方式通知您): there it is not data the service collects.
   */
  channel?: boolean;
}

/** A cue list (verbs, negations, definition markers) with its example. */
export interface CueList {
  terms: string[];
  example: string;
}
