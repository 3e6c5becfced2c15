import { AtlasDriver } from '../../tests/e2e/driver';

const d = await AtlasDriver.start();
const t0 = Date.now();
await d.open(process.argv[2] ?? '');
console.log('idle after', Date.now() - t0, 'ms');
console.log(await d.screenshot(process.argv[3] ?? 'manual'));
console.log('errors', d.consoleErrors, 'external', d.externalRequests());
console.log(await d.canvasStats());
await d.close();
