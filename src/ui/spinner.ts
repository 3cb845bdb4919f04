// A spinner while a long synchronous job runs, on a terminal only. The job blocks the
// event loop, so each progress report draws a frame itself.
export interface Progress {
  report(done: number, total: number): void;
  stop(): void;
}

const silent: Progress = { report: () => undefined, stop: () => undefined };

/** A spinner on `stream` whose text `label(done, total)` gives; nothing at all when the stream is not a terminal. */
export async function spinner(stream: NodeJS.WriteStream, label: (done: number, total: number) => string): Promise<Progress> {
  if (!stream.isTTY) return silent;
  const { default: ora } = await import('ora');
  const spin = ora({ stream, discardStdin: false });
  return {
    report: (done, total) => {
      spin.text = label(done, total);
      if (!spin.isSpinning) spin.start();
      spin.render();
    },
    stop: () => {
      if (spin.isSpinning) spin.stop();
    },
  };
}
