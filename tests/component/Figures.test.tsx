import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import huisarts from '../../locales/huisarts/nl.json';
import intervisie from '../../locales/intervisie/nl.json';
import nl from '../../locales/nl.json';
import { createI18n } from '../../src/i18n';
import { I18nProvider } from '../../src/ui/i18n';
import { Figures } from '../../src/ui/intervisie/Figures';

function renderFigures(columns: Parameters<typeof Figures>[0]['columns']) {
  render(
    <I18nProvider i18n={createI18n({ ...nl, ...huisarts, ...intervisie })}>
      <Figures id="t" columns={columns} periodLabel="Maand" />
    </I18nProvider>,
  );
}

describe('the intervisie figures', () => {
  it('give every chart a table with the same numbers, and hide the drawing from screen readers', () => {
    renderFigures([
      {
        label: 'november 2026',
        counts: { consults: 20, 'choice:yes': 5, 'kind:afwachten': 10, 'card:somberheid@1.1.0': 4 },
      },
      {
        label: 'december 2026',
        counts: { consults: 10, 'choice:yes': 10, 'nee:risk': 3, 'nee:sure': 1 },
      },
    ]);
    const choice = screen.getByRole('figure', { name: 'Keuze benoemd' });
    expect(within(choice).getByRole('row', { name: /november 2026/ }).textContent).toContain(
      '5 van 20',
    );
    expect(within(choice).getByRole('row', { name: /november 2026/ }).textContent).toContain('25%');
    expect(within(choice).getByRole('row', { name: /december 2026/ }).textContent).toContain(
      '100%',
    );
    expect(choice.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(choice.querySelectorAll('rect.chart-bar')).toHaveLength(2);
    expect(screen.getAllByRole('figure')).toHaveLength(6);
    // The most common "nee", added over the months.
    expect(screen.getByText('Het vaakst "nee": wat belangrijk is.')).toBeTruthy();
    const cards = screen.getByRole('figure', { name: 'Gebruikte keuzekaarten' });
    expect(within(cards).getByRole('row', { name: /somberheid 1\.1\.0/ }).textContent).toContain(
      '4 van 30',
    );
  });

  it('draw no bar for a hidden count, and say <5 or verborgen in its table', () => {
    renderFigures([
      {
        label: 'Groep',
        counts: { consults: 60, 'choice:yes': '<5', 'choice:no': 'x', 'kind:afwachten': 30 },
      },
    ]);
    const choice = screen.getByRole('figure', { name: 'Keuze benoemd' });
    expect(choice.querySelectorAll('rect.chart-bar')).toHaveLength(0);
    expect(within(choice).getByRole('row', { name: /Groep/ }).textContent).toContain('<5 van 60');
    const afwachten = screen.getByRole('figure', { name: 'Afwachten gekozen' });
    expect(within(afwachten).getByRole('row', { name: /Groep/ }).textContent).toContain('50%');
    expect(screen.getByText('Geen keuzekaart gebruikt.')).toBeTruthy();
  });
});
