// The one name normaliser: two names are the same name when their keys are
// equal (or, for loose matching, one key contains the other). Folded (简体,
// half-width, lower case) and without whitespace, punctuation or symbols:
// "Umeng（友盟） SDK" → "umeng友盟sdk".
import { foldText } from '../text';

export function nameKey(name: string): string {
  return foldText(name).replace(/[\s\p{P}\p{S}]/gu, '');
}
