/**
 * The control a card problem names, by the checker's field id. A field with no control of its
 * own (an option's id, a row answer for an option that is gone) gives the nearest part that has
 * one: "option-1-pros-0-id" tries "option-1-pros-0", then "option-1-pros". Null for none.
 */
function fieldElement(root: ParentNode, fieldId: string): HTMLElement | null {
  const parts = fieldId.split('-');
  for (let end = parts.length; end > 0; end -= 1) {
    const id = parts.slice(0, end).join('-');
    const target =
      root.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`) ??
      root.querySelector<HTMLElement>(`[id="card-${CSS.escape(id)}"]`);
    if (target) return target;
  }
  return null;
}

/** Move focus to the control a card problem names. Returns whether anything took focus. */
export function focusField(root: ParentNode, fieldId: string): boolean {
  const target = fieldElement(root, fieldId);
  if (!target) return false;
  target.focus();
  target.scrollIntoView?.({ block: 'center' });
  return true;
}

/**
 * The problems in the order of their fields in the form, top to bottom, so the list is read
 * and fixed the way the form is (the checker's order follows the file). A problem with no
 * control (the file as a whole) comes first; equal places keep their order.
 */
export function inFormOrder<P extends { fieldId: string }>(
  root: ParentNode | null,
  problems: readonly P[],
): P[] {
  if (!root) return [...problems];
  const placed = problems.map((problem) => ({
    problem,
    element: fieldElement(root, problem.fieldId),
  }));
  return placed
    .sort((a, b) => {
      if (a.element === b.element) return 0;
      if (!a.element) return -1;
      if (!b.element) return 1;
      return a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING
        ? -1
        : 1;
    })
    .map(({ problem }) => problem);
}
