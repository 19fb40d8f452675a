// The questions a person asks when choosing between two apps, as data rows:
// each says how it is answered from an Analysis and gives examples that
// questions.test.ts runs through analyzePolicy. An answer is 'no' only where
// the policy itself says so (a denial, or a stated "cannot"); silence is
// 'unstated', never 'no'.
import type { Analysis, Evidence, Span } from '../types';
import { detectSections, foldText, sentenceAt, splitSentences, type PolicyText } from '../text';
import { contextReader, type ContextReader } from '../tag';
import { nameKey } from '../org';
import { workingDays } from '../risk/patterns';
import { numberIn } from '../text/numbers';

export type AnswerKind = 'yes' | 'no' | 'unstated';

export interface Answer {
  answer: AnswerKind;
  /** a count or a time limit as the policy writes it (15个工作日) */
  value?: string | number;
  /** where the value is ours, not the policy's: what it says, as an id a UI names (value holds the Chinese) */
  note?: 'coarse_only' | 'optout_unstated' | 'over_15_working_days';
  /** where the value names data items: each by id and label, for a UI to name (value holds the Chinese labels) */
  dataItems?: { id: string; label: string }[];
  /** quotes from the analysis's text; for 'yes' and 'no' they hold the answer */
  evidence: Evidence[];
}

/** The analysis and its text read again for denials (我们不会收集…). */
interface Reading {
  analysis: Analysis;
  doc: PolicyText;
  context: ContextReader;
}

export interface QuestionExample {
  text: string;
  answer: AnswerKind;
  value?: string | number;
}

export interface Question {
  id: string;
  zh: string;
  en: string;
  /** the answer that is worse for the user ('yes' for 收集人脸吗?, 'no' for 能注销账户吗?); none when neither is */
  worse?: AnswerKind;
  answer: (r: Reading) => Answer;
  examples: readonly QuestionExample[];
}

export interface AnsweredQuestion extends Answer {
  id: string;
  zh: string;
  en: string;
  worse?: AnswerKind;
}

/** Quotes one answer carries at most (an SDK count quotes one line per SDK). */
const MAX_QUOTES = 10;
/** Sentences a scan for a denial reads at most before giving up. */
const MAX_SCAN = 200;

const unstated = (evidence: Evidence[] = [], value?: string | number): Answer => ({ answer: 'unstated', evidence, ...(value !== undefined ? { value } : {}) });
const quotes = (evidence: readonly Evidence[]): Evidence[] => evidence.slice(0, MAX_QUOTES);
/** One quote per sentence: two companies named in one sentence are one quote. */
const distinct = (evidence: readonly Evidence[]): Evidence[] => quotes(evidence.filter((e, i) => evidence.findIndex((x) => x.start === e.start) === i));

function evidenceAt(r: Reading, sentence: Span, match: Span): Evidence {
  const { text, sections } = r.analysis;
  const e: Evidence = { start: sentence.start, end: sentence.end, quote: text.slice(sentence.start, sentence.end), match };
  const section = sections.filter((s) => s.start <= sentence.start && sentence.start < s.end).at(-1);
  if (section) e.section = section.title;
  return e;
}

// Verbs of taking the data: 我们不会共享您的身份证号 denies sharing it, not collecting it.
const TAKES = /收集|获取|读取|采集|要求|索取|上传|调用|访问|录入|记录|存储|保存|(您|你)[^，,；;。]{0,4}提供/;

/** Does the clause around the evidence's term deny taking it (我们不会读取您的通讯录)? */
function deniesTaking(r: Reading, e: Evidence): boolean {
  const sentence = sentenceAt(r.doc.sentences, e.start);
  if (!sentence) return false;
  const at = e.match?.start ?? e.start;
  const clause = r.context.clause(sentence, at);
  return r.context.denies(sentence, at) && TAKES.test(r.doc.folded.slice(clause.start, clause.end));
}

/**
 * Sentences where `term` occurs in a denied clause (or, with `denial: false`,
 * at all), leaving out those that also say `unless` (an exception, a consent).
 * `term` must be a global pattern without nested quantifiers.
 */
