/**
 * The files of a new plugin, as `palapa create` writes them: the smallest plugin that follows
 * every house rule (SDK Vite preset, a Lit element mounted through `litLifecycles`, bilingual
 * strings with a test, strict TypeScript), so that `palapa build` works on it straight away.
 */
import { MANIFEST_SPEC, remoteNameFor, type PluginManifest } from '@palapa/sdk';

export interface PluginTemplateInput {
  slug: string;
  name: { id: string; en: string };
  /** The OPD that owns the service, e.g. "Dinas Perhubungan"; shown in the README only. */
  opd: string;
}

/** The custom element's tag: `plugin-<slug>` is always a valid name (a slug may start with a digit). */
export const tagNameFor = (slug: string) => `plugin-${slug}`;

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
// Template literals inside generated code must survive being inside ours.
const quote = (text: string) => JSON.stringify(text);

export function pluginFiles(input: PluginTemplateInput): Map<string, string> {
  const { slug, name, opd } = input;
  const tag = tagNameFor(slug);
  const manifest: PluginManifest = {
    spec: MANIFEST_SPEC,
    slug,
    version: '0.1.0',
    name,
    remote: remoteNameFor(slug),
    entry: 'remoteEntry.js',
    exposes: './plugin',
    permissions: [],
  };
  return new Map([
    ['palapa.json', json(manifest)],
    [
      'package.json',
      json({
        name: `palapa-plugin-${slug}`,
        version: '0.1.0',
        private: true,
        type: 'module',
        description: `${name.id}: plugin Palapa milik ${opd}`,
        scripts: { build: 'palapa build', dev: 'palapa dev', publish: 'palapa publish', test: 'vitest run' },
        dependencies: { '@palapa/sdk': '0.1.0', lit: '3.3.3' },
        devDependencies: { '@palapa/cli': '0.1.0', typescript: '5.9.3', vite: '8.3.8', vitest: '4.1.12' },
      }),
    ],
    ['vite.config.ts', VITE_CONFIG],
    ['tsconfig.json', json(TSCONFIG)],
    ['.gitignore', 'node_modules/\ndist/\n.__mf__temp/\n__mf__temp/\n'],
    ['src/plugin.ts', pluginEntry(tag)],
    ['src/strings.ts', strings(name)],
    ['src/strings.test.ts', STRINGS_TEST],
    [`src/${tag}.ts`, element(tag)],
    ['README.md', readme(input)],
  ]);
}

const VITE_CONFIG = `import { defineConfig } from 'vite';
import { palapaPlugin } from '@palapa/sdk/vite';

// The Palapa preset: a Module Federation remote named after the slug in palapa.json, exposing
// ./plugin, sharing lit with the portal. palapa build checks what it produces.
export default defineConfig(palapaPlugin({ root: import.meta.dirname }));
`;

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'Bundler',
    lib: ['ES2023', 'DOM', 'DOM.Iterable'],
    types: ['node', 'vite/client'],
    strict: true,
    noUncheckedIndexedAccess: true,
    noImplicitOverride: true,
    useUnknownInCatchVariables: true,
    isolatedModules: true,
    verbatimModuleSyntax: true,
    skipLibCheck: true,
    noEmit: true,
  },
  include: ['src', '*.ts'],
};

const pluginEntry = (tag: string) => `// The module the portal loads (the federation expose "./plugin"): single-spa lifecycles that
// mount <${tag}> and hand it the shell context.
import { litLifecycles } from '@palapa/sdk';
import './${tag}';

export default litLifecycles('${tag}');
`;

const strings = (name: { id: string; en: string }) => `/**
 * Every sentence this plugin shows, in Bahasa Indonesia and English. Indonesian comes first and
 * defines the keys; TypeScript refuses an English table that misses one.
 */
import type { Locale } from '@palapa/sdk';

const id = {
  title: ${quote(name.id)},
  intro: 'Selamat datang. Layanan ini sedang disiapkan.',
} as const;

export type Strings = Readonly<Record<keyof typeof id, string>>;

const en: Strings = {
  title: ${quote(name.en || name.id)},
  intro: 'Welcome. This service is being prepared.',
};

export const STRINGS: Readonly<Record<Locale, Strings>> = { id, en };

/** The shell's language when this plugin speaks it, Indonesian otherwise. */
export function resolveLocale(locale: unknown): Locale {
  return locale === 'en' ? 'en' : 'id';
}
`;

const STRINGS_TEST = `import { describe, expect, it } from 'vitest';
import { STRINGS, resolveLocale } from './strings';

describe('strings', () => {
  it('has every Indonesian key in English too, none empty', () => {
    expect(Object.keys(STRINGS.en).sort()).toEqual(Object.keys(STRINGS.id).sort());
    for (const table of Object.values(STRINGS)) {
      for (const text of Object.values(table)) expect(text.trim()).not.toBe('');
    }
  });

  it('falls back to Indonesian for a language it does not speak', () => {
    expect(resolveLocale('en')).toBe('en');
    expect(resolveLocale('jv')).toBe('id');
    expect(resolveLocale(undefined)).toBe('id');
  });
});
`;

const element = (tag: string) => {
  const className = tag
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
  return `/**
 * <${tag}>: the plugin's page. It follows the citizen's language through the shell context and
 * stops listening when the portal unmounts it.
 */
import { LitElement, css, html } from 'lit';
import type { Disposer, Locale, ShellContext } from '@palapa/sdk';
import { STRINGS, resolveLocale } from './strings';

export class ${className} extends LitElement {
  static override properties = { shell: { attribute: false }, locale: { state: true } };

  static override styles = css\`
    :host {
      display: block;
      padding: 1rem;
      line-height: 1.5;
    }
  \`;

  // Declared, not initialised as class fields: a field would shadow Lit's reactive accessors.
  declare shell: ShellContext | null;
  declare locale: Locale;
  #stopFollowing: Disposer | null = null;

  constructor() {
    super();
    this.shell = null;
    this.locale = 'id';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.locale = resolveLocale(this.shell?.locale);
    this.#stopFollowing = this.shell?.onLocaleChange((locale) => (this.locale = resolveLocale(locale))) ?? null;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopFollowing?.();
    this.#stopFollowing = null;
  }

  override render() {
    const strings = STRINGS[this.locale];
    return html\`<section data-testid="${tag}">
      <h2>\${strings.title}</h2>
      <p>\${strings.intro}</p>
    </section>\`;
  }
}

// A shell that evaluates this bundle twice must not crash on a second definition.
if (!customElements.get('${tag}')) customElements.define('${tag}', ${className});

declare global {
  interface HTMLElementTagNameMap {
    '${tag}': ${className};
  }
}
`;
};

const readme = ({ slug, name, opd }: PluginTemplateInput) => `# ${name.id}

Plugin Palapa untuk layanan \`${slug}\` milik ${opd}. / The Palapa plugin of the \`${slug}\` service of ${opd}.

| perintah / command | apa / what |
| --- | --- |
| \`palapa dev\` | build ulang tiap perubahan dan tampilkan di portal / rebuild on change and show it in the portal |
| \`palapa build\` | build dan periksa manifest, entry dan ukuran / build and check manifest, entry and size |
| \`palapa publish\` | unggah versi baru (menunggu persetujuan admin) / upload a new version (waits for an admin) |
| \`palapa status\` | versi layanan dan statusnya / the service's versions and their status |

Naikkan \`version\` di \`palapa.json\` sebelum tiap publish: versi tidak dapat diubah.
Bump \`version\` in \`palapa.json\` before every publish: versions are immutable.
`;
