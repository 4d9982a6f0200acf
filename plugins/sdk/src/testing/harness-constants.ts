/** The id of the element the harness page mounts the plugin into (shared by the page and the server). */
export const OUTLET_ID = 'palapa-plugin-outlet';
