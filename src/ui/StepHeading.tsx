import { type ComponentChildren, createContext } from 'preact';
import { useContext, useEffect, useRef } from 'preact/hooks';

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
  useEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, []);
  return (
    <h2 id={id} ref={ref} tabIndex={-1} class="step-title">
      {children}
    </h2>
  );
}
