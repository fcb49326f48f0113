import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { HEADER_CSP, PAGE_CSP } from './scripts/csp.mjs';

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

/**
 * The service worker's precache list and version: every file this build writes, except the
 * worker itself and the manifest. The version is a hash of their contents, so any change to the
 * app makes a new worker, which waits for the page's word before it takes over.
 */
function precache(): Plugin {
  return {
    name: 'samenspraak-precache',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const worker = Object.values(bundle).find(
        (file) => file.type === 'chunk' && file.fileName === 'sw.js',
      );
      if (worker?.type !== 'chunk') return;
      const files = Object.values(bundle)
        .map((file) => file.fileName)
        .filter((name) => name !== 'sw.js' && !name.startsWith('.vite/'))
        .sort();
      const hash = createHash('sha256');
      for (const name of files) {
        const file = bundle[name];
        hash.update(name);
        if (file) hash.update(file.type === 'chunk' ? file.code : file.source);
      }
      const list = JSON.stringify(['./', ...files, 'favicon.svg']);
      worker.code = worker.code
        .replace('__SAMENSPRAAK_PRECACHE__', list.replaceAll("'", "\\'"))
        .replace('__SAMENSPRAAK_VERSION__', hash.digest('hex').slice(0, 16));
    },
  };
}

export default defineConfig({
  root,
  publicDir: resolve(import.meta.dirname, 'public'),
  plugins: [metaCsp(), precache()],
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  server: { port: 5173, strictPort: true, host: 'localhost' },
  preview: {
    port: 4173,
    strictPort: true,
    host: 'localhost',
    headers: { 'Content-Security-Policy': HEADER_CSP },
  },
  build: {
    outDir: resolve(import.meta.dirname, 'dist'),
    emptyOutDir: true,
    manifest: true,
    target: 'es2022',
    // Small modules stay separate files so the size report sees what loads first.
    modulePreload: {
      polyfill: false,
      // The pages keep their <link rel=modulepreload> tags. A lazy import does not preload its
      // own imports: the helper that would adds <link> elements to <head> while the first
      // screen renders, a quarter of the consult's first render on a 4× slower CPU, and the
      // chunks come from the service worker's cache or localhost, where a waterfall is cheap.
      resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []),
    },
    rollupOptions: {
      input: {
        index: resolve(root, 'index.html'),
        patient: resolve(root, 'patient.html'),
        consult: resolve(root, 'consult.html'),
        beheer: resolve(root, 'beheer.html'),
        intervisie: resolve(root, 'intervisie.html'),
        demo: resolve(root, 'demo.html'),
        sw: resolve(root, 'sw.ts'),
      },
      // The service worker must keep one name at the root: its scope is the whole app.
      output: {
        entryFileNames: (chunk) => (chunk.name === 'sw' ? 'sw.js' : 'assets/[name]-[hash].js'),
      },
    },
  },
});
