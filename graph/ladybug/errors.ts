// Engine errors → classified StoreError with a message safe to show a user.
import { StoreError } from '../types.ts';

export function classify(error: unknown, where: string): StoreError {
  if (error instanceof StoreError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/WAL file is corrupted/i.test(message)) {
    // only read-only opens throw on a torn WAL: a writer is running, or one crashed and nobody has reopened it since
    return new StoreError('locked', `The database ${where} is being written by another process (is \`policy-graph serve\` running? ` +
      'Use the API instead). If no process is running, open it once for writing (e.g. policy-graph stats) to recover.', true, { cause: error });
  }
  if (/Could not set lock|lock on file/i.test(message)) {
    return new StoreError('locked', `The database ${where} is in use by another process (is \`policy-graph serve\` running? ` +
      'Use the API instead, or stop the server first).', true, { cause: error });
  }
  if (/Interrupted|timeout/i.test(message)) return new StoreError('timeout', 'The query took too long and was stopped.', true, { cause: error });
  if (/read-only/i.test(message)) return new StoreError('read-only-violation', 'Query refused: the store is read-only.', false, { cause: error });
  if (/multiple statements/i.test(message)) return new StoreError('multi-statement', 'Query refused: only one statement is allowed.');
  if (/^(Parser|Binder) exception|Parameter .* not found|Runtime exception|Conversion exception/i.test(message)) {
    return new StoreError('syntax', `The graph engine rejected the query: ${message.split('\n')[0]}`, false, { cause: error });
  }
  if (/Connection is closed|Database is closed/i.test(message)) return new StoreError('closed', 'The graph store is closed.');
  return new StoreError('internal', `Graph store error: ${message.split('\n')[0]}`, false, { cause: error });
}
