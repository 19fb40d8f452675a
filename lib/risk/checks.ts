// The completeness checklist: what a PIPL-era policy must tell its reader.
// Each row: [id, title, pattern over the folded text, example]; the first
// sentence that matches is the evidence.
import type { Check } from '../types';
import { evidenceFor, type PolicyText } from '../text';

export type CheckRule = readonly [id: string, title: string, pattern: RegExp, example: string];

export const CHECK_RULES: readonly CheckRule[] = [
  ['update_date', '写明更新或生效日期', /(更新|修订|生效|发布|施行)(日期|时间)|最近更新/, '更新日期：2022年1月25日'],
  ['contact', '提供联系方式', /[\w.+-]+@[\w-]+(\.[\w-]+)+|(电话|热线|客服)[^。]{0,12}\d{3,}|\b(400|800)[-\s]?\d{3}[-\s]?\d{4}\b|\b95\d{3,4}\b|个人信息保护(负责人|专职部门)[^。]{0,30}(联系|邮箱|电话)/, '您可以通过privacy@example.com与我们联系。'],
  ['retention', '说明保存期限', /(保存|存储|储存|保留|留存)(期限|期间|时限|时间)|(最短|必要)(的)?(时间|期限)|(保存|存储|留存)[^。]{0,20}(\d+|[一二三四五六七八九十])(个)?(年|月|日|天)/, '我们仅在实现目的所必需的最短时间内保存您的个人信息。'],
  ['right_access', '可查阅个人信息', /(查阅|访问|查询|查看)[^。]{0,20}(个人信息|个人资料|账户信息|您的信息)/, '您有权访问您的个人信息。'],
  ['right_correct', '可更正个人信息', /(更正|修改|更新|改正)[^。]{0,20}(个人信息|个人资料|信息)/, '您有权更正您的个人信息。'],
  ['right_delete', '可删除个人信息', /删除[^。]{0,20}(个人信息|个人资料|信息)|(个人信息|个人资料)[^。]{0,10}删除/, '您可以向我们提出删除个人信息的请求。'],
  ['right_withdraw', '可撤回同意', /撤回[^。]{0,10}(同意|授权)|改变[^。]{0,6}授权(同意)?(的)?范围/, '您可以撤回您的授权同意。'],
  ['right_close_account', '可注销账户', /注销[^。]{0,10}(账户|账号|帐户|帐号)|(账户|账号|帐户|帐号)[^。]{0,6}注销/, '您可以在“设置-账号注销”中注销账户。'],
  ['minors', '有未成年人保护条款', /未成年|儿童|不满十四|未满十四|不满14|未满14|监护人/, '我们如何保护未成年人的个人信息'],
  ['complaint', '说明投诉或救济途径', /投诉|举报|申诉|向[^。]{0,10}(法院|监管部门|网信)/, '您可以向网信、电信、公安等监管部门进行投诉或举报。'],
];

export function runChecks(doc: PolicyText): Check[] {
  return CHECK_RULES.map(([id, title, pattern]) => {
    const sentence = doc.sentences.find((s) => pattern.test(doc.folded.slice(s.start, s.end)));
    return { id, title, passed: Boolean(sentence), evidence: sentence ? [evidenceFor(doc, sentence)] : [] };
  });
}
