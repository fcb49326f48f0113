import { assetUrl } from './base';

// The script-tag build's version of src/ui/consult/libraryloader.ts: a module file beside the
// script, so the library reader and the schemas it needs stay out of samenspraak.iife.js.
export const loadLibrary = (): Promise<typeof import('../content/cardlibrary')> =>
  import(/* @vite-ignore */ assetUrl('samenspraak-library.js'));
