// What a page or a host build loads before its first screen is usable, and its compressed size.
// Shared by the size report (`npm run build`) and the benchmark (`npm run bench`), so both count
// the same files the same way.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

/** Vite's build manifest of `dist` (written with `build.manifest: true`). */
export function readManifest(dist) {
  return JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
}

/** Gzip (-9) bytes of one file under `dist`. */
export const gzipBytes = (dist, file) =>
  gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

/** Brotli bytes (default quality) of one file under `dist`. */
export const brotliBytes = (dist, file) =>
  brotliCompressSync(readFileSync(join(dist, file))).length;

/** Files a page loads up front: its own script and style tags, then static imports. */
export function initialFiles(dist, page, manifest = readManifest(dist)) {
  const byFile = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk]));
  const html = readFileSync(join(dist, page), 'utf8');
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="\.?\/?([^"]+)"/g)]
    .map((m) => m[1])
    .filter((ref) => /\.(m?js|css)$/.test(ref));
  const files = new Set();
  const visit = (file) => {
    if (files.has(file)) return;
    files.add(file);
    const chunk = byFile.get(file);
    for (const css of chunk?.css ?? []) files.add(css);
    for (const key of chunk?.imports ?? []) visit(manifest[key].file);
  };
  refs.forEach(visit);
  return [...files];
}

/** An ES module and the modules it imports statically (not `import()`), as a host loads it. */
export function moduleClosure(dist, file) {
  const files = new Set();
  const visit = (path) => {
    if (files.has(path) || !existsSync(join(dist, path))) return;
    files.add(path);
    const code = readFileSync(join(dist, path), 'utf8');
    for (const match of code.matchAll(
      /(?:^|[;\s}])(?:import|export)[^;()]*?from\s*["']([^"']+)["']|(?:^|[;\s])import\s*["']([^"']+)["']/g,
    )) {
      const ref = match[1] ?? match[2];
      if (ref?.startsWith('.')) visit(join(path, '..', ref));
    }
  };
  visit(file);
  return [...files];
}

/** Total gzip and brotli bytes of a list of files under `dist`. */
export function compressedTotals(dist, files) {
  return {
    gzip: files.reduce((sum, f) => sum + gzipBytes(dist, f), 0),
    brotli: files.reduce((sum, f) => sum + brotliBytes(dist, f), 0),
  };
}
