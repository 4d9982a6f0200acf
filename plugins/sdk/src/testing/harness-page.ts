/**
 * The page mountPluginInBrowser opens: one outlet, a fake ShellContext, and the plugin's own
 * lifecycles run in order as the shell runs them (bootstrap once, then mount; unmount). The test
 * in Node drives it through `window.__palapaHarness`.
 */
import { isPluginLifecycles, type PluginLifecycles, type PluginProps } from '../lifecycles';
import type { Locale } from '../localized-pick';
import { loadPluginUnderTest } from 'virtual:palapa-plugin-under-test';
import { OUTLET_ID } from './harness-constants';
import { createFakeShellContext, type FakeShell, type FakeShellOptions, type ShellRecord } from './fake-shell-context';

/** What the Node side calls in the page. */
export interface PalapaHarness {
  mount(options: FakeShellOptions): Promise<void>;
  /** Unmounts and says how many nodes the plugin left in its outlet (the shell would clear them; a tidy plugin leaves 0). */
  unmount(): Promise<{ leftoverNodes: number }>;
  setLocale(locale: Locale): void;
  record(): ShellRecord;
}

type Lifecycle = PluginLifecycles['mount'] | undefined;

async function run(lifecycle: Lifecycle, props: PluginProps): Promise<void> {
  for (const step of Array.isArray(lifecycle) ? lifecycle : lifecycle ? [lifecycle] : []) await step(props);
}

let lifecycles: PluginLifecycles | null = null;
let mounted: { props: PluginProps; shell: FakeShell } | null = null;
let lastShell: FakeShell | null = null;

const harness: PalapaHarness = {
  async mount(options) {
    if (mounted) throw new Error('The plugin is already mounted; unmount it first.');
    const shell = createFakeShellContext(options);
    const props: PluginProps = { name: options.slug, domElement: outlet(), shell: shell.context };
    lastShell = shell;
    if (!lifecycles) {
      const exposed = await loadPluginUnderTest();
      const candidate = (exposed as { default?: unknown } | null)?.default ?? exposed;
      // The same check the shell makes before it trusts a plugin.
      if (!isPluginLifecycles(candidate)) throw new Error('The plugin module does not default-export bootstrap, mount and unmount.');
      // Like the shell: bootstrap once, with the first mount's props.
      await run(candidate.bootstrap, props);
      lifecycles = candidate;
    }
    await run(lifecycles.mount, props);
    mounted = { props, shell };
  },
  async unmount() {
    if (!mounted || !lifecycles) throw new Error('The plugin is not mounted.');
    const { props } = mounted;
    mounted = null;
    await run(lifecycles.unmount, props);
    const leftoverNodes = props.domElement.childNodes.length;
    props.domElement.replaceChildren();
    return { leftoverNodes };
  },
  setLocale(locale) {
    const shell = mounted?.shell ?? lastShell;
    if (!shell) throw new Error('Mount the plugin first.');
    shell.setLocale(locale);
  },
  record() {
    const shell = mounted?.shell ?? lastShell;
    if (!shell) throw new Error('Mount the plugin first.');
    return shell.record();
  },
};

function outlet(): HTMLElement {
  const element = document.getElementById(OUTLET_ID);
  if (!element) throw new Error(`The harness page has no #${OUTLET_ID}.`);
  return element;
}

(window as unknown as { __palapaHarness: PalapaHarness }).__palapaHarness = harness;
document.documentElement.dataset.palapaHarness = 'ready';
