// Entry of the `policy-graph` CLI (bin/policy-graph.js): parse, run, map errors to one line and an exit code.
import { CommanderError } from 'commander';
import { buildProgram } from './program.ts';
import { CliError, describeError } from './errors.ts';

export async function main(argv: string[]): Promise<void> {
  // `policy-graph export | head`: a closed pipe is not an error
  process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); else throw e; });
  const program = buildProgram();
  program.exitOverride();
  for (const c of program.commands) c.exitOverride();
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      // commander has already printed its message (or the help)
      process.exitCode = e.exitCode === 0 ? 0 : 2;
      return;
    }
    process.stderr.write(`policy-graph: ${describeError(e)}\n`);
    process.exitCode = e instanceof CliError ? e.exitCode : 1;
  }
}

await main(process.argv);
