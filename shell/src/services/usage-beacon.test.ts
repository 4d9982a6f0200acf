import { describe, expect, it } from 'vitest';
import { formStartCounter, sendUsageBeacon, USAGE_URL, type UsageEvent } from './usage-beacon';

describe('usage beacon', () => {
  it('sends only the slug and the event, as JSON, to the counting endpoint', async () => {
    const sent: Array<{ url: string; data: Blob }> = [];
    const taken = sendUsageBeacon('cek-pbb', 'open', { offline: false, sendBeacon: (url, data) => (sent.push({ url, data }), true) });
    expect(taken).toBe(true);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.url).toBe(USAGE_URL);
    expect(sent[0]?.data.type).toBe('application/json');
    expect(JSON.parse(await (sent[0]?.data.text() ?? Promise.resolve('')))).toEqual({ slug: 'cek-pbb', event: 'open' });
  });

  it('sends nothing offline, nor without sendBeacon, and never throws', () => {
    let calls = 0;
    expect(sendUsageBeacon('cek-pbb', 'open', { offline: true, sendBeacon: () => (calls++, true) })).toBe(false);
    expect(calls).toBe(0);
    expect(sendUsageBeacon('cek-pbb', 'open', { offline: false, sendBeacon: undefined })).toBe(false);
    const throwing = () => {
      throw new TypeError('beacon refused');
    };
    expect(sendUsageBeacon('cek-pbb', 'open', { offline: false, sendBeacon: throwing })).toBe(false);
  });

  it("counts a form's start once per page view, however many answers follow", () => {
    const events: Array<[string, UsageEvent]> = [];
    const onInput = formStartCounter('surat-domisili', (slug, event) => events.push([slug, event]));
    onInput();
    onInput();
    onInput();
    expect(events).toEqual([['surat-domisili', 'formStart']]);
  });
});
