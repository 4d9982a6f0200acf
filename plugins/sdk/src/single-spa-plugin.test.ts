import { describe, expect, it } from 'vitest';
import type { PluginProps } from './lifecycles';
import { singleSpaPlugin } from './single-spa-plugin';

// An adapter's lifecycles typed for its own props, as single-spa-react's are.
interface AdapterProps {
  name: string;
  domElement: HTMLElement;
  mountParcel?: unknown;
}

const props = { name: 'uji', domElement: {} as HTMLElement, shell: {} } as unknown as PluginProps;

describe('singleSpaPlugin', () => {
  it('runs each lifecycle, arrays in order, with the props the shell hands over', async () => {
    const calls: string[] = [];
    const plugin = singleSpaPlugin({
      bootstrap: async (p: AdapterProps) => void calls.push(`bootstrap ${p.name}`),
      mount: [async () => void calls.push('mount 1'), async (p: AdapterProps) => void calls.push(`mount 2 ${p.name}`)],
      unmount: async () => void calls.push('unmount'),
    });
    for (const phase of ['bootstrap', 'mount', 'unmount'] as const) {
      const lifecycle = plugin[phase];
      if (typeof lifecycle !== 'function') throw new Error(`${phase} is not one function`);
      await lifecycle(props);
    }
    expect(calls).toEqual(['bootstrap uji', 'mount 1', 'mount 2 uji', 'unmount']);
    expect(plugin.update).toBeUndefined();
  });

  it('keeps update when the application has one, and stops at the first failing step', async () => {
    const plugin = singleSpaPlugin({
      bootstrap: async () => {},
      mount: [async () => Promise.reject(new Error('gagal')), async () => expect.unreachable('the second step ran')],
      unmount: async () => {},
      update: async () => {},
    });
    expect(typeof plugin.update).toBe('function');
    await expect((plugin.mount as (p: PluginProps) => Promise<unknown>)(props)).rejects.toThrow('gagal');
  });

  it('refuses an application without its lifecycles, saying what is missing', () => {
    expect(() => singleSpaPlugin({ bootstrap: async () => {}, mount: async () => {} } as never)).toThrow(
      'singleSpaPlugin: the application must have bootstrap, mount and unmount functions',
    );
  });
});
