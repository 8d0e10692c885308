// The commander program: every command takes --db; errors become one line on stderr.
import { Command, Option } from 'commander';
import { askCommand, exportCommand, removeCommand, serveCommand, statsCommand } from './commands.ts';
import { CliError } from './errors.ts';
import { formatSummary, ingestAll, loadIngestApi } from './ingest.ts';
import { DEFAULT_DB, openForWrite } from './store.ts';

const dbOption = () => new Option('--db <dir>', 'store directory (env POLICY_GRAPH_DB; ignored when NEO4J_URI is set)').default(DEFAULT_DB);

const INGEST_HELP = `
Each document is loaded in its own transaction: ingesting a document again replaces it.
Bad input (missing, empty, binary, not this genre, undecodable) is reported with the file and the reason.
With a single bad file nothing is written. In a mixed batch the good documents are loaded, the bad ones
are listed, and the exit code is 1. Ctrl-C stops between documents: each is either fully loaded or absent.
Documents are made crash-safe in batches (1, 2, 4, … up to 50 documents, at most 2 seconds, and at the end) and reported as
loaded only then: after a crash or kill -9, every reported document is there; an unreported one is whole or absent.
With NEO4J_URI set, documents go to Neo4j (e.g. NEO4J_URI=bolt://localhost:7687 policy-graph ingest seeds/).`;

export function buildProgram(): Command {
  const program = new Command('policy-graph')
    .description('Chinese government task-decomposition documents → a property graph you can question in plain language')
    .showHelpAfterError('(run with --help for usage)');

  program.command('ingest').description('parse documents (files or directories) and load them into the store')
    .argument('<paths...>', '.txt / .htm / .html files or directories').addOption(dbOption()).addHelpText('after', INGEST_HELP)
    .action(async (paths: string[], opts: { db: string }) => {
      const api = await loadIngestApi();
      let interrupted = false;
      const onSigint = () => {
        if (interrupted) process.exit(130);   // second Ctrl-C: the open transaction is never committed
        interrupted = true;
        process.stderr.write('\nStopping after the current document (Ctrl-C again to abort it)…\n');
      };
      process.on('SIGINT', onSigint);
      try {
        const summary = await ingestAll(paths, api, () => openForWrite(opts.db), () => interrupted);
        process.stdout.write(`${formatSummary(summary)}\n`);
        if (summary.interrupted) process.exitCode = 130;
        else if (summary.rejected.length > 0) process.exitCode = 1;
      } finally {
        process.off('SIGINT', onSigint);
      }
    });

  program.command('export').description('print the whole graph as JSON or GraphML')
    .addOption(new Option('--format <format>', 'json or graphml').choices(['json', 'graphml']).default('json'))
    .option('--out <file>', 'write to a file instead of stdout').addOption(dbOption())
    .action((opts: { db: string; format: string; out?: string }) => exportCommand(opts.db, opts.format, opts.out));

  program.command('stats').description('count nodes per label and relationships per type')
    .option('--json', 'print JSON').addOption(dbOption())
    .action((opts: { db: string; json?: boolean }) => statsCommand(opts.db, opts.json === true));

  program.command('remove').description('remove an ingested document (by id, 发文字号 or exact title)')
    .argument('<documentId>').addOption(dbOption())
    .action((id: string, opts: { db: string }) => removeCommand(opts.db, id));

  program.command('ask').description('answer a question (简体 / 繁體 / English) from the graph')
    .argument('<question>').option('--json', 'print the full answer as JSON').addOption(dbOption())
    .action((q: string, opts: { db: string; json?: boolean }) => askCommand(opts.db, q, opts.json === true));

  program.command('serve').description('serve the API and the web app (ingests seeds/ into an empty store)')
    .option('--port <port>', 'port (env PORT, default 3000)').option('--host <host>', 'host (env HOST, default 127.0.0.1)')
    .addOption(dbOption())
    .action((opts: { db: string; port?: string; host?: string }) => {
      const port = opts.port === undefined ? undefined : Number(opts.port);
      if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) throw new CliError(`invalid port "${opts.port}"`, 2);
      return serveCommand(opts.db, port, opts.host);
    });
  return program;
}
