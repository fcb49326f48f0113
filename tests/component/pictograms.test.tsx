import { fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import arPack from '../../content/packs/samenspraak-pg.ar.json';
import nlPack from '../../content/packs/samenspraak-pg.nl.json';
import ar from '../../locales/ar.json';
import nl from '../../locales/nl.json';
import { DIMENSIONS, EXPECTATIONS } from '../../src/domain/dimensions';
import { initialVragenlijst, vragenlijstReducer } from '../../src/domain/vragenlijst';
import { createI18n, languageOf } from '../../src/i18n';
import { I18nProvider } from '../../src/ui/i18n';
import { SpiderWebChart } from '../../src/ui/spiderweb/SpiderWebChart';
import { VraagStep } from '../../src/ui/vragenlijst/VraagStep';

// The pictograms are decoration: present where the issue asks for them, never read aloud, and
// on the web they keep clear of the labels and inside the drawing.

const PACKS = { nl: nlPack, ar: arPack } as const;

function Web({ lang }: { lang: keyof typeof PACKS }) {
  const i18n = createI18n(nl);
  i18n.add('ar', ar);
  i18n.setLanguage(lang);
  const label = (id: string) => PACKS[lang].dimensions.find((d) => d.id === id)?.label ?? id;
  return (
    <I18nProvider i18n={i18n}>
      <div dir={languageOf(lang).dir}>
        <SpiderWebChart
          axes={DIMENSIONS.map((id) => ({ id, label: label(id) }))}
          // The widest scores ("10 ●") beside the pictograms.
          scores={{
            lichaam: 10,
            mentaal: 10,
            zingeving: 0,
            kwaliteit: 10,
            meedoen: null,
            dagelijks: 10,
          }}
          talk={DIMENSIONS}
        />
      </div>
    </I18nProvider>
  );
}

const overlap = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('pictograms on the web', () => {
  for (const lang of ['nl', 'ar'] as const) {
    it(`stand at every axis end, hidden, inside the web and clear of the words (${lang})`, () => {
      const { container } = render(<Web lang={lang} />);
      const web = container.querySelector('svg.web');
      if (!web) throw new Error('no web');
      const pictos = [...web.querySelectorAll('svg.web-picto')];
      expect(pictos).toHaveLength(DIMENSIONS.length);
      for (const picto of pictos) {
        expect(picto.getAttribute('aria-hidden')).toBe('true');
        expect(picto.getAttribute('focusable')).toBe('false');
      }
      const outer = web.getBoundingClientRect();
      const words = [...web.querySelectorAll('text.web-label tspan')].map((t) =>
        t.getBoundingClientRect(),
      );
      const boxes = pictos.map((p) => p.getBoundingClientRect());
      for (const [i, box] of boxes.entries()) {
        expect(box.width).toBeGreaterThan(0);
        expect(box.left).toBeGreaterThanOrEqual(outer.left - 0.5);
        expect(box.right).toBeLessThanOrEqual(outer.right + 0.5);
        expect(box.top).toBeGreaterThanOrEqual(outer.top - 0.5);
        expect(box.bottom).toBeLessThanOrEqual(outer.bottom + 0.5);
        for (const word of words) expect(overlap(box, word), `pictogram ${i}`).toBe(false);
        for (const [j, other] of boxes.entries())
          if (j !== i) expect(overlap(box, other), `pictograms ${i}, ${j}`).toBe(false);
      }
    });
  }
});

function Vraag() {
  const [state, setState] = useState(() =>
    initialVragenlijst({ id: 'samenspraak-pg', version: '1.0.0' }, 'nl'),
  );
  return (
    <I18nProvider i18n={createI18n(nl)}>
      <VraagStep
        state={state}
        dispatch={(action) => setState((s) => vragenlijstReducer(s, action))}
      />
    </I18nProvider>
  );
}

describe('pictograms on the expectation chips', () => {
  it('give each chip a hidden pictogram; the chip is still named by its text alone', () => {
    render(<Vraag />);
    const chips = screen.getAllByRole('checkbox');
    expect(chips).toHaveLength(EXPECTATIONS.length);
    for (const id of EXPECTATIONS) {
      const text = nl.expectations[id];
      const chip = screen.getByRole('checkbox', { name: text });
      const label = chip.closest('label');
      const pictos = label?.querySelectorAll('svg') ?? [];
      expect(pictos).toHaveLength(1);
      expect(pictos[0]?.getAttribute('aria-hidden')).toBe('true');
      expect(pictos[0]?.getAttribute('focusable')).toBe('false');
      expect(label?.textContent).toBe(text);
    }
    // Seven different drawings.
    const drawings = new Set(
      [...document.querySelectorAll('.chip svg path')].map((p) => p.getAttribute('d')),
    );
    expect(drawings.size).toBe(EXPECTATIONS.length);
    // The chip still works by its label, pictogram and all.
    const uitleg = screen.getByRole('checkbox', { name: nl.expectations.uitleg });
    fireEvent.click(uitleg.closest('label')?.querySelector('svg') as Element);
    expect(uitleg).toHaveProperty('checked', true);
  });
});
