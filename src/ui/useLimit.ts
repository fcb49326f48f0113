import type { TargetedInputEvent } from 'preact';
import { useState } from 'preact/hooks';

type Field = HTMLInputElement | HTMLTextAreaElement;

export interface Limit<E extends Field> {
  /** The last input went over the limit and was refused; the text is as it was before it. */
  refused: boolean;
  onBeforeInput: (event: TargetedInputEvent<E>) => void;
  onInput: (event: TargetedInputEvent<E>) => void;
}

/**
 * Refuse input that would take a text over `max` characters, whole, instead of cutting it off in
 * silence the way `maxlength` cuts a paste. `onChange` only ever sees a text within the limit.
 */
export function useLimit<E extends Field>(
  value: string,
  max: number,
  onChange: (value: string) => void,
): Limit<E> {
  const [refused, setRefused] = useState(false);
  return {
    refused,
    onBeforeInput(event) {
      const el = event.currentTarget;
      const inserted = event.data ?? event.dataTransfer?.getData('text/plain') ?? '';
      const removed = (el.selectionEnd ?? 0) - (el.selectionStart ?? 0);
      if (value.length - removed + inserted.length > max) {
        event.preventDefault();
        setRefused(true);
      }
    },
    onInput(event) {
      const next = event.currentTarget.value;
      if (next.length > max) {
        // Some input paths (autocorrect, IME) skip beforeinput: put the text back as it was.
        event.currentTarget.value = value;
        setRefused(true);
        return;
      }
      setRefused(false);
      onChange(next);
    },
  };
}
