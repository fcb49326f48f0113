import { assetUrl } from './base';

// The script-tag build's version of src/ui/consult/sheetloader.ts: a module file beside the script.
export const loadSheet = (): Promise<typeof import('../domain/takehome')> =>
  import(/* @vite-ignore */ assetUrl('samenspraak-sheet.js'));
