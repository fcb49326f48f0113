import { elsewhere } from './elsewhere';

// The script-tag build's version of src/ui/consult/intervisieloader.ts. The intervisie page is
// not in samenspraak.iife.js: mode="intervisie" says where it is. Finished consults are still
// counted, by samenspraak-tally.js beside the script (src/embed/tallyloader.ts).
export const loadIntervisie = async () => ({ Intervisie: elsewhere('intervisie.html') });
