// The interactive path of `palapa create`, with @clack/prompts answered by the test.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const answers: (string | symbol)[] = [];
const asked: string[] = [];
const CANCEL = Symbol('cancel');

vi.mock('@clack/prompts', () => ({
  intro: vi.fn(),
  outro: vi.fn(),
  cancel: vi.fn(),
  isCancel: (value: unknown) => value === CANCEL,
  text: vi.fn(async ({ message }: { message: string }) => {
    asked.push(message);
    return answers.shift() ?? '';
  }),
}));

const { resolveTemplateInput } = await import('./create');

describe('palapa create on a terminal', () => {
  beforeEach(() => {
    answers.length = 0;
    asked.length = 0;
  });

  it('asks only for what the flags left out: names and OPD', async () => {
    answers.push('Property tax check', 'BPKPD');
    const input = await resolveTemplateInput('cek-pbb', { nameId: 'Cek PBB' }, true);
    expect(input).toEqual({ slug: 'cek-pbb', name: { id: 'Cek PBB', en: 'Property tax check' }, opd: 'BPKPD' });
    expect(asked).toHaveLength(2);
    expect(asked[0]).toContain('English');
    expect(asked[1]).toContain('OPD');
  });

  it('falls back to the Indonesian name when the English one is left empty', async () => {
    answers.push('Antrean MPP', '', 'DPMPTSP');
    expect((await resolveTemplateInput('antrean-mpp', {}, true)).name).toEqual({ id: 'Antrean MPP', en: 'Antrean MPP' });
  });

  it('stops with a sentence when the person cancels (Ctrl+C)', async () => {
    answers.push(CANCEL);
    await expect(resolveTemplateInput('cek-pbb', {}, true)).rejects.toThrow(/Cancelled; no file was written/);
  });
});
