import { describe, expect, it } from 'vitest';
import { analyzePolicy } from '../analyze';
import { extractMarkdown } from '../extract';
import { catalogFor } from './match';
import { NAME_HEADS, NOT_NAMES } from './name';

const sdksOf = async (text: string, headings?: Map<string, number>) => (await analyzePolicy(text, { headings })).sdks;
const names = async (text: string) => (await sdksOf(text)).map((s) => s.name);

describe('SDK list layouts', () => {
  it('reads table rows with a header, with vendor, purpose and data items', async () => {
    const md = extractMarkdown(`## 第三方SDK目录
| SDK名称 | 提供方 | 使用目的 | 收集的个人信息 |
|---|---|---|---|
| 极光推送 | 深圳市和讯华谷信息技术有限公司 | 消息推送 | 设备标识符、IP地址 |
| 图片裁剪库 | 某开源社区 | 头像裁剪 | 相册 |`);
    const sdks = await sdksOf(md.text, md.headings);
    expect(sdks.map((s) => s.name)).toEqual(['极光推送', '图片裁剪库']);
    expect(sdks[0]).toMatchObject({ vendor: '深圳市和讯华谷信息技术有限公司', purpose: '消息推送', catalogId: 'jpush', category: 'push' });
    expect(sdks[0]!.dataItems).toEqual(expect.arrayContaining(['device_id', 'ip_address']));
    // an SDK the catalog does not know still appears, without catalogId
    expect(sdks[1]!.catalogId).toBeUndefined();
  });

  it('reads a name line followed by labelled field lines', async () => {
    const text = `（1）百度定位SDK
场景描述：定位功能
采集的个人信息或权限：经纬度、网络访问权限
SDK提供方：北京百度网讯科技有限公司
（2）讯飞语音SDK
场景描述：语音转文字
SDK提供方：科大讯飞股份有限公司`;
    const sdks = await sdksOf(text);
    expect(sdks.map((s) => [s.name, s.vendor])).toEqual([
      ['百度定位SDK', '北京百度网讯科技有限公司'],
      ['讯飞语音SDK', '科大讯飞股份有限公司'],
    ]);
    expect(sdks[0]!.dataItems).toContain('location');
  });

  it('reads labelled fields on one line', async () => {
    expect(await names('1. SDK名称：友盟统计SDK；使用目的：统计分析；收集个人信息类型：设备标识符\n2. SDK名称：数美风控；使用目的：反作弊')).toEqual([
      '友盟统计SDK',
      '数美风控',
    ]);
  });

  it('reads numbered prose and keeps the non-SDK-named members of an SDK run, not the parties', async () => {
    const items = ['OPPO推送SDK', '华为推送SDK', '小米push SDK', '腾讯灯塔Beacon', '第三方物流公司', '剪贴板'];
    const text = items.map((n, i) => `（${i + 1}）${n}：用于推送游戏内消息；所分享的信息可能有您的手机型号。`).join('\n');
    expect(await names(text)).toEqual(['OPPO推送SDK', '华为推送SDK', '小米push SDK', '腾讯灯塔Beacon']);
  });

  it('reads numbered items that name the SDK as a sentence, with 由…提供 as vendor, and skips items that are just sentences', async () => {
    const text = [
      '（1）人脸识别SDK。为了向您提供人脸识别服务，我们使用了人脸识别SDK，该SDK由北京示例智能科技有限公司提供。',
      '（2）录音SDK。为了向您提供语音录制服务，我们使用了录音SDK，该SDK由北京示例音通技术有限责任公司提供。',
      '（3）我们可能会根据法律法规的要求向相关部门进行报告。',
    ].join('\n');
    const sdks = await sdksOf(text);
    expect(sdks.map((s) => [s.name, s.vendor])).toEqual([
      ['人脸识别SDK', '北京示例智能科技有限公司'],
      ['录音SDK', '北京示例音通技术有限责任公司'],
    ]);
  });

  it('reads rows written as comma-separated cells, one a numbered line, named by their library, linked by their kind', async () => {
    const rows = [
      '1. iOS，刷脸SDK，FaceAuthKit，涉及用户面部信息，用以核对用户，https://example.com',
      '2. iOS，日志框架类，CocoaLumberjack，不涉及用户信息，https://github.com/CocoaLumberjack',
      '3. Android，小米推送sdk，PushXiaomi-release.aar，涉及设备信息，为你提供推送服务，https://dev.mi.com',
    ].join('\n\n');
    const sdks = await sdksOf(rows);
    expect(sdks.map((s) => [s.name, s.purpose, s.catalogId])).toEqual([
      ['FaceAuthKit', '刷脸SDK', undefined],
      ['CocoaLumberjack', '日志框架类', undefined],
      ['PushXiaomi-release.aar', '小米推送sdk', 'xiaomi-push'],
    ]);
    // a row is one SDK, apart from the same SDK named in prose, and apart from the next row
    expect(await names(`我们接入了小米推送SDK，用于推送消息。\n${rows}`)).toHaveLength(4);
    const builds = ['1. iOS，青禾支付SDK，QHPaySDK，涉及订单信息，https://example.com', '2. Android，青禾支付sdk，QHPaySDK_v1.0.jar，涉及订单信息，https://example.com'];
    expect(await names([...builds, rows.split('\n\n')[1]!].join('\n'))).toEqual(['QHPaySDK', 'QHPaySDK_v1.0.jar', 'CocoaLumberjack']);
    // two such lines are not yet a list
    expect(await names(rows.split('\n\n').slice(0, 2).join('\n'))).toEqual(['刷脸SDK']);
  });

  it('reads a table flattened into one line with no separators', async () => {
    const flat =
      '接入第三方SDK目录：序号SDK类型公司SDK描述收集信息1身份证识别SDK北京某某科技有限公司用于实名认证识别身份证图片信息身份证信息，设备型号' +
      '2高德定位SDK高德软件有限公司用于识别登录时的地理位置信息经纬度3神策数据神策网络科技（北京）有限公司收集操作日志，设备信息' +
      '4谷歌GoogleInc用于数据分析无无5FacebookFacebook Inc用于第三方登录无无 以下为设备权限说明，我们会在您使用相应功能时申请对应权限，请您知悉并了解相关内容。';
    const sdks = await sdksOf(flat);
    expect(sdks.map((s) => s.name)).toEqual(['身份证识别SDK', '高德定位SDK', '神策数据', '谷歌', 'Facebook']);
    expect(sdks[0]!.vendor).toBe('北京某某科技有限公司');
    expect(sdks[2]!.vendor).toBe('神策网络科技（北京）有限公司');
  });

  it('reads a table flattened into one cell a line', async () => {
    const cells = ['SDK服务', '具体功能', '客户端', '获取信息', '隐私权政策',
      '微信分享SDK', '微信分享、登录', '安卓端', '网络状态', '点击查看第三方隐私政策',
      'Okhttp3', '网络请求', '安卓端', '无', '点击查看第三方隐私政策',
      '谷歌Gson', 'JSON解析', '安卓端', '无', '点击查看第三方隐私政策',
      '极光推送', '消息推送', 'iOS端', 'IDFA', '点击查看第三方隐私政策'];
    expect(await names(cells.join('\n'))).toEqual(['微信分享SDK', 'Okhttp3', '谷歌Gson', '极光推送']);
  });

  it('reads a table flattened one cell a line whose vendor column comes first: the line after a company is the name', async () => {
    const cells = ['第三方公司名称', '产品/服务', '涉及个人信息', '使用目的', '第三方链接',
      '北京青禾网络科技有限公司', 'QH（ACE）', '设备型号、IMEI', '反作弊', 'https://example.com/a',
      '上海示例信息技术有限公司', '示例应用商店', '设备识别码', '渠道登录、支付', 'https://example.com/b', 'https://example.com/c',
      '深圳市样例科技有限公司', 'trackingKit_Android', '设备标识符', '广告归因', 'https://example.com/d'];
    const sdks = await sdksOf(cells.join('\n'));
    expect(sdks.map((s) => [s.name, s.vendor])).toEqual([
      ['QH（ACE）', '北京青禾网络科技有限公司'],
      ['示例应用商店', '上海示例信息技术有限公司'],
      ['trackingKit_Android', '深圳市样例科技有限公司'],
    ]);
    expect(sdks[0]!.dataItems).toContain('device_id');
  });

  it('reads "name（用于…）" lists in a sentence about service providers', async () => {
    expect(await names('目前，服务商包含但不限于魅族推送（用于信息推送）、Talkingdata（用于数据统计）、sharesdk（用于分享）。')).toEqual([
      '魅族推送',
      'Talkingdata',
      'sharesdk',
    ]);
  });
});

