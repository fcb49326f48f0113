// What the take-home sheet says, loaded when the GP opens its preview. The script-tag build swaps
// this module for src/embed/sheetloader.ts, which loads it as a module file from the script's
// base URL, so samenspraak.iife.js does not carry it.
export const loadSheet = (): Promise<typeof import('../../domain/takehome')> =>
  import('../../domain/takehome');
