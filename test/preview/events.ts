/** A Server-Sent Events client for the preview tests, on Node's fetch. */

export interface BuildEvent {
  build: string;
  kind: 'report' | 'error';
  ms: number;
  /** The build the parts change, when only sections changed. */
  base?: string;
  parts?: { id: string; html: string }[];
}

export interface EventClient {
  /** The next build event (or one already received and not yet taken) that passes `test`. */
  next(test?: (event: BuildEvent) => boolean, timeoutMs?: number): Promise<BuildEvent>;
  close(): void;
}

/**
 * Connects to the preview's events.
 *
 * @param url
 *   The preview's address, such as http://127.0.0.1:4173/.
 */
export async function connectEvents(url: string): Promise<EventClient> {
  const controller = new AbortController();
  const response = await fetch(new URL('/__vdr/events', url), { signal: controller.signal });
  if (response.status !== 200 || !response.body) throw new Error(`the events answered ${response.status}`);
  const queue: BuildEvent[] = [];
  let wake: (() => void) | undefined;
  void (async () => {
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const lines = block.split('\n');
          const event = lines.find((l) => l.startsWith('event: '))?.slice(7);
          const data = lines.find((l) => l.startsWith('data: '))?.slice(6);
          if (event === 'build' && data !== undefined) {
            queue.push(JSON.parse(data) as BuildEvent);
            wake?.();
          }
        }
      }
    } catch {
      // Closed.
    }
  })();
  return {
    async next(test = () => true, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const at = queue.findIndex(test);
        if (at >= 0) return queue.splice(0, at + 1).pop()!;
        queue.length = 0;
        const left = deadline - Date.now();
        if (left <= 0) throw new Error('no such build event came');
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    },
    close: () => controller.abort(),
  };
}
