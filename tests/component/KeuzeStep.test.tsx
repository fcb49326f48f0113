import { screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { consultReducer, initialConsult } from '../../src/domain/consult';
import { KeuzeStep } from '../../src/ui/consult/KeuzeStep';
import { AFWACHTEN, renderStep } from './consultsteps';

const POH = {
  id: 'poh-ggz',
  title: 'Gesprekken met de POH-GGZ',
  description: '',
  pros: [],
  cons: [],
  dimensions: [],
  afwachten: false,
};

const withOptions = () =>
  consultReducer(initialConsult(AFWACHTEN), { type: 'addOption', option: POH });

describe('the Keuze step, in few keys', () => {
  it('answers the whole keuzecheck yes with one button', async () => {
    const seen = renderStep((props) => <KeuzeStep {...props} />);
    await userEvent.click(screen.getByRole('button', { name: 'Alle vier ja (4/4)' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Keuzecheck 4\/4/));
    expect(Object.values(seen.state?.keuzecheck ?? {})).toEqual([true, true, true, true]);
  });

  it('builds the next step from quick choices, one per group, keeping what was typed', async () => {
    const seen = renderStep((props) => <KeuzeStep {...props} />);
    const next = screen.getByRole('textbox', { name: 'Volgende stap' }) as HTMLTextAreaElement;
    await userEvent.fill(next, 'bloed prikken');
    await userEvent.click(screen.getByRole('button', { name: 'controle over 2 weken' }));
    await userEvent.click(screen.getByRole('button', { name: 'telefonisch' }));
    await waitFor(() =>
      expect(seen.state?.afspraken.nextStep).toBe(
        'bloed prikken, controle over 2 weken, telefonisch',
      ),
    );
    // Another week replaces the first; pressed again, a choice is taken back.
    await userEvent.click(screen.getByRole('button', { name: 'controle over 6 weken' }));
    await userEvent.click(screen.getByRole('button', { name: 'telefonisch' }));
    await waitFor(() =>
      expect(seen.state?.afspraken.nextStep).toBe('bloed prikken, controle over 6 weken'),
    );
    expect(
      screen.getByRole('button', { name: 'controle over 6 weken' }).getAttribute('aria-pressed'),
    ).toBe('true');
    expect(
      screen.getByRole('button', { name: 'controle over 2 weken' }).getAttribute('aria-pressed'),
    ).toBe('false');
    expect(next.value).toBe('bloed prikken, controle over 6 weken');
  });

  it("prefills the vangnet from the card for the option chosen, never over the GP's words", async () => {
    const seen = renderStep(
      (props) => <KeuzeStep {...props} vangnet="Bel de praktijk als het slechter gaat." />,
      withOptions(),
    );
    await userEvent.click(screen.getByRole('radio', { name: 'Gesprekken met de POH-GGZ' }));
    await waitFor(() =>
      expect(seen.state?.afspraken.vangnet).toBe('Bel de praktijk als het slechter gaat.'),
    );
    const vangnet = screen.getByRole('textbox', { name: 'Vangnet' });
    await userEvent.fill(vangnet, 'eigen woorden');
    await userEvent.click(screen.getByRole('radio', { name: AFWACHTEN.title }));
    await userEvent.click(screen.getByRole('radio', { name: 'Gesprekken met de POH-GGZ' }));
    await waitFor(() =>
      expect(seen.state?.decision).toEqual({ kind: 'keuze', optionId: 'poh-ggz' }),
    );
    expect(seen.state?.afspraken.vangnet).toBe('eigen woorden');
  });
});

describe('the Keuze step, one key per choice', () => {
  it('chooses an option by its number, who decided by its letter, and 4/4 with J', async () => {
    const seen = renderStep((props) => <KeuzeStep {...props} />, withOptions());
    screen.getByRole('heading', { name: 'Keuze' }).focus();
    await userEvent.keyboard('2');
    await waitFor(() =>
      expect(seen.state?.decision).toEqual({ kind: 'keuze', optionId: 'poh-ggz' }),
    );
    await userEvent.keyboard('s');
    await waitFor(() => expect(seen.state?.decidedBy).toBe('samen'));
    await userEvent.keyboard('J');
    await waitFor(() =>
      expect(Object.values(seen.state?.keuzecheck ?? {})).toEqual([true, true, true, true]),
    );
    await userEvent.keyboard('b');
    await waitFor(() => expect(seen.state?.decision?.kind).toBe('bedenktijd'));
  });

  it('shows each key beside its choice, and names it for assistive technology', () => {
    renderStep((props) => <KeuzeStep {...props} />, withOptions());
    const poh = screen.getByRole('radio', { name: 'Gesprekken met de POH-GGZ' });
    expect(poh.getAttribute('aria-keyshortcuts')).toBe('2');
    expect(poh.closest('label')?.querySelector('.key-hint')?.textContent).toBe('2');
    expect(screen.getByRole('radio', { name: 'Samen' }).getAttribute('aria-keyshortcuts')).toBe(
      'S',
    );
    expect(
      screen.getByRole('radio', { name: 'Bedenktijd' }).getAttribute('aria-keyshortcuts'),
    ).toBe('B');
  });

  it('types the letters into a field instead, and ignores them with Alt or Ctrl', async () => {
    const seen = renderStep((props) => <KeuzeStep {...props} />, withOptions());
    const next = screen.getByRole('textbox', { name: 'Volgende stap' }) as HTMLTextAreaElement;
    next.focus();
    await userEvent.keyboard('2sb');
    expect(next.value).toBe('2sb');
    screen.getByRole('heading', { name: 'Keuze' }).focus();
    await userEvent.keyboard('{Control>}s{/Control}{Alt>}2{/Alt}');
    expect(seen.state?.decision).toBeNull();
    expect(seen.state?.decidedBy).toBeNull();
  });
});
