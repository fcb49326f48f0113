import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/** One way to say yes to a question that cannot be undone. */
export interface ConfirmChoice {
  label: string;
  onChoose: () => void;
}

/**
 * A button for something that cannot be undone: it asks first, in place. The question replaces
 * the button, so focus would fall to the page; it goes to "no" instead, the safe answer, and
 * back to the button once the question is answered.
 */
export function ConfirmButton(props: {
  /** The button's text, e.g. "Alles wissen". */
  label: string;
  /** The question, read out at once (role="alert"). */
  question: string;
  /** Each way to say yes; shown as danger buttons. */
  choices: ConfirmChoice[];
  /** The way to say no. */
  cancel: string;
  /** Runs when the button is pressed, before the question shows. */
  onAsk?: () => void;
}) {
  const [asking, setAsking] = useState(false);
  const asked = useRef(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const no = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (asking) no.current?.focus();
    // Not on first show: on page load focus belongs to the page.
    else if (asked.current) trigger.current?.focus();
  }, [asking]);
  const ask = (on: boolean) => {
    asked.current = true;
    setAsking(on);
  };

  if (!asking)
    return (
      <button
        ref={trigger}
        type="button"
        onClick={() => {
          props.onAsk?.();
          ask(true);
        }}
      >
        {props.label}
      </button>
    );
  return (
    <div class="notice" role="alert">
      <p>{props.question}</p>
      <div class="actions">
        {props.choices.map((choice) => (
          <button
            key={choice.label}
            type="button"
            class="danger"
            onClick={() => {
              ask(false);
              choice.onChoose();
            }}
          >
            {choice.label}
          </button>
        ))}
        <button ref={no} type="button" onClick={() => ask(false)}>
          {props.cancel}
        </button>
      </div>
    </div>
  );
}
