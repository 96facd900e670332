import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';

/**
 * One build for everything: the Electron main process and the browser-mode server share
 * the main build (the server never imports Electron), the preload is CommonJS because
 * sandboxed preloads cannot be ES modules, and the renderer has three pages (console, hall, broadcast overlay).
 */
export default defineConfig({
  main: {
    build: {
      // Only `dependencies` stay external (loaded from node_modules and packed by
      // electron-builder). zod and ws are devDependencies so that they are bundled: loaded from
      // node_modules, Node resolves and compiles their many files one by one on every start
      // (about 80 and 45 ms here); bundled, only the parts used, and no unused copy is packed.
      rollupOptions: {
        input: { index: resolve('electron/main/main.ts'), serve: resolve('electron/server/cli.ts'), export: resolve('electron/documents/cli.ts') },
      },
    },
  },
  preload: {
    build: {
      rollupOptions: {
        input: { preload: resolve('electron/main/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src',
    plugins: [svelte()],
    build: {
      // electron-vite leaves the renderer unminified; minified, the console's scripts are
      // less than half the size, and the browser parses them on every load of every screen.
      minify: true,
      rollupOptions: {
        input: { index: resolve('src/index.html'), hall: resolve('src/hall.html'), overlay: resolve('src/overlay.html') },
      },
    },
  },
});
