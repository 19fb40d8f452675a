// Phrases that contain 位置 or 定位 without meaning the user's location, shared
// by the location data item and the location permission.
export const NOT_A_PLACE: string[] = [
  // layout positions
  '显著位置',
  '醒目位置',
  '明显位置',
  '显眼位置',
  '首页位置',
  '页面位置',
  '页面的位置',
  '相对位置',
  '存储位置',
  '设置位置',
  '位置设定',
  // 特[定位]置
  '特定位置',
  // locating a fault
  '定位问题',
  '定位程序',
  '定位并解决',
  '定位故障',
  '定位异常',
  '定位原因',
  '定位您的问题',
  '问题定位',
  // positioning of a product
  '产品定位',
  '市场定位',
  '定位于',
];
