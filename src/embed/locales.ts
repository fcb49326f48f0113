import * as z from 'zod/mini';
import { isLocale, type Resources } from '../i18n';
import { fetchJson } from './base';

// The script-tag build's version of src/i18n/locales.ts: every language but Dutch is fetched as
// JSON from the script's base URL, and checked before use. English was inside the script once;
// six languages later, each costs the script nothing.
type Tree = { [key: string]: string | Tree };
const tree: z.ZodMiniType<Tree> = z.record(
  z.string().check(z.maxLength(100)),
  z.union([z.string().check(z.maxLength(2000)), z.lazy(() => tree)]),
);

export function localeLoader(code: string): (() => Promise<Resources>) | undefined {
  if (code === 'nl' || !isLocale(code)) return undefined;
  return async () => tree.parse(await fetchJson(`locales/${code}.json`));
}
