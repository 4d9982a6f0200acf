/**
 * Shows an upload's progress: a cli-progress bar on a terminal, a few plain lines (25 %, 50 %…)
 * when stdout is a file or a CI log, where a redrawn bar would be noise.
 */
import { SingleBar } from 'cli-progress';
import { kib } from '../build/mount-size';

export interface Progress {
  update(sentBytes: number): void;
  stop(): void;
}

export function uploadProgress(totalBytes: number, stream: NodeJS.WriteStream = process.stdout): Progress {
  if (stream.isTTY) {
    const bar = new SingleBar({
      format: 'Mengunggah / uploading [{bar}] {percentage}% {sentKib}/{totalKib} KiB',
      hideCursor: true,
      stream,
    });
    bar.start(totalBytes, 0, { sentKib: kib(0), totalKib: kib(totalBytes) });
    return {
      update: (sent) => bar.update(sent, { sentKib: kib(sent) }),
      stop: () => bar.stop(),
    };
  }
  let nextQuarter = 1;
  return {
    update: (sent) => {
      while (nextQuarter <= 4 && sent >= (totalBytes * nextQuarter) / 4) {
        stream.write(`Mengunggah / uploading: ${nextQuarter * 25}% (${kib(Math.min(sent, totalBytes))}/${kib(totalBytes)} KiB)\n`);
        nextQuarter += 1;
      }
    },
    stop: () => {},
  };
}

/** A request body that reports how much of `bytes` the HTTP client has taken. */
export function streamWithProgress(bytes: Uint8Array, progress: Progress, chunkBytes = 64 * 1024): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.byteLength) {
        controller.close();
        return;
      }
      const chunk = bytes.subarray(offset, offset + chunkBytes);
      offset += chunk.byteLength;
      controller.enqueue(chunk);
      progress.update(offset);
    },
  });
}
