import { describe, expect, it } from 'vitest';
import { encode } from 'uqr';
import { qrPath } from './qr-code';

describe('qrPath', () => {
  it('draws one square per dark module of the code’s QR symbol, quiet zone included', () => {
    const { size, d } = qrPath('MPP-7KQ4-X9TD');
    const { data } = encode('MPP-7KQ4-X9TD', { ecc: 'M', border: 4 });
    expect(size).toBe(21 + 8); // version 1 plus four modules of quiet zone each side
    expect(d.match(/M/g)?.length).toBe(data.flat().filter(Boolean).length);
    expect(d.startsWith('M4 4h1v1h-1z')).toBe(true); // the finder pattern's corner, inside the quiet zone
  });
});
