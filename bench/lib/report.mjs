// One format for every benchmark: a readable table, then a JSON line `pnpm bench` collects.
export function report(name, rows) {
  console.log(`\n${name}`);
  for (const r of rows) {
    const value = r.unit === 'ms' ? `${r.value.toFixed(0)} ms` : `${r.value.toFixed(2)} ${r.unit ?? ''}`.trim();
    const ratio = r.ratio !== undefined ? `  ×${r.ratio < 0.1 ? r.ratio.toPrecision(2) : r.ratio.toFixed(2)} of baseline` : "";
    const goal = r.goal ? `  (goal: ${r.goal})` : '';
    console.log(`  ${r.metric.padEnd(52)} ${value.padStart(12)}${ratio}${goal}`);
  }
  console.log(`BENCH ${JSON.stringify({ name, rows })}`);
}
