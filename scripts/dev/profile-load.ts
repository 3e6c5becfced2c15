import { launchChromium } from '../../tests/e2e/helpers/browser';
import { serveStatic } from '../../tests/e2e/helpers/static-server';

const server = await serveStatic(process.argv[2] ?? 'dist');
const context = await launchChromium();
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
await cdp.send('Profiler.start');
const t0 = Date.now();
await page.goto(`${server.origin}/`);
await page.waitForFunction(() => document.documentElement.dataset.mapIdle === 'true', null, {
  timeout: 60000,
});
console.log('idle', Date.now() - t0);
const { profile } = await cdp.send('Profiler.stop');
const self = new Map<string, number>();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const dt = profile.timeDeltas ?? [];
(profile.samples ?? []).forEach((id, i) => {
  const n = byId.get(id);
  if (!n) return;
  const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
});
console.log(
  [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([k, v]) => `${v.toFixed(0).padStart(6)} ms ${k}`)
    .join('\n'),
);
await context.close();
await server.close();
