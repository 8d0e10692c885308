// CLI failures: one line to stderr, no stack trace; exit 1 for failures, 2 for usage errors.
import { StoreError } from '../graph/index.ts';

export class CliError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
    this.name = 'CliError';
  }
}

/** A message safe to show: our own errors as they are, anything else reduced to its first line. */
export function describeError(error: unknown): string {
  if (error instanceof CliError || error instanceof StoreError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? 'unknown error').slice(0, 500);
}
