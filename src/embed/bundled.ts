import * as z from 'zod/mini';
import nl from '../../content/packs/samenspraak-pg.nl.json';
import type { Loaded } from '../content/bundled';
import { DEFAULT_PACK } from '../domain/packregistry';
import { isLocale } from '../i18n';
import { fetchJson } from './base';

// The script-tag build's version of src/content/bundled.ts. The Dutch pack is inside the script
// (checked by the tests, like the bundled content of the ES builds); packs in other languages
// and the keuzekaarten are JSON files beside it, fetched when needed, and validated by the
// caller before use: a file on a server may be damaged or of another version.

export function packLoader(id: string, lang: string): (() => Promise<Loaded<unknown>>) | undefined {
  if (id !== DEFAULT_PACK.id) return undefined;
  if (lang === 'nl') return async () => ({ data: nl, checked: true });
  if (!isLocale(lang)) return undefined;
  return async () => ({ data: await fetchJson(`packs/${id}.${lang}.json`), checked: false });
}

export async function loadCardFiles(): Promise<Loaded<unknown[]>> {
  return { data: z.array(z.unknown()).parse(await fetchJson('keuzekaarten.json')), checked: false };
}
