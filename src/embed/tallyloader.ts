import { assetUrl } from './base';

// The script-tag build's version of src/ui/consult/tallyloader.ts: the tally is a module file
// beside the script (samenspraak-tally.js), so samenspraak.iife.js does not grow with it.
export const loadTally = (): Promise<typeof import('../storage/tally')> =>
  import(/* @vite-ignore */ assetUrl('samenspraak-tally.js'));
