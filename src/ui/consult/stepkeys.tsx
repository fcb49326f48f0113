import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * Single keys for the choices a GP makes in every consult ("2" for the second option, "S" for
 * "Samen"). They act while focus is in the step, or nowhere (on the body); never while the GP
 * types in a field, and never with Alt, Ctrl or Meta, which belong to the step shortcuts and the
 * browser.
 */
export function useStepKeys(
  step: RefObject<HTMLElement | null>,
  keys: Readonly<Record<string, () => void>>,
): void {
  // The latest keys without re-adding the listener on every render.
  const current = useRef(keys);
  current.current = keys;
  useEffect(() => {
    const listener = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.isComposing || e.defaultPrevented) return;
      const path = e.composedPath();
      // In a shadow root the document sees the host as target; the path starts at the real one.
      const target = path[0];
      const inStep = step.current !== null && path.includes(step.current);
      if (!inStep && target !== document.body) return;
      if (target instanceof HTMLElement && takesText(target)) return;
      const action = current.current[e.key.toLowerCase()];
      if (!action) return;
      e.preventDefault();
      action();
    };
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, [step]);
}

/** Fields where a letter or digit is text: everything but buttons, radios and checkboxes. */
function takesText(element: HTMLElement): boolean {
  if (element.isContentEditable || element instanceof HTMLTextAreaElement) return true;
  if (element instanceof HTMLSelectElement) return true;
  if (!(element instanceof HTMLInputElement)) return false;
  return !['radio', 'checkbox', 'button', 'submit', 'reset', 'range'].includes(element.type);
}

/**
 * The visible key hint beside a choice. Hidden from assistive technology, which reads the
 * control's `aria-keyshortcuts` instead.
 */
export function KeyHint({ keyName }: { keyName: string }) {
  return (
    <span class="key-hint" aria-hidden="true">
      {keyName}
    </span>
  );
}
