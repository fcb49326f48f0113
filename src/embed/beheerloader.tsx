import { elsewhere } from './elsewhere';

// The script-tag build's version of src/ui/consult/beheerloader.ts. The editor is not in
// samenspraak.iife.js (it would double its size for a page a practice opens now and then):
// mode="beheer" says where the editor is.
export const loadBeheer = async () => ({ Beheer: elsewhere('beheer.html') });
