/**
 * Move focus to the control a card problem names, by the checker's field id. A field with no
 * control of its own (an option's id, a row answer for an option that is gone) goes to the
 * nearest part that has one: "option-1-pros-0-id" tries "option-1-pros-0", then "option-1-pros".
 * Returns whether anything took focus.
 */
export function focusField(root: ParentNode, fieldId: string): boolean {
  const parts = fieldId.split('-');
  for (let end = parts.length; end > 0; end -= 1) {
    const id = parts.slice(0, end).join('-');
    const target =
      root.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`) ??
      root.querySelector<HTMLElement>(`[id="card-${CSS.escape(id)}"]`);
    if (target) {
      target.focus();
      target.scrollIntoView?.({ block: 'center' });
      return true;
    }
  }
  return false;
}
