import { screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { consultReducer, initialConsult } from '../../src/domain/consult';
import { VoorkeurStep } from '../../src/ui/consult/VoorkeurStep';
import { AFWACHTEN, renderStep } from './consultsteps';

const POH = {
  id: 'poh-ggz',
  title: 'Gesprekken met de POH-GGZ',
  description: '',
  pros: [
    { id: 'dichtbij', text: 'U krijgt hulp dicht bij huis.' },
    { id: 'kosten', text: 'Geen eigen risico.' },
  ],
  cons: [{ id: 'beperkt', text: 'Het aantal gesprekken is beperkt.' }],
  dimensions: [],
  afwachten: false,
};

const withPoh = () => consultReducer(initialConsult(AFWACHTEN), { type: 'addOption', option: POH });

describe('the Voorkeur step', () => {
  it('puts the note first, then one group per option', () => {
    renderStep((props) => <VoorkeurStep {...props} />, withPoh());
    const note = screen.getByRole('textbox', { name: 'Wat vindt de patiënt het belangrijkst?' });
    const group = screen.getByRole('group', {
      name: 'Erg belangrijk bij Gesprekken met de POH-GGZ',
    });
    expect(note.compareDocumentPosition(group) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getAllByRole('checkbox', { name: /^(Voordeel|Nadeel):/ }).length).toBe(
      AFWACHTEN.pros.length + AFWACHTEN.cons.length + 3,
    );
  });

  it('is one Tab stop per option: the arrows move, Space ticks "erg belangrijk"', async () => {
    const seen = renderStep((props) => <VoorkeurStep {...props} />, withPoh());
    const group = screen.getByRole('group', {
      name: 'Erg belangrijk bij Gesprekken met de POH-GGZ',
    });
    const boxes = [...group.querySelectorAll('input[type="checkbox"]')] as HTMLInputElement[];
    expect(boxes.map((b) => b.tabIndex)).toEqual([0, -1, -1]);
    boxes[0]?.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toBe(boxes[2]);
    expect(boxes.map((b) => b.tabIndex)).toEqual([-1, -1, 0]);
    await userEvent.keyboard(' ');
    await waitFor(() => expect(seen.state?.weights).toEqual({ 'poh-ggz/beperkt': 'erg' }));
    // Round the end back to the first point; ticked again, the weight is taken back.
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(boxes[0]);
    await userEvent.keyboard('{End} ');
    await waitFor(() => expect(seen.state?.weights).toEqual({}));
  });

  it('never sums or ranks the options', () => {
    renderStep((props) => <VoorkeurStep {...props} />, withPoh());
    expect(document.body.textContent).not.toMatch(/aanbevolen|beste keuze|score|punten/i);
  });
});
