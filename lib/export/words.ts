// The words of the Markdown and HTML reports in each locale. Names of ids
// (data items, checks, findings, levels…) come from lib/locale; the policy's
// own text (quotes, title, operator, SDK and recipient names) stays as written.
import type { GradeExplanation } from '../risk/grade';
import type { Locale } from '../locale/types';

export interface ReportWords {
  product: string;
  /** the product's short name, after the title in a browser tab */
  brand: string;
  /** the report's title when the policy has none */
  untitled: string;
  /** after a label: 网址：… / URL: … */
  colon: string;
  /** between the names of a list */
  list: string;
  counted: (heading: string, n: number) => string;
  url: string;
  operator: string;
  updated: string;
  effective: string;
  notPolicy: string;
  confidence: (c: number) => string;
  grade: string;
  gradeHow: (how: GradeExplanation) => string;
  basis: (b: string) => string;
  sensitive: string;
  collected: string;
  mentioned: string;
  permissions: string;
  sdks: string;
  sdkColumns: readonly [string, string, string];
  sharing: string;
  checks: string;
  footer: string;
  necessary: {
    title: string;
    /** the title with the type(s) judged */
    typed: (types: string) => string;
    unsure: string;
    /** the guessed types offered when none is clear */
    offered: (types: string) => string;
    noneChosen: string;
    byUser: string;
    guessed: (percent: number) => string;
    beyond: string;
    listed: string;
    optional: string;
    none: string;
    byLaw: string;
    /** CSV: the type row when the person chose none of the 39, and the basis of an item a law requires */
    noneType: string;
    law: string;
  };
}

export const WORDS: Readonly<Record<Locale, ReportWords>> = {
  zh_CN: {
    product: '知情 Zhiqing',
    brand: '知情',
    untitled: '隐私政策分析',
    colon: '：',
    list: '、',
    counted: (heading, n) => `${heading}（${n}）`,
    url: '网址',
    operator: '运营者',
    updated: '更新日期',
    effective: '生效日期',
    notPolicy: '这段文字看起来不是隐私政策',
    confidence: (c) => `（置信度 ${c}）。`,
    grade: '评级',
    gradeHow: (how) => `评级依据：共 ${how.score} 分，违规和缺项扣分最多，提示最少${how.cappedBy ? `；有 ${how.cappedBy.highViolations} 项高风险违规，评级最高为 ${how.cappedBy.best}` : ''}。`,
    basis: (b) => `（依据：${b}）`,
    sensitive: '（敏感）',
    collected: '收集的个人信息',
    mentioned: '仅提及（定义、举例或否定）',
    permissions: '系统权限',
    sdks: '第三方 SDK',
    sdkColumns: ['SDK', '提供方', '用途'],
    sharing: '共享、转让与披露',
    checks: '告知事项检查',
    footer: '由知情 Zhiqing 在本地生成，未上传任何内容。',
    necessary: {
      title: '必要个人信息',
      typed: (types) => `必要个人信息（${types}）`,
      unsure: '不能确定这是哪类应用，所以没有逐项判断。',
      offered: (types) => `可能是：${types}。`,
      noneChosen: '已选择“不属于这些类型”：法规的 39 类清单不适用，没有逐项判断。',
      byUser: '按指定的类型判断。',
      guessed: (percent) => `按推测的类型判断（把握 ${percent}%）。`,
      beyond: '✗ 超出必要范围，却是注册或使用的条件',
      listed: '✓ 基本功能所必需',
      optional: '用于可选功能（可以拒绝）',
      none: '无',
      byLaw: '（法律要求）',
      noneType: '不属于这些类型',
      law: '法律要求',
    },
  },
  en: {
    product: 'Zhiqing',
    brand: 'Zhiqing',
    untitled: 'Privacy policy analysis',
    colon: ': ',
    list: ', ',
    counted: (heading, n) => `${heading} (${n})`,
    url: 'URL',
    operator: 'Operator',
    updated: 'Updated',
    effective: 'Effective',
    notPolicy: 'This text does not look like a privacy policy',
    confidence: (c) => ` (confidence ${c}).`,
    grade: 'Grade',
    gradeHow: (how) =>
      `How the grade was reached: ${how.score} points; violations and omissions cost most, notices least${how.cappedBy ? `; with ${how.cappedBy.highViolations} high-level violations the grade is at best ${how.cappedBy.best}` : ''}.`,
    basis: (b) => ` (basis: ${b})`,
    sensitive: ' (sensitive)',
    collected: 'Personal information collected',
    mentioned: 'Only mentioned (definitions, examples or denials)',
    permissions: 'System permissions',
    sdks: 'Third-party SDKs',
    sdkColumns: ['SDK', 'Provider', 'Purpose'],
    sharing: 'Sharing, transfer and disclosure',
    checks: 'Completeness checklist',
    footer: 'Generated locally by Zhiqing; nothing was uploaded.',
    necessary: {
      title: 'Necessary personal information',
      typed: (types) => `Necessary personal information (${types})`,
      unsure: 'Zhiqing cannot tell which kind of app this is, so it judged no item.',
      offered: (types) => ` It may be: ${types}.`,
      noneChosen: '“None of these” was chosen: the regulation’s lists for 39 types of app do not apply, so no item is judged.',
      byUser: 'Judged as the type chosen.',
      guessed: (percent) => `Judged as the type guessed (${percent}% sure).`,
      beyond: '✗ Beyond what is necessary, yet a condition of signing up or using the app',
      listed: '✓ Necessary for the basic service',
      optional: 'For optional functions (you may refuse)',
      none: 'none',
      byLaw: ' (required by law)',
      noneType: 'None of these',
      law: 'required by law',
    },
  },
};