function sentencesSaying(r: Reading, term: RegExp, unless: RegExp, denial = true): Evidence[] {
  const out: Evidence[] = [];
  let last = -1;
  let read = 0;
  term.lastIndex = 0;
  for (let m = term.exec(r.doc.folded); m && read < MAX_SCAN; m = term.exec(r.doc.folded)) {
    const sentence = sentenceAt(r.doc.sentences, m.index);
    if (!sentence || sentence.index === last) continue;
    last = sentence.index;
    read++;
    if (unless.test(r.doc.folded.slice(sentence.start, sentence.end))) continue;
    if (denial && !r.context.denies(sentence, m.index)) continue;
    out.push(evidenceAt(r, sentence, { start: m.index, end: m.index + m[0].length }));
    if (out.length >= MAX_QUOTES) break;
  }
  return out;
}

/** Collected (or a permission asked for): yes; otherwise a clause that denies taking it: no. */
function collects(ids: readonly string[], permissions: readonly string[] = []) {
  return (r: Reading): Answer => {
    const items = r.analysis.dataItems.filter((d) => ids.includes(d.id));
    const yes = [
      ...items.filter((d) => d.status === 'collected').flatMap((d) => d.evidence),
      ...r.analysis.permissions.filter((p) => permissions.includes(p.id)).flatMap((p) => p.evidence),
    ];
    if (yes.length) return { answer: 'yes', evidence: quotes(yes) };
    const no = items.flatMap((d) => d.evidence).filter((e) => deniesTaking(r, e));
    return no.length ? { answer: 'no', evidence: quotes(no) } : unstated();
  };
}

/**
 * A checklist row that passed: yes, unless its quote says the thing cannot be
 * done (暂不支持注销账户), which is a no.
 */
function check(id: string, { cannot, value }: { cannot?: RegExp; value?: (e: Evidence[]) => string | undefined } = {}) {
  return (r: Reading): Answer => {
    const found = r.analysis.checks.find((c) => c.id === id);
    if (!found?.passed) return unstated();
    if (cannot && found.evidence.some((e) => cannot.test(foldText(e.quote)))) return { answer: 'no', evidence: found.evidence };
    const v = value?.(found.evidence);
    return { answer: 'yes', evidence: found.evidence, ...(v ? { value: v } : {}) };
  };
}

const risk = (r: Reading, id: string) => r.analysis.risks.find((x) => x.id === id);

/** A stated time limit; its length in working days decides which of several is the longest. */
const TIME_LIMIT = /(\d{1,3}|[一二两三四五六七八九十]{1,3})\s*(个工作日|工作日|个自然日|自然日|日|天|个月|月|周)/g;
/** The longest time limit the quotes state, as written: 15个工作日, 三十天. */
function longestLimit(evidence: readonly Evidence[]): string | undefined {
  let best: { text: string; days: number } | undefined;
  for (const e of evidence) {
    for (const m of e.quote.matchAll(TIME_LIMIT)) {
      const days = workingDays(numberIn(m[1]!), m[2]!);
      if (!best || days > best.days) best = { text: m[0].replace(/\s+/g, ''), days };
    }
  }
  return best?.text;
}

// The exceptions and conditions that turn a denial into a "not unless…".
const EXCEPT = /同意|授权|除外|除非|以下|如下|但|如需|如果|若|法律|法规/;

const NOT_ABROAD =
  /(不会|不得|绝不|决不|从不|不)[^。，,；;]{0,10}?(传输|转移|传送|提供|发送|存储|储存)[^。，,；;]{0,4}(至|到|于|给|在)?(境外|海外|国外)|(不会|不得|不)(出境|跨境)/g;

