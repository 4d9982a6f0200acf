import type { ShellContext } from './shell-context';

/** The single-spa props a plugin's lifecycles receive. */
export interface PluginProps {
  /** The application name (the service slug). */
  name: string;
  /** The element the plugin renders into; the shell owns it, the plugin owns its children. */
  domElement: HTMLElement;
  /** The plugin's door to the portal. */
  shell: ShellContext;
}

type Lifecycle = (props: PluginProps) => Promise<unknown>;

/**
 * What a plugin's `./plugin` expose default-exports: single-spa lifecycles. Any single-spa
 * application (Lit, vanilla, React via single-spa-react, Vue via single-spa-vue) fits.
 */
export interface PluginLifecycles {
  bootstrap: Lifecycle | Lifecycle[];
  mount: Lifecycle | Lifecycle[];
  unmount: Lifecycle | Lifecycle[];
  update?: Lifecycle | Lifecycle[];
}

/** True when `value` has the lifecycles the contract asks for (checked before use: never trust a plugin). */
export function isPluginLifecycles(value: unknown): value is PluginLifecycles {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  const isLifecycle = (fn: unknown) =>
    typeof fn === 'function' || (Array.isArray(fn) && fn.every((f) => typeof f === 'function'));
  return (
    isLifecycle(record.bootstrap) &&
    isLifecycle(record.mount) &&
    isLifecycle(record.unmount) &&
    (record.update === undefined || isLifecycle(record.update))
  );
}
