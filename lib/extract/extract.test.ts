import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { detectMeta, extractDocument, extractMarkdown } from '.';
import { INLINE_RULES } from './markup';
import { foldText } from '../text';

// linkedom needs the <html> element a browser would infer.
const doc = (html: string) => parseHTML(/<html[\s>]/i.test(html) ? html : `<html>${html}</html>`).document as unknown as Document;

describe('extractMarkdown', () => {
  it('drops front matter but keeps its title', () => {
    const out = extractMarkdown('---\ntitle: 示例隐私保护政策\ndate: 2022-06-10\n---\n\n# 示例隐私保护政策\n正文。');
    expect(out.text).not.toContain('date:');
    expect(out.title).toBe('示例隐私保护政策');
    expect(out.headings.get('示例隐私保护政策')).toBe(1);
  });

  it('strips bold markup inside sentences so terms are whole', () => {
    expect(extractMarkdown('我们会收集您的**身份证号码**和__手机号__。').text).toBe('我们会收集您的身份证号码和手机号。');
  });

  it('keeps table cells apart and drops the divider row', () => {
    const out = extractMarkdown('| SDK名称 | 提供方 |\n|---|---|\n| 极光推送 | 深圳市和讯华谷信息技术有限公司 |');
    expect(out.text.split('\n')).toEqual(['SDK名称 | 提供方', '极光推送 | 深圳市和讯华谷信息技术有限公司']);
  });

  it('marks a line that is entirely bold as a heading', () => {
    expect(extractMarkdown('**我们收集的个人信息**\n正文').headings.has('我们收集的个人信息')).toBe(true);
  });

  it.each(INLINE_RULES.map(([, , example]) => example))('inline rule example %s loses its markup', (example) => {
    expect(extractMarkdown(example).text).not.toMatch(/[*_`\[\]<>!\\]|\(http/);
  });
});

describe('extractDocument', () => {
  const policy = Array.from({ length: 30 }, (_, i) => `<p>第${i + 1}条，我们会收集您的手机号码和设备信息，用于提供服务并保障账户安全。</p>`).join('');

  it('keeps headings, list items and table rows with cells apart', () => {
    const page = doc(`<html><head><title>隐私政策 - 示例</title></head><body><nav>首页 登录</nav><article>
      <h2>一、我们如何收集信息</h2>${policy}<ul><li>姓名</li><li>手机号</li></ul>
      <table><tr><th>SDK名称</th><th>提供方</th></tr><tr><td>极光推送</td><td>深圳市和讯华谷信息技术有限公司</td></tr></table>
      </article><footer>版权所有</footer><script>var tracking = 1;</script></body></html>`);
    const out = extractDocument(page);
    const lines = out.text.split('\n');
    expect(lines).toContain('一、我们如何收集信息');
    expect(lines).toContain('姓名');
    expect(lines).toContain('极光推送 | 深圳市和讯华谷信息技术有限公司');
    expect(out.headings.get('一、我们如何收集信息')).toBe(2);
    expect(out.text).not.toContain('tracking');
    expect(out.title).toBe('隐私政策 - 示例');
  });

  it('reads text inside collapsed <details> sections', () => {
    const out = extractDocument(doc(`<body><main>${policy}<details><summary>五、Cookie</summary><p>我们使用Cookie记录您的偏好设置。</p></details></main></body>`));
    expect(out.text).toContain('我们使用Cookie记录您的偏好设置');
  });

  it('falls back to the densest Chinese block when Readability picks too little', () => {
    // Readability tends to drop table-only layouts; the policy lives in cells.
    const rows = Array.from({ length: 40 }, (_, i) => `<tr><td>${i}</td><td>我们会收集您的位置信息和设备标识符以提供附近的服务。</td></tr>`).join('');
    const out = extractDocument(doc(`<body><div class="teaser"><p>Welcome to our site, please read our terms before continuing to use the service.</p></div><table>${rows}</table></body>`));
    expect(out.text.split('\n').length).toBeGreaterThanOrEqual(40);
  });

  it('survives malformed HTML', () => {
    const out = extractDocument(doc('<body><p>我们收集<b>手机号<p>未闭合的段落<div>隐私政策</body>'));
    expect(out.text).toContain('手机号');
  });
});

describe('detectMeta', () => {
  const meta = (t: string) => detectMeta({ text: t, folded: foldText(t) });

  it('reads operator, update and effective dates', () => {
    const m = meta('示例隐私政策\n更新日期：2021年08月19日\n生效日期：2021年【12】月【13】日\n杭州示例网络科技有限公司（以下简称“我们”）非常重视您的隐私。');
    expect(m).toMatchObject({ title: '示例隐私政策', company: '杭州示例网络科技有限公司', updatedAt: '2021-08-19', effectiveAt: '2021-12-13' });
  });

  it('reads a bank calling itself 我行 and dates in 繁體', () => {
    const m = meta('私隱政策\n最近更新日期：2018年6月1日\n興華銀行股份有限公司（以下簡稱“我行”）');
    expect(m.company).toBe('興華銀行股份有限公司');
    expect(m.updatedAt).toBe('2018-06-01');
  });

  it.each([
    ['本政策适用于【深圳示例网络科技有限公司】及其关联公司（以下简称「我们」）。', '深圳示例网络科技有限公司'],
    ['欢迎使用示例支付！示例支付（中国）网络技术有限公司（注册地址：上海市浦东新区某路1号）提供本服务。', '示例支付（中国）网络技术有限公司'],
    ['本平台由北京某某技术开发有限公司开发，经营者为重庆示例科技有限公司（下称“我们”）。', '重庆示例科技有限公司'],
    ['《示例》是一款由深圳市示例计算机系统有限公司（以下简称“我们”）提供的产品。', '深圳市示例计算机系统有限公司'],
    ['示例地图（或简称“我们”）制定本政策。\n释义\n示例地图：指示例地图产品和服务的提供者示例软件有限公司。', '示例软件有限公司'],
    ['示例服务提供者（或简称“我们”）制定本政策。\n示例服务提供者：指示例应用的技术服务提供者示例云科技有限公司、示例网络有限公司。', '示例云科技有限公司'],
    ['在本政策中，「我們」指示例科技香港有限公司；而「您」指用戶。', '示例科技香港有限公司'],
    ['欢迎您选择由深圳市示例计算机系统有限公司和深圳市示例天游科技有限公司共同提供的游戏服务！', '深圳市示例计算机系统有限公司'],
    ['本应用所有方某某市人民政府办公室（以下简称“我方”）会按照本政策处理您的信息。', '某某市人民政府办公室'],
    ['示例银行股份有限公司浙江省分行（以下简称“我行”）深知个人信息的重要性。', '示例银行股份有限公司'],
    ['本指引中的示例公司（以下简称“我们”），具体是指游戏服务的提供方深圳市示例计算机系统有限公司。', '深圳市示例计算机系统有限公司'],
  ])('finds the operator in %s', (text, company) => {
    expect(meta(text).company).toBe(company);
  });

  it.each([
    ['概要\n《示例3用户个人信息及隐私保护政策》（以下简称"《隐私政策》"）由您与示例公司共同缔结。\n• 我们采用多方位的安全保护措施，保护您的个人信息。', '示例3用户个人信息及隐私保护政策'],
    ['更新提示\n除《游戏隐私保护指引》外，我们还将通过《示例麻将隐私保护指引》（“本指引”）向您说明。', '示例麻将隐私保护指引'],
    ['一、我们如何收集和使用您的个人信息\n示例App隐私政策\n更新日期：2022年1月1日', '示例App隐私政策'],
    ['title: 示例隐私保护政策\nsidebar_position: 2\n示例隐私保护政策', '示例隐私保护政策'],
  ])('takes the policy\'s own name, never a heading or a bullet: %s', (text, title) => {
    expect(meta(text).title).toBe(title);
  });

  it('gives nothing rather than a wrong date', () => {
    expect(meta('更新日期：2021年13月40日').updatedAt).toBeUndefined();
  });
});
