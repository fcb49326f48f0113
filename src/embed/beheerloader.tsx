import { useT } from '../ui/i18n';

// The script-tag build's version of src/ui/consult/beheerloader.ts. The editor is not in
// samenspraak.iife.js (it would double its size for a page a practice opens now and then):
// mode="beheer" says where the editor is, in the GP's Dutch.
function Beheer() {
  const t = useT();
  return <p class="notice">{t('consult.beheerElsewhere')}</p>;
}

export const loadBeheer = async () => ({ Beheer });
