// The script-tag build swaps this module for src/embed/tallyloader.ts, which loads the tally from
// a module file beside the script: samenspraak.iife.js stays as small as it was.
export const loadTally = (): Promise<typeof import('../../storage/tally')> =>
  import('../../storage/tally');
