import type { PluginLifecycles, PluginProps } from './lifecycles';
import type { ShellContext } from './shell-context';

/** An element that receives the shell context: Lit elements declare `shell` as a property. */
export interface ShellAwareElement extends HTMLElement {
  shell: ShellContext | null;
}

/**
 * Turns a custom element into single-spa lifecycles: mount creates the element inside
 * `domElement` and hands it the shell context; unmount removes it.
 *
 * @example
 * // src/plugin.ts
 * import { litLifecycles } from '@palapa/sdk';
 * import './darurat-app';
 * export default litLifecycles('darurat-app');
 */
export function litLifecycles(tagName: string): PluginLifecycles {
  const mounted = new Map<HTMLElement, ShellAwareElement>();
  return {
    bootstrap: async () => {
      if (!customElements.get(tagName)) {
        throw new Error(`litLifecycles: <${tagName}> is not defined; import the file that defines it`);
      }
    },
    mount: async ({ domElement, shell }: PluginProps) => {
      const element = document.createElement(tagName) as ShellAwareElement;
      element.shell = shell;
      domElement.append(element);
      mounted.set(domElement, element);
    },
    unmount: async ({ domElement }: PluginProps) => {
      mounted.get(domElement)?.remove();
      mounted.delete(domElement);
    },
  };
}
