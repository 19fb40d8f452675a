// Necessary personal information through analyzePolicy: the table against the
// spec, each type cue's examples, each demand row's example, and one short
// policy per family of app types.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePolicy } from '../analyze';
import { APP_TYPES, DEMAND_ROWS, TYPE_CUES } from '.';

const chosenTypes = async (text: string) => (await analyzePolicy(text)).necessary!.types.filter((t) => t.chosen).map((t) => t.id);

describe('the table of 第五条', () => {
  const spec = readFileSync(resolve(import.meta.dirname, '..', '..', '..', 'shared', 'spec', 'necessary-pi.md'), 'utf8');
  const rows = spec
    .split('\n')
    .filter((l) => /^\| \(/.test(l))
    .map((l) => l.split('|').slice(1, -1).map((c) => c.trim()));

  it('has the 39 types of the spec, in its order, with its names, slugs and services', () => {
    expect(APP_TYPES.map((t) => [t.zh, t.id, t.service])).toEqual(rows.map(([, zh, slug, service]) => [zh, slug!.replace(/`/g, ''), service]));
    expect(APP_TYPES.map((t) => t.number)).toEqual(rows.map((_, i) => i + 1));
  });

  it('maps each listed item to the spec’s taxonomy ids, and marks the 13 types that need none', () => {
    for (const [i, [, , , , listed, mapping]] of rows.entries()) {
      const type = APP_TYPES[i]!;
      if (listed!.startsWith('无须个人信息')) {
        expect(type.noPi, type.id).toBe(true);
        expect(type.items).toEqual([]);
        continue;
      }
      const ours = type.items.map((item) => `${item.wording}→${item.ids.length ? item.ids.join(', ') : `— (${item.nearest!.join(', ')})`}`);
      expect(ours.join('; '), type.id).toBe(mapping);
    }
    expect(APP_TYPES.filter((t) => t.noPi)).toHaveLength(13);
  });

  it('marks how well each row is attested, as the spec’s checked column does', () => {
    const source = (checked: string) => (checked.startsWith('✔') ? 'confirmed' : checked.startsWith('○') ? 'single' : 'partial');
    expect(APP_TYPES.map((t) => t.source)).toEqual(rows.map((r) => source(r[6]!)));
    expect(APP_TYPES.filter((t) => t.source === 'single')).toHaveLength(10);
  });
});

describe('app type cues: each example through analyzePolicy', () => {
  it('has one row per type', () => {
    expect(TYPE_CUES.map((r) => r.type).sort()).toEqual(APP_TYPES.map((t) => t.id).sort());
  });
  it.each(TYPE_CUES.map((r) => [r.type, r.example] as const))('%s: %s', async (type, example) => {
    expect(await chosenTypes(example)).toContain(type);
  });
  it.each(TYPE_CUES.map((r) => [r.type, r.silent] as const))('not %s: %s', async (type, silent) => {
    expect(await chosenTypes(silent)).not.toContain(type);
  });
  it('an SDK list naming a map SDK does not make a shopping app a map app', async () => {
    const types = await chosenTypes('某某商城隐私政策\n您下单购买商品时，需要填写收货人和收货地址，可以加入购物车。\n第三方SDK列表：高德定位SDK，用于导航服务和路线规划。');
    expect(types).toEqual(['online_shopping']);
  });
  it('says it is unsure when nothing names the type, and the person’s choice overrides the guess', async () => {
    const text = '隐私政策\n注册账号时，您必须提供手机号码和通讯录。';
    const guessed = (await analyzePolicy(text)).necessary!;
    expect(guessed.unsure).toBe(true);
    const chosen = await analyzePolicy(text, { appTypes: ['online_shopping'] });
    expect(chosen.necessary!.by).toBe('user');
    expect(chosen.necessary!.types.filter((t) => t.chosen).map((t) => t.id)).toEqual(['online_shopping']);
    expect(chosen.necessary!.items.find((i) => i.id === 'contacts')?.status).toBe('beyond');
    expect(chosen.risks.map((r) => r.id)).toContain('beyond_necessary');
  });
});

const beyond = async (text: string) => (await analyzePolicy(text)).necessary!.items.filter((i) => i.status === 'beyond').map((i) => i.id);

describe('demand rows: each example, in a shopping app, demands an item beyond its list', () => {
  it.each(DEMAND_ROWS.map((r) => [r.scope, r.example] as const))('%s: %s', async (_scope, example) => {
    expect((await beyond(`某某商城隐私政策\n${example}`)).length).toBeGreaterThan(0);
  });
});

// [family, policy, expected type, demanded beyond the list, collected for an optional function]
const FAMILIES: readonly (readonly [string, string, string, string, string])[] = [
  ['map', '某某地图隐私政策\n使用导航服务时，我们会收集您的位置信息，为您进行路线规划。\n如您不提供通讯录，您将无法使用本应用。\n如您拒绝提供身份证号码，仅会使您无法使用车辆违章查询功能，但不影响您使用导航。', 'map_navigation', 'contacts', 'id_document'],
  ['ride-hailing', '某某打车隐私政策\n注册时您必须提供手机号码和身份证号码。\n叫车时我们会收集您的上车点和位置信息。\n如您拒绝提供通讯录，仅会使您无法设置紧急联系人，但不影响您叫车。', 'ride_hailing', 'id_document', 'contacts'],
  ['IM', '某某聊天隐私政策\n注册账号时，您必须提供手机号码和您的人脸信息。\n您可以添加好友、发起群聊，我们会保存聊天记录。\n如您拒绝提供位置信息，仅会使您无法使用附近的人功能，但不影响您正常聊天。', 'instant_messaging', 'face', 'location'],
  ['shopping', '某某商城隐私政策\n注册账号时，您必须提供手机号码和职业。\n下单购买商品时，需要填写收货人姓名、收货地址和联系电话，您可以加入购物车。\n如您拒绝提供位置信息，仅会使您无法查看附近门店，但不影响您购物。', 'online_shopping', 'occupation', 'location'],
  ['payment', '某某钱包隐私政策\n注册时您必须提供手机号码、姓名、身份证号码、银行卡号和通讯录。\n您可以使用付款码、转账和提现。\n如您拒绝提供位置信息，仅会使您无法查看附近优惠，但不影响您付款。', 'online_payment', 'contacts', 'location'],
  ['banking', '某某银行手机银行隐私政策\n登录手机银行时，您必须提供手机号码、身份证号码和通话记录。\n您可以使用转账汇款和账户管理。\n如您拒绝提供位置信息，仅会使您无法查找附近网点，但不影响您使用其他功能。', 'mobile_banking', 'call_log', 'location'],
  ['game', '某某手游隐私政策\n注册时您必须提供手机号码和通讯录。\n为落实防沉迷要求，我们会记录玩家的游戏时长。\n如您拒绝提供位置信息，仅会使您无法使用同城排行功能，但不影响您正常游戏。', 'online_gaming', 'contacts', 'location'],
  ['education', '某某网课隐私政策\n注册账号时，您必须提供手机号码和家庭住址。\n老师可以查看班级作业和课时记录。\n如您拒绝提供相册权限，仅会使您无法上传作业照片，但不影响您上课。', 'education', 'address', 'photos_media'],
  ['video', '某某影视隐私政策\n我们会保存您的播放记录和歌单。\n如您不提供手机号码，您将无法使用本应用。\n如您拒绝提供位置信息，仅会使您无法查看本地影院，但不影响您观看影视。', 'online_audio_video', 'phone', 'location'],
  ['browser', '某某浏览器隐私政策\n我们会在本地保存您的书签和标签页。\n如您不授权位置权限，将无法使用本应用。\n如您拒绝提供手机号码，仅会使您无法同步书签，但不影响您浏览网页。', 'browser', 'location', 'phone'],
  ['tools', '某某天气隐私政策\n我们为您提供天气预报和闹钟。\n如您不提供通讯录，您将无法使用本应用的所有功能。\n如您拒绝提供位置信息，仅会使您无法自动定位城市，但不影响您查询天气。', 'utility_tools', 'contacts', 'location'],
];

describe('one policy per family of app types', () => {
  it.each(FAMILIES)('%s: the type is guessed, the demand fires, the optional function does not', async (_family, text, type, demanded, optional) => {
    const a = await analyzePolicy(text);
    expect(a.necessary!.types.filter((t) => t.chosen).map((t) => t.id)).toContain(type);
    const item = (id: string) => a.necessary!.items.find((i) => i.id === id);
    expect(item(demanded)?.status).toBe('beyond');
    expect(item(optional)?.status).not.toBe('beyond');
    const finding = a.risks.find((r) => r.id === 'beyond_necessary');
    expect(finding?.kind).toBe('violation');
    expect(finding!.evidence.map((e) => e.quote).join('\n')).toContain(item(demanded)!.evidence[0]!.quote);
  });

  it('for a type that needs no personal information, a registration demand is no refusal of the basic service', async () => {
    expect(await beyond('某某新闻隐私政策\n注册账号时，您需要提供手机号码和通讯录。\n我们会为您推送新闻。')).toEqual([]);
  });

  it('an item the law requires (real-name registration in games) is necessary, not beyond', async () => {
    const a = await analyzePolicy('某某手游隐私政策\n根据防沉迷相关法律法规的要求，注册时您必须提供手机号码、姓名和身份证号码。');
    expect(a.necessary!.items.find((i) => i.id === 'id_document')).toMatchObject({ status: 'necessary', byLaw: true });
    expect(a.risks.map((r) => r.id)).not.toContain('beyond_necessary');
  });

  it('an alternative (手机号码或电子邮箱) is not a demand of either', async () => {
    expect(await beyond('某某商城隐私政策\n注册账号时，您需要提供手机号码或电子邮箱。')).toEqual([]);
  });
});
