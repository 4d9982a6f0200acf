/** The plugin a harness page mounts: provided by mountPluginInBrowser's Vite plugin (source or built). */
declare module 'virtual:palapa-plugin-under-test' {
  /** The plugin's `./plugin` module (its default export is the lifecycles), however it was loaded. */
  export function loadPluginUnderTest(): Promise<unknown>;
}
