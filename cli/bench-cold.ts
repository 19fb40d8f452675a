// One cold start, for bench.ts: prints ms from nothing loaded to the first Analysis.
const t0 = performance.now();
const { analyzePolicy } = await import('../lib/analyze');
const { loadPolicy } = await import('./input');
const policy = loadPolicy(process.argv[2]!);
await analyzePolicy(policy.text, { title: policy.title, headings: policy.headings });
console.log(performance.now() - t0);
export {};
