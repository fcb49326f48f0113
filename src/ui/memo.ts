import { Component, type FunctionComponent, h } from 'preact';

/**
 * A component drawn again only when one of its props changed (compared with `Object.is`).
 * preact/compat has `memo` too, but importing compat also installs its hooks on every render.
 */
export function memo<P extends object>(render: FunctionComponent<P>): FunctionComponent<P> {
  class Memo extends Component<P> {
    override shouldComponentUpdate(next: P): boolean {
      const now = this.props as Record<string, unknown>;
      const then = next as Record<string, unknown>;
      const keys = Object.keys(then);
      return (
        keys.length !== Object.keys(now).length ||
        keys.some((key) => !Object.is(now[key], then[key]))
      );
    }
    override render(props: P) {
      return h(render, props);
    }
  }
  return Memo as unknown as FunctionComponent<P>;
}
