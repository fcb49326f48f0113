import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { PAGE_CSP } from './scripts/csp.mjs';

const root = resolve(import.meta.dirname, 'widgets');

/**
 * The built pages carry their CSP as a meta tag too, so they stay strict on a host that sends no
 * header. Dev mode is left without it: Vite's dev client needs a websocket and injected styles.
 */
function metaCsp(): Plugin {
  return {
    name: 'samenspraak-meta-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: PAGE_CSP },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

export default defineConfig({
  root,
  publicDir: resolve(import.meta.dirname, 'public'),
  plugins: [metaCsp()],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  server: { port: 5173, strictPort: true, host: 'localhost' },
  preview: {
    port: 4173,
    strictPort: true,
    host: 'localhost',
    headers: { 'Content-Security-Policy': PAGE_CSP },
  },
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    manifest: true,
    target: 'es2022',
    // Small modules stay separate files so the size report sees what loads first.
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: {
        index: resolve(root, 'index.html'),
        patient: resolve(root, 'patient.html'),
        consult: resolve(root, 'consult.html'),
        demo: resolve(root, 'demo.html'),
      },
    },
  },
});
