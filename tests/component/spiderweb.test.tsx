import { fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import nl from '../../locales/nl.json';
import { type DimensionId, type DimensionScores, emptyScores } from '../../src/domain/dimensions';
import { createI18n } from '../../src/i18n';
import { I18nProvider } from '../../src/ui/i18n';
import { SpiderWeb } from '../../src/ui/spiderweb/SpiderWeb';

const DIMENSIONS = [
  { id: 'lichaam', label: 'Lichaamsfuncties', question: 'Hoe gaat het met uw lichaam?' },
  { id: 'mentaal', label: 'Mentaal welbevinden', question: 'Hoe gaat het in uw hoofd?' },
  { id: 'zingeving', label: 'Zingeving', question: 'Hoe zinvol is uw leven?' },
  { id: 'kwaliteit', label: 'Kwaliteit van leven', question: 'Hoe is uw leven?' },
  { id: 'meedoen', label: 'Meedoen', question: 'Hoe is uw contact met anderen?' },
  { id: 'dagelijks', label: 'Dagelijks functioneren', question: 'Hoe lukt het dagelijks?' },
] as const;

function Harness({ start = emptyScores() }: { start?: DimensionScores }) {
  const [scores, setScores] = useState<DimensionScores>(start);
  const [talk, setTalk] = useState<DimensionId[]>([]);
  return (
    <I18nProvider i18n={createI18n(nl)}>
      <SpiderWeb
        idPrefix="test"
        dimensions={DIMENSIONS}
        scores={scores}
        talk={talk}
        scale={{ low: 'heel slecht', high: 'heel goed' }}
        onScore={(id, value) => setScores((s) => ({ ...s, [id]: value }))}
        onTalk={(id, on) => setTalk((t) => (on ? [...t, id] : t.filter((d) => d !== id)))}
      />
    </I18nProvider>
  );
}

describe('SpiderWeb', () => {
  it('has six native 0-10 sliders named by their dimension', () => {
    render(<Harness />);
    const sliders = screen.getAllByRole('slider');
    expect(sliders.map((s) => s.getAttribute('aria-valuetext'))).toEqual(
      Array(6).fill('Nog niet ingevuld'),
    );
    for (const dim of DIMENSIONS) {
      const slider = screen.getByRole('slider', { name: dim.label });
      expect(slider).toHaveProperty('type', 'range');
      expect(slider.getAttribute('min')).toBe('0');
      expect(slider.getAttribute('max')).toBe('10');
    }
  });

  it('draws an unanswered axis as an open ring at the rim, and a 0 at the centre', () => {
    const { container } = render(<Harness start={{ ...emptyScores(), kwaliteit: 0 }} />);
    const open = container.querySelectorAll('circle.web-point.is-unanswered');
    expect(open).toHaveLength(5);
    const zero = container.querySelector('circle.web-point:not(.is-unanswered)');
    expect([zero?.getAttribute('cx'), zero?.getAttribute('cy')]).toEqual(['200', '200']);
    for (const ring of open)
      expect(ring.getAttribute('cx') === '200' && ring.getAttribute('cy') === '200').toBe(false);
    expect(
      screen.getByRole('slider', { name: 'Kwaliteit van leven' }).getAttribute('aria-valuetext'),
    ).toBe('0 van 10');
  });

  it('answers on input, and "Wis" makes it unanswered again', () => {
    const { container } = render(<Harness />);
    const slider = screen.getByRole('slider', { name: 'Meedoen' });
    fireEvent.input(slider, { target: { value: '3' } });
    expect(slider.getAttribute('aria-valuetext')).toBe('3 van 10');
    expect(container.querySelectorAll('circle.web-point.is-unanswered')).toHaveLength(5);
    fireEvent.click(screen.getByRole('button', { name: 'Wis het antwoord bij Meedoen' }));
    expect(slider.getAttribute('aria-valuetext')).toBe('Nog niet ingevuld');
    // The "Wis" button is gone with the answer: the keyboard stays on the slider.
    expect(document.activeElement).toBe(slider);
  });

  it('marks "hier wil ik over praten" per dimension, shown on the web with a marker only', () => {
    const { container } = render(<Harness start={{ ...emptyScores(), meedoen: 4 }} />);
    fireEvent.click(screen.getByRole('checkbox', { name: /Bespreken\s*\(Meedoen\)/ }));
    const label = container.querySelector('text.web-label.is-talk');
    expect(label?.textContent).toContain('Meedoen');
    expect(label?.textContent).toContain('4 ●');
  });

  it('shows no total and no judgement', () => {
    const { container } = render(
      <Harness
        start={{ lichaam: 2, mentaal: 9, zingeving: 5, kwaliteit: 7, meedoen: 1, dagelijks: 10 }}
      />,
    );
    const text = container.textContent ?? '';
    expect(text).not.toMatch(/totaal|gemiddeld|score van|goed zo|slecht!/i);
    expect(
      container.querySelectorAll('[fill="red"], [fill="green"], .is-low, .is-high'),
    ).toHaveLength(0);
  });
});