describe('SDK names as the policy writes them', () => {
  it.each([...NAME_HEADS, ...NOT_NAMES].map((row) => [row.what, row] as const))('%s', async (_, row) => {
    expect(await names(row.example)).toEqual(row.names);
  });

  it('takes the vendor written before the name as its vendor', async () => {
    const [sdk] = await sdksOf(NAME_HEADS.find((r) => r.what.startsWith('the vendor'))!.example);
    expect(sdk).toMatchObject({ name: '青禾崩溃SDK', vendor: '深圳市青禾网络有限公司' });
  });
});

describe('SDKs named in prose', () => {
  it('counts a catalog SDK named in a sentence about third-party services', async () => {
    const sdks = await sdksOf('为了统计应用的使用情况，我们接入了友盟统计SDK，它会收集您的设备标识符。');
    expect(sdks).toHaveLength(1);
    expect(sdks[0]).toMatchObject({ catalogId: 'umeng-analytics', category: 'analytics' });
    expect(sdks[0]!.evidence[0]!.quote).toContain('友盟统计');
  });

  it('reads the whole words before SDK, back to a function word, never from a link', async () => {
    expect(await names('为了一键登录，我们使用了青禾云号码认证服务SDK。')).toEqual(['青禾云号码认证服务SDK']);
    expect(await names('您可以通过接入的在线客服SDK联系我们。')).toEqual(['在线客服SDK']);
    expect(await names('我们在应用程序中嵌入关联公司开发的应用安全SDK收集您的设备信息。')).toEqual(['应用安全SDK']);
    expect(await names('订单信息通过嵌入的青禾钱包软件工具开发包（软件工具开发包在本政策中简称“SDK”）共享。')).toEqual(['青禾钱包软件工具开发包']);
    expect(await names('第三方隐私政策见 https://example.com/qinghe-sdk/privacy 。')).toEqual([]);
  });

  it('does not find a short alias inside ordinary words (个推 in 一个推送)', async () => {
    expect(await names('我们会向您的设备发送一个推送通知，告知您订单状态。')).toEqual([]);
  });

  it('reads "<name>SDK" in running text, with its vendor, and not SDKs in general', async () => {
    const sdks = await sdksOf('为了向您提供人脸识别服务，我们使用了人脸识别SDK，该SDK由北京示例智能科技有限公司提供。上述第三方SDK会收集您的设备信息。');
    expect(sdks.map((s) => [s.name, s.vendor])).toEqual([['人脸识别SDK', '北京示例智能科技有限公司']]);
  });

  it('needs words besides the name itself that speak of code (Apple ID登录 says 登录)', async () => {
    expect(await names('当您使用Apple ID登录时，我们会获取您的电子邮箱地址。')).toEqual([]);
    expect(await names('为实现Apple ID登录，我们接入了苹果提供的登录组件。')).toEqual(['Apple ID登录']);
  });

  it('a payment method offered by name is not an SDK, even when the next clause speaks of one; the policy\'s own product is not third-party', async () => {
    expect(await names('您可以选择微信支付、QQ钱包或Apple Pay完成支付。')).toEqual([]);
    expect(await names('您需要选择支付方式（如微信支付），订单信息将通过嵌入的软件工具开发包共享。')).toEqual([]);
    expect(await names('我们在客户端中嵌入了微信支付，用于完成订单支付。')).toEqual(['微信支付']);
    const own = await analyzePolicy('高德地图隐私权政策\n如果您申请注册成为高德地图开放平台服务商，您需要提供身份信息。', { title: '高德地图隐私权政策' });
    expect(own.sdks).toEqual([]);
  });

  it('keeps the name the policy writes and records the catalog match in catalogId; an alias beside it is the same SDK', async () => {
    expect((await sdksOf('为了推送消息，我们集成了小米Push SDK。')).map((s) => [s.name, s.catalogId])).toEqual([['小米Push SDK', 'xiaomi-push']]);
    expect((await sdksOf('SDK名称 | 提供方\n极光推送（JPush） | 深圳市和讯华谷信息技术有限公司\n我们还会通过JPush SDK向您推送消息。')).map((s) => s.name)).toEqual([
      '极光推送（JPush）',
    ]);
  });

  it('reads 繁體 SDK names', async () => {
    expect((await sdksOf('我們接入了極光推送SDK，用於向您推送消息。'))[0]).toMatchObject({ catalogId: 'jpush' });
  });
});

describe('catalogFor', () => {
  it.each([
    ['Umeng（友盟） SDK', 'umeng-analytics'],
    ['小米PUSH', 'xiaomi-push'],
    ['腾讯Bugly SDK', 'bugly'],
  ])('links %s to %s', (name, id) => {
    expect(catalogFor(name)?.id).toBe(id);
  });

  it('never cuts a Latin word to find an alias', () => {
    expect(catalogFor('Facebook')?.id).not.toBe('megvii-faceid');
  });
});
