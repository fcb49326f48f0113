import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';

/**
 * Adopt a stylesheet into the shadow root that holds `ref`, for as long as the component is on
 * the page: a lazily loaded page (the editor, intervisie) brings its own rules, and the consult
 * never carries them. Before paint, so the page never shows unstyled.
 */
export function useAdoptedSheet(ref: RefObject<Element | null>, sheet: () => CSSStyleSheet): void {
  useLayoutEffect(() => {
    const node = ref.current?.getRootNode();
    if (!(node instanceof ShadowRoot)) return;
    const own = sheet();
    if (node.adoptedStyleSheets.includes(own)) return;
    node.adoptedStyleSheets = [...node.adoptedStyleSheets, own];
    return () => {
      node.adoptedStyleSheets = node.adoptedStyleSheets.filter((s) => s !== own);
    };
  }, []);
}
