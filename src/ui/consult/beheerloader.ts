// The script-tag build swaps this module for src/embed/beheerloader.ts: the editor stays out of
// samenspraak.iife.js.
export const loadBeheer = (): Promise<Pick<typeof import('../beheer/Beheer'), 'Beheer'>> =>
  import('../beheer/Beheer');
