import * as z from 'zod/mini';
import nl from '../../content/packs/samenspraak-pg.nl.json';
import { DEFAULT_PACK } from '../domain/packregistry';
import { isLocale } from '../i18n';
import { fetchJson } from './base';

// The script-tag build's version of src/content/bundled.ts. The Dutch pack is inside the script;
// packs in other languages and the keuzekaarten are JSON files beside it, fetched when needed
// (and validated by the caller, like every pack and card).

export function packLoader(id: string, lang: string): (() => Promise<unknown>) | undefined {
  if (id !== DEFAULT_PACK.id) return undefined;
  if (lang === 'nl') return async () => nl;
  if (!isLocale(lang)) return undefined;
  return () => fetchJson(`packs/${id}.${lang}.json`);
}

export async function loadCardFiles(): Promise<unknown[]> {
  return z.array(z.unknown()).parse(await fetchJson('keuzekaarten.json'));
}
