/**
 * @palapa/sdk/testing — test a plugin in a real browser without the portal: mount it with a fake
 * ShellContext that records what it asks of the shell. Node only (it starts Vite and Chromium);
 * needs `playwright-core` and `vite` installed, and Chromium at `CHROMIUM_PATH` or /usr/bin/chromium.
 */
export { mountPluginInBrowser, launchTestBrowser, testBrowserAvailable, CHROMIUM_PATH } from './mount-plugin-in-browser';
export type { GatewayReply, GatewayRequest, MountPluginOptions, MountedPlugin } from './mount-plugin-in-browser';
export { createFakeShellContext, TEST_CSRF_TOKEN } from './fake-shell-context';
export type { FakeShell, FakeShellOptions, ShellRecord } from './fake-shell-context';
