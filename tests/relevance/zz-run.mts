import { evaluate } from '/work/main/tests/relevance/evaluate.ts';
const base = process.argv[2] ?? 'http://service.localhost:3000';
const r = await evaluate(async (q) => {
  const res = await fetch(`${base}/api/search?q=${encodeURIComponent(q)}&type=service&locale=de&limit=10`);
  const body = await res.json() as { hits: { leikaKey?: string; title: string }[] };
  return body.hits.map((h) => `${h.leikaKey ?? ''} ${h.title}`);
});
console.log(JSON.stringify({ s5: r.successAt5.toFixed(3), mrr: r.mrr.toFixed(3) }));
for (const m of r.misses) console.log('MISS', m.q, '→', m.top.join(' | ').slice(0, 250));
