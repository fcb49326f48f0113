import { useT } from '../ui/i18n';

/**
 * What the script-tag build shows for a page it leaves out (the editor, intervisie): where that
 * page is, in the GP's Dutch. Each would weigh on every consult for a page opened now and then.
 */
export function elsewhere(page: string) {
  return function Elsewhere() {
    const t = useT();
    return <p class="notice">{t('consult.elsewhere', { page })}</p>;
  };
}
