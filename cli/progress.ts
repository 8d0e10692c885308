// Progress of a multi-file ingest: a bar on a terminal, one plain line per file otherwise (both on stderr).
import cliProgress from 'cli-progress';

export interface Progress {
  step(file: string, outcome: string): void;
  stop(): void;
}

export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (stream.isTTY && total > 1) {
    const bar = new cliProgress.SingleBar({
      format: 'ingest [{bar}] {value}/{total} {file}', stream, hideCursor: true, clearOnComplete: false,
    }, cliProgress.Presets.shades_classic);
    bar.start(total, 0, { file: '' });
    let done = 0;
    return {
      step: (file) => bar.update(++done, { file }),
      stop: () => bar.stop(),
    };
  }
  let done = 0;
  const width = String(total).length;
  return {
    step: (file, outcome) => stream.write(`[${String(++done).padStart(width)}/${total}] ${file}: ${outcome}\n`),
    stop: () => undefined,
  };
}
