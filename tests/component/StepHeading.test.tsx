import { fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it } from 'vitest';
import { StepFocus, StepHeading } from '../../src/ui/StepHeading';

/** Two steps: a button that moves on, then a step with a heading and a field. */
function Steps() {
  const [second, setSecond] = useState(false);
  return (
    <StepFocus.Provider value={true}>
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
});
