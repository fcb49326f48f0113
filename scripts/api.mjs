#!/usr/bin/env node
// `npm run api`: rewrite the README's API tables (between the <!-- api:… --> markers) from
// src/api/elements.ts. Node cannot import TypeScript, so Vite loads the module for us.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createServer } from 'vite';

const root = resolve(import.meta.dirname, '..');
const readmePath = resolve(root, 'README.md');

// No config file: the pages' plugins are not needed to load one plain TypeScript module.
const server = await createServer({
  root,
  configFile: false,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false },
});
try {
  const { withReadmeTables } = await server.ssrLoadModule('/src/api/readme.ts');
  const before = readFileSync(readmePath, 'utf8');
  const after = withReadmeTables(before);
  if (after === before) console.log('README.md: API tables already up to date');
  else {
    writeFileSync(readmePath, after);
    console.log('README.md: API tables rewritten from src/api/elements.ts');
  }
} finally {
  await server.close();
}
