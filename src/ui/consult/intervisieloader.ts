// The script-tag build swaps this module for src/embed/intervisieloader.tsx: the intervisie page
// stays out of samenspraak.iife.js.
export const loadIntervisie = (): Promise<
  Pick<typeof import('../intervisie/Intervisie'), 'Intervisie'>
> => import('../intervisie/Intervisie');
