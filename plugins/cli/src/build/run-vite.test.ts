import { describe, expect, it } from 'vitest';
import { viteErrorSentence } from './run-vite';

describe("Vite's errors as one sentence", () => {
  it('keeps the first meaningful line and the file position from the code frame, without colours', () => {
    const error = new Error(
      'Build failed with 1 error:\n\n\u001b[31m[builtin:vite-transform] \u001b[0mUnexpected token\n    ╭─[ src/strings.ts:25:11 ]\n 25 │ const x = ;\n',
    );
    expect(viteErrorSentence(error)).toBe('[builtin:vite-transform] Unexpected token (src/strings.ts:25:11)');
  });

  it('passes a plain message through', () => {
    expect(viteErrorSentence(new Error('Could not resolve "./src/plugin.ts"'))).toBe('Could not resolve "./src/plugin.ts"');
  });
});
