/** One dispatched server-sent event, as an EventSource would see it. */
export interface SseFrame {
  id: string | undefined;
  event: string;
  data: string;
}

/**
 * Reads a text/event-stream body frame by frame, the way the SSE spec parses it, so tests see what
 * a browser's EventSource would: comments and field-less blocks are skipped, data lines are joined.
 */
export class SseReader {
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;
  private readonly decoder = new TextDecoder();
  private readonly frames: SseFrame[] = [];
  private buffer = '';
  private pendingRead: Promise<ReadableStreamReadResult<Uint8Array>> | null = null;
  private ended = false;

  constructor(body: ReadableStream<Uint8Array> | null) {
    if (!body) throw new Error('the response has no body');
    this.reader = body.getReader();
  }

  /** The next frame (heartbeats skipped unless asked for); rejects after `timeoutMs`. */
  async next(options: { timeoutMs?: number; heartbeats?: boolean } = {}): Promise<SseFrame> {
    const frame = await this.nextOrNull(options);
    if (!frame) throw new Error(`no server-sent event within ${options.timeoutMs ?? 2000} ms`);
    return frame;
  }

  /** The next frame, or null when none comes within `timeoutMs` (to assert that nothing more arrives). */
  async nextOrNull({ timeoutMs = 2000, heartbeats = false }: { timeoutMs?: number; heartbeats?: boolean } = {}): Promise<SseFrame | null> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const frame = this.frames.shift();
      if (frame && (heartbeats || frame.event !== 'heartbeat')) return frame;
      if (frame) continue;
      if (this.ended) throw new Error('the event stream ended');
      const left = deadline - Date.now();
      if (left <= 0) return null;
      this.pendingRead ??= this.reader.read();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timedOut = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), left)));
      const result = await Promise.race([this.pendingRead, timedOut]).finally(() => clearTimeout(timer));
      if (result === 'timeout') return null;
      // A read still pending after a timeout is kept and awaited next time, so no bytes are lost.
      this.pendingRead = null;
      if (result.done) this.ended = true;
      else this.push(this.decoder.decode(result.value, { stream: true }));
    }
  }

  /** Disconnects, as a closed browser tab would. */
  async close(): Promise<void> {
    await this.reader.cancel().catch(() => {});
  }

  private push(text: string) {
    this.buffer += text;
    const blocks = this.buffer.split(/\r\n\r\n|\n\n|\r\r/);
    this.buffer = blocks.pop() ?? '';
    for (const block of blocks) {
      const frame = parseBlock(block);
      if (frame) this.frames.push(frame);
    }
  }
}

function parseBlock(block: string): SseFrame | null {
  let id: string | undefined;
  let event = 'message';
  const data: string[] = [];
  for (const line of block.split(/\r\n|\n|\r/)) {
    if (line === '' || line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'id') id = value;
    else if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  }
  return data.length > 0 ? { id, event, data: data.join('\n') } : null;
}
