import { type ComponentChildren, createContext } from 'preact';
import { useContext, useLayoutEffect, useRef } from 'preact/hooks';

/**
 * True once the user has moved between steps. Before that a heading must not grab focus: on
 * page load, or inside a host page, focus belongs to the host.
 */
export const StepFocus = createContext(false);

/**
 * A step's heading. It takes focus when the step appears, so keyboard and screen-reader users
 * land at the top of the new step instead of on a button that no longer exists.
 */
export function StepHeading({ id, children }: { id: string; children: ComponentChildren }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const focusOnMount = useContext(StepFocus);
  // Before paint, not after: on a slow tablet an effect can run after the patient has already
  // tapped a field of the new step, and would take the focus (and the next letters) from it.
  useLayoutEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, []);
  return (
    <h2 id={id} ref={ref} tabIndex={-1} class="step-title">
      {children}
    </h2>
  );
}
