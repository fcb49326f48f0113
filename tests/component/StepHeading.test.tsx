import { fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { StepFocus, StepHeading } from '../../src/ui/StepHeading';

/** Two steps: a button that moves on, then a step with a heading and a field. */
function Steps() {
  const [second, setSecond] = useState(false);
  return (
    <StepFocus.Provider value={1}>
      {second ? (
        <section>
          <StepHeading id="twee">Uw vraag</StepHeading>
          <textarea aria-label="Wat wilt u veranderen?" />
        </section>
      ) : (
        <button type="button" onClick={() => setSecond(true)}>
          Verder
        </button>
      )}
    </StepFocus.Provider>
  );
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

describe('StepHeading', () => {
  it('has focus as soon as its step is on screen, before anything can be tapped', async () => {
    render(<Steps />);
    fireEvent.click(screen.getByRole('button', { name: 'Verder' }));
    const heading = await screen.findByRole('heading', { name: 'Uw vraag' });
    expect(document.activeElement).toBe(heading);
  });

  it('never takes the focus back from a field the patient went to on a slow tablet', async () => {
    const { container } = render(<Steps />);
    // The first moment the field exists, before the next frame: where a fast tap lands.
    const tapped = new Promise<HTMLTextAreaElement>((resolve) => {
      const watch = new MutationObserver(() => {
        const field = container.querySelector('textarea');
        if (!field) return;
        watch.disconnect();
        field.focus();
        resolve(field);
      });
      watch.observe(container, { childList: true, subtree: true });
    });
    // A plain click: testing-library's act() would run the effects before it returns.
    screen.getByRole('button', { name: 'Verder' }).click();
    const field = await tapped;
    await nextFrame();
    await nextFrame();
    expect(document.activeElement).toBe(field);
  });

  it('takes focus again when the step on screen is asked for again, and not before a first ask', async () => {
    function Again() {
      const [request, setRequest] = useState(0);
      return (
        <StepFocus.Provider value={request}>
          <StepHeading id="opties">Opties</StepHeading>
          <button type="button" onClick={() => setRequest((n) => n + 1)}>
            Opties
          </button>
        </StepFocus.Provider>
      );
    }
    render(<Again />);
    const heading = screen.getByRole('heading', { name: 'Opties' });
    const button = screen.getByRole('button', { name: 'Opties' });
    expect(document.activeElement).not.toBe(heading);
    button.focus();
    fireEvent.click(button);
    await nextFrame();
    expect(document.activeElement).toBe(heading);
    button.focus();
    fireEvent.click(button);
    await nextFrame();
    expect(document.activeElement).toBe(heading);
  });
});
