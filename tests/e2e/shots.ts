/**
 * Screenshots of every console view and of the hall, on the seeded first morning, to look at:
 * `npm run build && npx tsx tests/e2e/shots.ts [outDir] [view…]`. Not a test: a person reads them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The harness is written for Vitest, which gives CommonJS's __dirname; give it here too.
Object.assign(globalThis, { __dirname: path.dirname(fileURLToPath(import.meta.url)) });
const { launch, seeder, serve, showView, tempDataDir } = await import('./harness');
const { seedSitting } = await import('./sitting');
const { VIEWS } = await import('../../src/lib/views');

const out = process.argv[2] ?? '/tmp/gavel-shots';
const only = process.argv.slice(3);
fs.mkdirSync(out, { recursive: true });
const server = await serve(tempDataDir());
const browser = await launch();
try {
  await seedSitting(server.url);
  for (const lang of ['vi', 'en'] as const) {
    for (const [w, h] of [[1366, 768]]) {
      const page = await browser.newPage({ viewport: { width: w, height: h }, locale: lang });
      await page.goto(server.url);
      await page.locator('nav').waitFor();
      for (const { id: view, keys } of VIEWS.filter((v) => only.length === 0 || only.includes(v.id))) {
        await showView(page, { id: view, keys });
        await page.screenshot({ path: `${out}/${view}-${lang}-${w}.png` });
      }
      await page.close();
    }
    for (const mode of ['auto', 'agenda'] as const) {
      const { run, close } = await seeder(server.url);
      await run('hall.setMode', { mode });
      close();
      for (const [w, h] of [[1920, 1080], [1024, 768]]) {
        const page = await browser.newPage({ viewport: { width: w, height: h }, locale: lang });
        await page.goto(`${server.url}hall`);
        await page.locator(`.page .screen[data-mode=${mode}]`).waitFor();
        await page.screenshot({ path: `${out}/hall-${mode}-${lang}-${w}.png` });
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
console.log(out);
