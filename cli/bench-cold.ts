// One cold start, for bench.ts: prints the ms a fresh process spends from
// nothing loaded to its first Analysis — loading jieba's wasm, building its
// dictionary, adding our lexicon, analysing once. Loading our own modules is
// left out: under tsx it measures the TypeScript compiler, not Zhiqing (the
// extension ships them bundled).
const t0 = performance.now();
await import('jieba-wasm');
const wasmMs = performance.now() - t0;
const { analyzePolicy } = await import('../lib/analyze');
const { loadPolicy } = await import('./input');
const policy = loadPolicy(process.argv[2]!);
const t1 = performance.now();
await analyzePolicy(policy.text, { title: policy.title, headings: policy.headings });
console.log(wasmMs + performance.now() - t1);
export {};
