import { readFileSync } from 'node:fs';
import { launchChromium } from '../../src/demo/chromium';
import { servePages } from '../../src/demo/server';

const seed = readFileSync('src/facts/seeds/000_5f5cc481bd84db83.txt', 'utf8')
  .split('\n')
  .filter((l) => l.trim().length > 20)
  .slice(0, 5)
  .map((p) => `<p>${p}</p>`)
  .join('');
const html = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>t</title><script>document.addEventListener('siyaq:annotated', () => { window.__done = true; });</script></head><body><article>${seed}</article></body></html>`;
const server = await servePages(new Map([['/s.html', html]]));
const ctx = await launchChromium('dist/test-chrome', { headless: true });
const agg = new Map<string, number>();
for (let i = 0; i < 6; i++) {
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(`http://www.aljazeera.net:${server.port}/s.html`);
  await page.waitForFunction(() => (window as unknown as { __done?: boolean }).__done);
  await page.waitForTimeout(300);
  const { profile } = (await cdp.send('Profiler.stop')) as {
    profile: {
      nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
      samples: number[];
      timeDeltas: number[];
    };
  };
  if (i === 0) {
    await page.close();
    continue;
  }
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, k) => {
    const n = byId.get(id)!;
    const url = n.callFrame.url.replace(/^.*\//, '');
    const key = `${url || '(native)'} ${n.callFrame.functionName || '(anon)'}:${n.callFrame.lineNumber}`;
    agg.set(key, (agg.get(key) ?? 0) + (profile.timeDeltas[k] ?? 0) / 1000 / 5);
  });
  await page.close();
}
const byUrl = new Map<string, number>();
for (const [k, v] of agg) byUrl.set(k.split(' ')[0]!, (byUrl.get(k.split(' ')[0]!) ?? 0) + v);
console.log(
  [...byUrl]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 8)
    .map(([k, v]) => `${v.toFixed(1)}ms ${k}`)
    .join('\n'),
);
console.log('---');
console.log(
  [...agg]
    .filter(([k]) => !k.startsWith('('))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([k, v]) => `${v.toFixed(2)}ms ${k}`)
    .join('\n'),
);
console.log(
  [...agg]
    .filter(([k]) => k.startsWith('('))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([k, v]) => `${v.toFixed(2)}ms ${k}`)
    .join('\n'),
);
await ctx.close();
await server.close();
