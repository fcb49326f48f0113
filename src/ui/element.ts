import { type ComponentType, h, render } from 'preact';

/** The `detail` of the `samenspraak-error` event. */
export interface WidgetError {
  /**
   * What failed: a content pack, storage (memory only, or a write that failed), or the
   * practice's keuzekaarten library (its index or one of its card files).
   */
  kind: 'pack' | 'storage' | 'library';
  message: string;
}

/** Tell the host page: a bubbling, composed event on the element, so `document` hears it. */
export function emit(
  host: HTMLElement,
  type: 'samenspraak-handover' | 'samenspraak-summary' | 'samenspraak-error',
  detail: unknown,
): void {
  host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

/** What every Samenspraak element component receives from its host element. */
export interface ElementProps {
  host: HTMLElement;
  /** The observed attributes as the host has them now (null when absent). */
  attributes: Readonly<Record<string, string | null>>;
}

export interface ElementDefinition {
  tag: string;
  attributes: readonly string[];
  /** Constructed stylesheets: they pass a strict CSP, unlike <style> or style="". */
  styles: () => CSSStyleSheet[];
  component: ComponentType<ElementProps>;
}

/** Build a stylesheet from CSS text once, to be adopted by every instance. */
export function sheet(css: string): () => CSSStyleSheet {
  let built: CSSStyleSheet | null = null;
  return () => {
    if (!built) {
      built = new CSSStyleSheet();
      built.replaceSync(css);
    }
    return built;
  };
}

/**
 * Define a custom element that renders a Preact component into an open shadow root. Removing the
 * element unmounts the component; adding it back mounts it fresh (drafts live in IndexedDB).
 */
export function defineElement({ tag, attributes, styles, component }: ElementDefinition): void {
  if (customElements.get(tag)) return;
  class SamenspraakElement extends HTMLElement {
    static observedAttributes = [...attributes];
    readonly #root: ShadowRoot;
    // Preact renders into a box that joins the shadow root only once the first screen is built:
    // every node added to a live tree costs style work, a detached tree costs none.
    #box: HTMLElement | null = null;

    constructor() {
      super();
      this.#root = this.attachShadow({ mode: 'open' });
    }

    connectedCallback() {
      this.#root.adoptedStyleSheets = styles();
      const box = document.createElement('div');
      box.className = 'box';
      this.#box = box;
      this.#render();
      this.#root.append(box);
    }

    attributeChangedCallback() {
      if (this.isConnected) this.#render();
    }

    disconnectedCallback() {
      if (!this.#box) return;
      render(null, this.#box);
      this.#box.remove();
      this.#box = null;
    }

    #render() {
      if (!this.#box) return;
      const values = Object.fromEntries(attributes.map((name) => [name, this.getAttribute(name)]));
      render(h(component, { host: this, attributes: values }), this.#box);
    }
  }
  customElements.define(tag, SamenspraakElement);
}