export const QUESTIONS: readonly Question[] = [
  {
    id: 'beyond_necessary',
    worse: 'yes',
    zh: '不给额外信息就不让用吗？',
    en: 'Does it refuse service unless you give more than it needs?',
    // 必要个人信息范围规定 第四条, as lib/necessary judged it for the app's type
    answer: (r) => {
      const beyond = r.analysis.necessary?.items.filter((i) => i.status === 'beyond') ?? [];
      return beyond.length
        ? { answer: 'yes', value: beyond.map((i) => i.label).join('、'), dataItems: beyond.map(({ id, label }) => ({ id, label })), evidence: quotes(beyond.flatMap((i) => i.evidence)) }
        : unstated();
    },
    examples: [
      { text: '欢迎使用某某地图导航。如您不提供通讯录信息，您将无法使用本应用。', answer: 'yes', value: '通讯录' },
      { text: '欢迎使用某某地图导航。我们会收集您的位置信息用于导航。', answer: 'unstated' },
    ],
  },
  {
    id: 'face',
    worse: 'yes',
    zh: '收集人脸信息吗？',
    en: 'Does it collect face data?',
    answer: collects(['face']),
    examples: [
      { text: '实名认证时，我们会采集您的人脸信息。', answer: 'yes' },
      { text: '我们不会收集您的人脸信息。', answer: 'no' },
      { text: '个人生物识别信息包括个人基因、指纹、声纹、面部识别特征等。', answer: 'unstated' },
      { text: '我们会收集您的手机号码用于注册。', answer: 'unstated' },
    ],
  },
  {
    id: 'contacts',
    worse: 'yes',
    zh: '读取通讯录吗？',
    en: 'Does it read your contacts?',
    // the address-book notice, which tells the phone's contacts from a delivery contact (收货联系人)
    answer: (r) => {
      const read = risk(r, 'address_book')?.evidence.filter((e) => /通讯录|联系人/.test(e.quote)) ?? [];
      if (read.length) return { answer: 'yes', evidence: read };
      const told = collects(['contacts'])(r);
      return told.answer === 'no' ? told : unstated();
    },
    examples: [
      { text: '在您使用添加好友功能时，我们会申请通讯录权限。', answer: 'yes' },
      { text: '本应用不会读取您的通讯录。', answer: 'no' },
      { text: '您可以修改收货地址和联系人。', answer: 'unstated' },
      { text: '我们会收集您的手机号码用于注册。', answer: 'unstated' },
    ],
  },
  {
    id: 'precise_location',
    worse: 'yes',
    zh: '获取精确位置吗？',
    en: 'Does it get your precise location?',
    answer: (r) => {
      const precise = risk(r, 'precise_location');
      if (precise) return { answer: 'yes', evidence: precise.evidence };
      // only the city, or a denial of the precise position (the notice's own exceptions)
      const coarse = [
        ...sentencesSaying(r, /(仅|只)[^。，,；;]{0,16}(城市|粗略|大致|模糊|大概)(级别)?的?(位置|定位|地理位置)/g, /精确|精准/, false),
        ...sentencesSaying(r, /(精确|精准|具体)的?(位置|定位|地理位置)/g, EXCEPT),
      ];
      if (coarse.length) return { answer: 'no', value: '仅大致位置', note: 'coarse_only', evidence: quotes(coarse) };
      const location = collects(['location'], ['location'])(r);
      return location.answer === 'no' ? location : unstated();
    },
    examples: [
      { text: '当您使用附近门店功能时，我们会收集您的地理位置信息。', answer: 'yes' },
      { text: '我们仅会获取您所在城市级别的大致位置，用于推荐本地内容。', answer: 'no', value: '仅大致位置' },
      { text: '我们不会收集您的位置信息。', answer: 'no' },
      // a fallback for those who refuse says the others are located precisely
      { text: '如您拒绝提供精确位置信息，我们将仅依赖城市级别的粗略位置为您提供同城服务。', answer: 'yes' },
      { text: '我们会收集您的手机号码用于注册。', answer: 'unstated' },
    ],
  },
  {
    id: 'id_number',
    worse: 'yes',
    zh: '收集身份证件号码吗？',
    en: 'Does it collect your ID number?',
    answer: collects(['id_document']),
    examples: [
      { text: '根据实名制要求，您需要提供身份证号码。', answer: 'yes' },
      { text: '本应用不会要求您提供身份证号码。', answer: 'no' },
      { text: '我们会与广告合作伙伴共享信息，但不会共享用于识别您身份的信息（姓名、身份证号）。', answer: 'unstated' },
      { text: '我们会收集您的手机号码用于注册。', answer: 'unstated' },
    ],
  },
  {
    id: 'targeting_optout',
    worse: 'no',
    zh: '个性化推荐能关吗？',
    en: 'Can personalised recommendations be turned off?',
    answer: (r) => {
      const answered = check('targeting_optout', { cannot: /(无法|不能|不可|不支持|不提供)[^。，,；;]{0,8}(关闭|退出|取消)/ })(r);
      if (answered.answer !== 'unstated') return answered;
      // personalised, with no way out stated: say so, it is still not a "no"
      const missing = risk(r, 'targeting_no_optout');
      return missing ? { ...unstated(missing.evidence, '有个性化推荐，未说明如何关闭'), note: 'optout_unstated' } : answered;
    },
    examples: [
      { text: '我们会向您推荐个性化内容，您可以在“设置-隐私”中关闭个性化推荐。', answer: 'yes' },
      { text: '我们会根据您的兴趣向您推荐个性化内容，个性化推荐功能无法关闭。', answer: 'no' },
      { text: '我们会根据您的浏览记录和兴趣偏好向您推荐个性化的内容和广告。', answer: 'unstated', value: '有个性化推荐，未说明如何关闭' },
    ],
  },
  {
    id: 'named_recipients',
    zh: '与多少家具名公司共享？',
    en: 'With how many named companies is your data shared?',
    answer: (r) => {
      const byKey = new Map<string, Evidence>();
      for (const c of r.analysis.sharing) {
        for (const x of c.recipients) if (x.kind === 'named_org' && !byKey.has(nameKey(x.name)) && c.evidence[0]) byKey.set(nameKey(x.name), c.evidence[0]);
      }
      if (byKey.size) return { answer: 'yes', value: byKey.size, evidence: distinct([...byKey.values()]) };
      // shares, but names no one: the count is not stated
      if (r.analysis.sharing.length) return unstated(distinct(r.analysis.sharing.flatMap((c) => c.evidence.slice(0, 1))), 0);
      const none = sentencesSaying(r, /共享|分享|转让|出售|提供给/g, EXCEPT);
      return none.length ? { answer: 'no', value: 0, evidence: none } : unstated();
    },
    examples: [
      { text: '我们会与北京示例数据科技有限公司共享您的手机号码。', answer: 'yes', value: 1 },
      { text: '我们不会与任何第三方共享您的个人信息。', answer: 'no', value: 0 },
      { text: '未经您的同意，我们不会与第三方共享您的个人信息。', answer: 'unstated' },
      { text: '我们会向合作伙伴提供您的订单信息，用于配送。', answer: 'unstated', value: 0 },
      { text: '我们会收集您的手机号码用于注册。', answer: 'unstated' },
    ],
  },
  {
    id: 'sdk_count',
    zh: '接入多少个第三方SDK？',
    en: 'How many third-party SDKs does it embed?',
    answer: (r) => {
      const { sdks } = r.analysis;
      if (sdks.length) return { answer: 'yes', value: sdks.length, evidence: distinct(sdks.flatMap((s) => s.evidence.slice(0, 1))) };
      const none = sentencesSaying(r, /(未|没有|不会|并未|从未)[^。，,；;]{0,6}(接入|集成|嵌入|使用)[^。，,；;]{0,10}(sdk|软件开发工具包)/g, /除外|除非|以下/, false);
      return none.length ? { answer: 'no', value: 0, evidence: none } : unstated();
    },
    examples: [
      { text: '我们接入了极光推送SDK，用于推送消息。', answer: 'yes', value: 1 },
      { text: '本应用未接入任何第三方SDK。', answer: 'no', value: 0 },
      { text: '我们不会允许第三方SDK收集您的通讯录。', answer: 'unstated' },
      { text: '我们会收集您的手机号码用于注册。', answer: 'unstated' },
    ],
  },
  {
    id: 'close_account',
    worse: 'no',
    zh: '能注销账户吗？',
    en: 'Can you delete your account?',
    answer: check('rights_close_account', { cannot: /(无法|不能|不可|不支持|不提供|暂不)[^。，,；;]{0,8}注销/ }),
    examples: [
      { text: '您可以在“设置-账号与安全”中申请注销账户。', answer: 'yes' },
      { text: '目前本应用暂不支持注销账户。', answer: 'no' },
      { text: '我们会收集您的手机号码用于注册。', answer: 'unstated' },
    ],
  },
  {
    id: 'response_time',
    zh: '多久答复您的请求？',
    en: 'How soon does it answer your requests?',
    answer: (r) => {
      // a limit over 15 working days is a finding of its own, and the one that counts
      const slow = risk(r, 'slow_response');
      if (slow) {
        const limit = longestLimit(slow.evidence);
        return limit ? { answer: 'yes', value: limit, evidence: slow.evidence } : { answer: 'yes', value: '超过15个工作日', note: 'over_15_working_days', evidence: slow.evidence };
      }
      return check('response_time', { value: longestLimit })(r);
    },
    examples: [
      { text: '我们将在15个工作日内答复您的请求。', answer: 'yes', value: '15个工作日' },
      { text: '我们将在收到您的请求后30天内答复。', answer: 'yes', value: '30天' },
      { text: '一般情况下我们会在三个工作日内处理您的请求，特殊情形下最长不超过三十天或法律规定的期限内作出答复。', answer: 'yes', value: '三十天' },
      { text: '对于您的投诉，我们会在一个月内予以处理并回复。', answer: 'yes', value: '一个月' },
      { text: '我们会尽快处理您的请求。', answer: 'unstated' },
    ],
  },
  {
    id: 'cross_border',
    worse: 'yes',
    zh: '会把信息传到境外吗？',
    en: 'Is your data sent abroad?',
    answer: (r) => {
      const abroad = risk(r, 'cross_border');
      if (abroad) return { answer: 'yes', evidence: abroad.evidence };
      // the reader's negatable verbs do not include 传输: the denial is spelled out here
      const none = sentencesSaying(r, NOT_ABROAD, EXCEPT, false);
      return none.length ? { answer: 'no', evidence: none } : unstated();
    },
    examples: [
      { text: '您的信息将传输至我们位于新加坡的境外数据中心进行存储。', answer: 'yes' },
      { text: '我们在中华人民共和国境内收集的个人信息将存储在境内，不会传输至境外。', answer: 'no' },
      { text: '未经您的单独同意，我们不会将您的个人信息传输至境外。', answer: 'unstated' },
      { text: '如需将您的个人信息传输至境外，我们会单独征得您的同意。', answer: 'unstated' },
    ],
  },
  {
    id: 'minors_rules',
    worse: 'no',
    zh: '有保护儿童信息的规则吗？',
    en: "Does it have rules for children's data?",
    answer: check('minors'),
    examples: [
      { text: '若您是不满14周岁的儿童，请在监护人陪同下使用，我们会在取得监护人同意后处理儿童个人信息。', answer: 'yes' },
      { text: '我们会收集您的手机号码用于注册。', answer: 'unstated' },
    ],
  },
];

/** Every question of the grid answered from one analysis. */
export function answerQuestions(analysis: Analysis): AnsweredQuestion[] {
  const { text } = analysis;
  // the analysis keeps its text, not its sentences: split and fold it again (same offsets)
  const doc: PolicyText = { text, folded: foldText(text), sentences: splitSentences(text), sections: detectSections(text) };
  const reading: Reading = { analysis, doc, context: contextReader(doc) };
  return QUESTIONS.map(({ id, zh, en, worse, answer }) => ({ id, zh, en, ...(worse ? { worse } : {}), ...answer(reading) }));
}
