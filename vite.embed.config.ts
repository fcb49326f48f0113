import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { customElementsManifest, type ManifestBuild } from './src/api/manifest.ts';

/**
 * The builds for host pages, next to the standalone pages of vite.config.ts:
 * - `--mode lib`: an ES module per element in dist/lib, chunks and other locales loaded lazily;
 * - `--mode iife`: one classic script, dist/embed/samenspraak.iife.js, defining both elements,
 *   with the Dutch texts and pack inside; the other locales (English too), other packs and the
 *   keuzekaarten are JSON files beside it, fetched when needed;
 * - `--mode modules`: the QR generator, the QR decoder, the FHIR export, the keuzekaart checker,
 *   the keuzekaarten library reader, what the take-home sheet says and the intervisie tally as
 *   module files beside that script, loaded on demand.
 */
const here = import.meta.dirname;
const src = (path: string) => resolve(here, path);

/** In the script-tag build, swap a module for its embed version (same exports). */
function swapModules(swaps: Record<string, string>): Plugin {
  return {
    name: 'samenspraak-swap-modules',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const swap = resolved && swaps[resolved.id];
      return swap ?? null;
    },
  };
}

/** Copy files into the build output as they are. */
function copyFiles(files: { from: string; to: string }[]): Plugin {
  return {
    name: 'samenspraak-copy-files',
    generateBundle() {
      for (const { from, to } of files) {
        this.emitFile({ type: 'asset', fileName: to, source: readFileSync(from) });
      }
    },
  };
}

/**
 * custom-elements.json, the Custom Elements Manifest, generated from src/api/elements.ts: the
 * build fails when the manifest names a file that the build does not write.
 */
function manifestFile(build: ManifestBuild): Plugin {
  return {
    name: 'samenspraak-custom-elements-manifest',
    generateBundle(_options, bundle) {
      const manifest = customElementsManifest(build);
      for (const { path } of manifest.modules) {
        if (!(path in bundle)) this.error(`custom-elements.json names ${path}, not in this build`);
      }
      this.emitFile({
        type: 'asset',
        fileName: 'custom-elements.json',
        source: `${JSON.stringify(manifest, null, 2)}\n`,
      });
    },
  };
}

const otherLocales = readdirSync(src('locales')).filter(
  (f) => f.endsWith('.json') && !['nl.json', 'languages.json'].includes(f),
);
const otherPacks = readdirSync(src('content/packs')).filter(
  (f) => f.endsWith('.json') && !f.endsWith('.nl.json'),
);

/** The bundled keuzekaarten as one JSON array, for the script-tag build to fetch. */
function keuzekaartenFile(): Plugin {
  return {
    name: 'samenspraak-keuzekaarten-file',
    generateBundle() {
      const dir = src('content/keuzekaarten');
      const cards = readdirSync(dir)
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => JSON.parse(readFileSync(resolve(dir, f), 'utf8')));
      this.emitFile({
        type: 'asset',
        fileName: 'keuzekaarten.json',
        source: JSON.stringify(cards),
      });
    },
  };
}

/** A test host page for each build: its event log and an aggressive stylesheet to try. */
const hostFiles = ['host-log.js', 'hostile.css'].map((f) => ({
  from: src(`widgets/hosts/${f}`),
  to: f,
}));

const shared = {
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  publicDir: false,
} as const;

export default defineConfig(({ mode }): UserConfig => {
  if (mode === 'lib') {
    return {
      ...shared,
      plugins: [
        copyFiles([
          { from: src('types/samenspraak.d.ts'), to: 'samenspraak.d.ts' },
          { from: src('widgets/hosts/esm.html'), to: 'host.html' },
          ...hostFiles,
        ]),
        manifestFile('lib'),
      ],
      build: {
        outDir: src('dist/lib'),
        emptyOutDir: true,
        target: 'es2022',
        minify: true,
        lib: {
          entry: {
            'samenspraak-vragenlijst': src('widgets/vragenlijst.ts'),
            'samenspraak-consult': src('widgets/consult.ts'),
          },
          formats: ['es'],
          fileName: (_format, name) => `${name}.js`,
        },
        // Hosts may load these files as they are: minify them like the pages.
        rollupOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js', minify: true } },
      },
    };
  }
  if (mode === 'modules') {
    return {
      ...shared,
      build: {
        outDir: src('dist/embed'),
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        lib: {
          entry: {
            'samenspraak-qrdecoder': src('src/ui/consult/qrdecoder.ts'),
            'samenspraak-fhir': src('src/domain/fhir.ts'),
            'samenspraak-qr': src('src/ui/vragenlijst/qrgenerator.ts'),
            'samenspraak-import': src('src/ui/consult/importer.ts'),
            'samenspraak-library': src('src/content/cardlibrary.ts'),
            'samenspraak-sheet': src('src/domain/takehome.ts'),
            'samenspraak-tally': src('src/storage/tally.ts'),
          },
          formats: ['es'],
          fileName: (_format, name) => `${name}.js`,
        },
        rollupOptions: { output: { chunkFileNames: 'chunks/[name]-[hash].js', minify: true } },
      },
    };
  }
  if (mode === 'iife') {
    return {
      ...shared,
      plugins: [
        swapModules({
          [src('src/i18n/locales.ts')]: src('src/embed/locales.ts'),
          [src('src/content/bundled.ts')]: src('src/embed/bundled.ts'),
          [src('src/ui/consult/qrdecoderloader.ts')]: src('src/embed/qrdecoderloader.ts'),
          [src('src/ui/consult/fhirloader.ts')]: src('src/embed/fhirloader.ts'),
          [src('src/ui/consult/importerloader.ts')]: src('src/embed/importerloader.ts'),
          [src('src/ui/consult/libraryloader.ts')]: src('src/embed/libraryloader.ts'),
          [src('src/ui/consult/sheetloader.ts')]: src('src/embed/sheetloader.ts'),
          [src('src/ui/consult/beheerloader.ts')]: src('src/embed/beheerloader.tsx'),
          [src('src/ui/consult/intervisieloader.ts')]: src('src/embed/intervisieloader.tsx'),
          [src('src/ui/consult/tallyloader.ts')]: src('src/embed/tallyloader.ts'),
          [src('src/ui/vragenlijst/qrloader.ts')]: src('src/embed/qrloader.ts'),
        }),
        copyFiles([
          ...otherLocales.map((f) => ({ from: src(`locales/${f}`), to: `locales/${f}` })),
          ...otherPacks.map((f) => ({ from: src(`content/packs/${f}`), to: `packs/${f}` })),
          { from: src('types/samenspraak.d.ts'), to: 'samenspraak.d.ts' },
          { from: src('widgets/hosts/iife.html'), to: 'host.html' },
          ...hostFiles,
        ]),
        keuzekaartenFile(),
        manifestFile('embed'),
      ],
      build: {
        outDir: src('dist/embed'),
        emptyOutDir: true,
        target: 'es2022',
        minify: true,
        lib: {
          entry: src('widgets/samenspraak.iife.ts'),
          name: 'Samenspraak',
          formats: ['iife'],
          fileName: () => 'samenspraak.iife.js',
        },
      },
    };
  }
  throw new Error(`vite.embed.config.ts: unknown mode "${mode}" (lib, iife or modules)`);
});
