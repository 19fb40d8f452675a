// Whose policy this is: the product a policy is named for (QQ in
// QQ隐私保护指引, 建行生活 in 建行生活平台个人信息保护政策). A name that is the
// policy's own product is neither an SDK nor a recipient.
import { nameKey } from './key';

const POLICY_WORDS = /(用户)?(隐私|私隐|个人信息|个人资料)(权)?(保护)?(政策|条款|声明|指引|协议|规则)|《|》|app|客户端|平台|\s/gi;

/** The key (nameKey) of the product the title names, or '' when it names none. */
export function productKey(title: string | undefined): string {
  return title ? nameKey(title.replace(POLICY_WORDS, '')) : '';
}
