import { render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import huisarts from '../../locales/huisarts/nl.json';
import nl from '../../locales/nl.json';
import { createI18n } from '../../src/i18n';
import { type ConsultStorage, openConsultStorage } from '../../src/storage/consultdrafts';
import { Consult } from '../../src/ui/consult/Consult';
import { freshDatabase } from './i18n';

/** Consult storage whose writes of drafts fail, as a full or broken disk makes them. */
async function failingStorage(): Promise<ConsultStorage> {
  const storage = await openConsultStorage({ name: freshDatabase() });
  const fail = () => Promise.reject(new Error('write failed'));
  return { ...storage, drafts: { ...storage.drafts, create: fail, save: fail, overwrite: fail } };
}

describe('the consult page', () => {
  it('says "Niet opgeslagen" while the last write failed, never "Opgeslagen"', async () => {
    render(
      <Consult
        i18n={createI18n({ ...nl, ...huisarts })}
        storage={failingStorage()}
        retentionDays={30}
      />,
    );
    const start = await screen.findByRole('button', { name: 'Start zonder voorbereiding' });
    await userEvent.click(start);
    const status = document.querySelector('.save-status') as HTMLElement;
    await waitFor(() => expect(status.textContent).toBe('Niet opgeslagen'));
    expect(screen.getByText(/^Niet opgeslagen: opslaan mislukte/)).toBeTruthy();
    // It stays so while the retry fails too.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(status.textContent).toBe('Niet opgeslagen');
  });
});
