import { type ComponentChildren, createContext } from 'preact';
import { useContext, useLayoutEffect, useRef } from 'preact/hooks';

/**
 * How often the user has asked for a step: 0 until they first move between steps. Before that a
 * heading must not grab focus: on page load, or inside a host page, focus belongs to the host.
 * A new request for the step already on screen (its shortcut again) brings focus back to it.
 */
export const StepFocus = createContext(0);

/**
 * A step's heading. It takes focus when the step appears, so keyboard and screen-reader users
 * land at the top of the new step instead of on a button that no longer exists.
 */
export function StepHeading({ id, children }: { id: string; children: ComponentChildren }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const request = useContext(StepFocus);
  // Before paint, not after: on a slow tablet an effect can run after the patient has already
  // tapped a field of the new step, and would take the focus (and the next letters) from it.
  useLayoutEffect(() => {
    if (request) ref.current?.focus();
  }, [request]);
  return (
    <h2 id={id} ref={ref} tabIndex={-1} class="step-title">
      {children}
    </h2>
  );
}
