import { isPluginLifecycles, type PluginLifecycles, type PluginProps } from './lifecycles';

/**
 * One lifecycle of any single-spa application, whatever props type its framework adapter
 * declares (single-spa-react and single-spa-vue type theirs for single-spa's full AppProps).
 * `never` as the parameter accepts every one-argument function under strict function types.
 */
type AnyLifecycle = (props: never) => Promise<unknown>;

/** The lifecycles a single-spa framework adapter returns. */
export interface SingleSpaApplication {
  bootstrap: AnyLifecycle | readonly AnyLifecycle[];
  mount: AnyLifecycle | readonly AnyLifecycle[];
  unmount: AnyLifecycle | readonly AnyLifecycle[];
  update?: AnyLifecycle | readonly AnyLifecycle[];
}

/**
 * Makes any single-spa application a Palapa plugin, unchanged: React through single-spa-react,
 * Vue through single-spa-vue, Svelte, Angular or vanilla. It checks the lifecycles are there
 * (a clear error at load time rather than a quarantined plugin later), runs lifecycle arrays in
 * order, and types the result as the plugin contract. The shell hands every lifecycle `name`,
 * `domElement` and `shell`, which is what the adapters read; it does not hand single-spa's
 * `mountParcel`, so parcels are not available to plugins.
 *
 * @example
 * // src/plugin.ts of a React plugin
 * import { singleSpaPlugin, type PluginProps } from '@palapa/sdk';
 * import * as React from 'react';
 * import * as ReactDOMClient from 'react-dom/client';
 * import singleSpaReact from 'single-spa-react';
 * import { App } from './app';
 * export default singleSpaPlugin(singleSpaReact<PluginProps>({ React, ReactDOMClient, rootComponent: App }));
 */
export function singleSpaPlugin(application: SingleSpaApplication): PluginLifecycles {
  if (!isPluginLifecycles(application)) {
    throw new Error('singleSpaPlugin: the application must have bootstrap, mount and unmount functions (or arrays of functions).');
  }
  const lifecycles: PluginLifecycles = {
    bootstrap: inOrder(application.bootstrap),
    mount: inOrder(application.mount),
    unmount: inOrder(application.unmount),
  };
  if (application.update) lifecycles.update = inOrder(application.update);
  return lifecycles;
}

function inOrder(lifecycle: AnyLifecycle | readonly AnyLifecycle[]): (props: PluginProps) => Promise<void> {
  const steps = (Array.isArray(lifecycle) ? lifecycle : [lifecycle]) as ((props: PluginProps) => Promise<unknown>)[];
  return async (props) => {
    for (const step of steps) await step(props);
  };
}
