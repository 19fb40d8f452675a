// What an SDK name is, as the policy writes it. Every layout's candidate
// passes through `readName`: what a list or a sentence put before the name
// comes off (a marker, a bullet, lead-in words, the vendor), and what is left
// is refused when it is a sentence, a permission or a word for SDKs in general.
// Each row's example is a policy excerpt that sdk.test.ts runs through
// analyzePolicy, with the SDK names it must yield.
import { PERMISSIONS } from '../lexicon/permissions';
import { ORG_NAME } from '../org';
import { foldText, LIST_MARKER } from '../text';

export interface NameRow {
  what: string;
  example: string;
  names: readonly string[];
}


/** What comes off the front of a name, tried in turn until none applies. */
export const NAME_HEADS: readonly (NameRow & { head: RegExp })[] = [
  {
    what: 'a list marker or a bullet',
    head: LIST_MARKER, // the one table, lib/text/markers.ts
    example: 'SDK名称 | 提供方\nl 青禾地图SDK | 青禾网络有限公司\n（2）青禾推送SDK | 青禾网络有限公司\n• 青禾统计SDK | 青禾网络有限公司',
    names: ['青禾地图SDK', '青禾推送SDK', '青禾统计SDK'],
  },
  {
    what: 'a platform cell before a bullet, from a table copied as text',
    head: /^(?:android|ios|安卓|苹果|鸿蒙)\s*(?=[-•·●▪]|[lo]\s)/i,
    example: 'SDK名称 | 提供方\nAndroid l 青禾地图SDK | 青禾网络有限公司\niOS • 青禾推送SDK | 青禾网络有限公司',
    names: ['青禾地图SDK', '青禾推送SDK'],
  },
  {
    what: 'lead-in words: who integrates it and how',
    head: /^(?:(?:我们|我司|本(?:应用|app|软件|平台|产品)|[^\s，,。；;:：]{0,12}?(?:app|应用|客户端))(?:还|会|已|将|可能会?)*)?(?:集成|接入|嵌入|引入|使用|采用|调用|内置)了?(?:以下|如下)?(?:第三方)?/i,
    example: '（1）我们接入了青禾推送SDK：用于推送消息\n（2）本APP集成青禾统计SDK：用于统计\n（3）嵌入青禾登录SDK：用于登录',
    names: ['青禾推送SDK', '青禾统计SDK', '青禾登录SDK'],
  },
  {
    what: 'the vendor written before the name, which becomes the vendor',
    head: new RegExp(`^(${ORG_NAME.source})(?:提供|开发|推出)?的`),
    example: '（1）示例APP集成深圳市青禾网络有限公司的青禾崩溃SDK：用于收集崩溃日志\n（2）青禾推送SDK：用于推送消息\n（3）青禾统计SDK：用于统计',
    names: ['青禾崩溃SDK', '青禾推送SDK', '青禾统计SDK'],
  },
];

// Names of system permissions the data lexicon does not list.
const OTHER_PERMISSIONS = ['nfc', 'siri', 'faceid', 'touchid', '面容id', '指纹', '健康', '运动与健身', '本地网络', 'homekit', '媒体与applemusic'];
const PERMISSION_WORDS = [...new Set([...PERMISSIONS.flatMap((p) => p.terms.map(foldText)), ...OTHER_PERMISSIONS])].sort((a, b) => b.length - a.length);
const PERMISSION_WORD = new RegExp(PERMISSION_WORDS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
// Around permission words in a permission table's rows: 摄像头（或相机）, 相册和文件存储,
// and 基于位置的功能, the standard's wording for what a permission enables
const PERMISSION_FILLER = /[\s()（）、/和或及与的]|基于|权限|文件|存储|读写|读取|访问|功能|服务/g;

/** A permission's label (麦克风, 摄像头（或相机）, 相册和文件存储, NFC), not an SDK. */
export function isPermissionLabel(name: string): boolean {
  const folded = foldText(name).replace(/\s/g, '');
  const rest = folded.replace(PERMISSION_WORD, '');
  return rest.length < folded.length && !rest.replace(PERMISSION_FILLER, '');
}

/** What a name can never be. */
export const NOT_NAMES: readonly (NameRow & { test: (folded: string) => boolean })[] = [
  {
    what: 'a sentence',
    test: (f) => /[。，；,;！!？?]|请|您|我们|你的/.test(f),
    // the SDK a sentence names is read from it, the sentence is no name
    example: '（1）请您将青禾推送SDK升级到最新版本。\n\n青禾钱包功能由青禾公司向您提供\nSDK提供方：青禾网络有限公司',
    names: ['青禾推送SDK'],
  },
  {
    what: 'a word for SDKs in general, a definition or a list title',
    test: (f) =>
      /^(?:第三方|合作的?|相关|上述|该|此|其他|其它|部分)*(?:sdk|插件|软件开发工具包|软件工具开发包|softwaredevelopmentkit)类?(?:名称|服务|服务商|提供商|提供方|合作方)?$/.test(f) ||
      /^(?:是指|指|即|系指)|目录|清单|列表|以下|如下|我司|本公司/.test(f),
    example: '我们的合作方如下：\n（1）第三方SDK类服务商：用于推送\n（2）合作的第三方SDK服务商：用于统计\n（3）Software Development Kit：是指软件开发工具包',
    names: [],
  },
  {
    what: 'a permission',
    test: isPermissionLabel,
    // and the table is a permission table: Siri与搜索 is none of its SDKs either
    example: '名称 | 使用目的\n摄像头（或相机） | 扫码\n相册和文件存储 | 上传头像\n麦克风 | 语音搜索\nNFC | 读取卡片\nSiri与搜索 | 语音助手',
    names: [],
  },
];

// A library file can be long: AMap2DMap_6.0.0_AMapSearch_7.9.0_20210331.jar
const LIBRARY_FILE = /^[a-z][\w.+-]{0,79}$/i;

/** The name a candidate holds, with the vendor written before it; undefined when it is no name. */
export function readName(raw: string): { name: string; vendor?: string } | undefined {
  let name = raw.replace(/^[*_\s]+|[*_\s:：;；,，。]+$/g, '');
  let vendor: string | undefined;
  for (let again = true; again; ) {
    again = false;
    for (const row of NAME_HEADS) {
      const m = row.head.exec(name);
      if (!m || !m[0]) continue;
      if (m[0].length === name.length) return undefined;
      vendor ??= m[1];
      name = name.slice(m[0].length).trim();
      again = true;
    }
  }
  const folded = foldText(name).replace(/\s/g, '');
  if (name.length < 2 || (name.length > 40 && !LIBRARY_FILE.test(name)) || NOT_NAMES.some((row) => row.test(folded))) return undefined;
  return { name, vendor };
}
