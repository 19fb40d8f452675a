// jieba-wasm behind a small interface. The wasm dictionary is global to the
// instance, so the segmenter is initialised once per JS realm and our lexicon
// terms are added to it once, as a user dictionary.
import * as jieba from 'jieba-wasm';

export interface Token {
  word: string;
  /** UTF-16 offsets into the text that was segmented */
  start: number;
  end: number;
}

export interface Segmenter {
  /** jieba `cut` with offsets; the tokens tile the input exactly. */
  tokenize(text: string): Token[];
  /** plain jieba `cut`, for benchmarks */
  cut(text: string): string[];
}

// High enough that jieba keeps each lexicon term as one token.
const USER_WORD_FREQ = 200_000;

type WebInit = (options: { module_or_path: string }) => Promise<unknown>;

let ready: Promise<void> | undefined;
const added = new Set<string>();

/**
 * In a Vite/WXT bundle 'jieba-wasm' is the web build, whose default export
 * fetches and instantiates the wasm; under Node it is the Node build, ready
 * synchronously, whose default export is the module object itself.
 * The extension ships the wasm at its root (wxt.config.ts); its path is given
 * from the root because the bundle's idea of "next to this module" is the
 * page or worker that loaded it.
 */
function loadWasm(): Promise<void> {
  const init = (jieba as unknown as { default?: unknown }).default;
  ready ??= (typeof init === 'function' ? (init as WebInit)({ module_or_path: '/jieba_rs_wasm_bg.wasm' }) : Promise.resolve()).then(() => {
    // The first cut builds jieba's default dictionary (~250 ms): pay it here.
    jieba.cut('初始化', true);
  });
  return ready;
}

function addWords(words: Iterable<string>): void {
  for (const word of words) {
    if (added.has(word) || word.length < 2 || /\s/.test(word)) continue;
    jieba.add_word(word, USER_WORD_FREQ, null);
    added.add(word);
  }
}

function tokenize(text: string): Token[] {
  const words = jieba.cut(text, true);
  const tokens: Token[] = new Array(words.length);
  let offset = 0;
  // cut returns every character of the input, in order: offsets are the
  // running sum of UTF-16 lengths (jieba's own `tokenize` counts code points).
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    tokens[i] = { word, start: offset, end: offset + word.length };
    offset += word.length;
  }
  return tokens;
}

const segmenter: Segmenter = { tokenize, cut: (text) => jieba.cut(text, true) };

/** The shared segmenter, with `userWords` in its dictionary. */
export async function getSegmenter(userWords: Iterable<string> = []): Promise<Segmenter> {
  await loadWasm();
  addWords(userWords);
  return segmenter;
}
