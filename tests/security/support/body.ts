/**
 * A request body of `totalBytes` sent in 64 kB chunks without a Content-Length (chunked), counting
 * how many bytes the server actually pulled.
 */
export function chunkedBody(totalBytes: number, prefix = new Uint8Array()) {
  const chunk = new Uint8Array(64 * 1024).fill(0x61);
  let sent = 0;
  const counter = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= totalBytes) return controller.close();
      const piece = sent === 0 && prefix.length ? prefix : chunk;
      sent += piece.byteLength;
      counter.pulled = sent;
      controller.enqueue(piece);
    },
  });
  return { stream, counter };
}

export const MB = 1024 * 1024;
