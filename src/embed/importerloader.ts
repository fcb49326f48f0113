import { assetUrl } from './base';

// The script-tag build's version of src/ui/consult/importerloader.ts: a module file beside the
// script, so the checker and its messages stay out of samenspraak.iife.js.
export const loadImporter = (): Promise<typeof import('../ui/consult/importer')> =>
  import(/* @vite-ignore */ assetUrl('samenspraak-import.js'));
