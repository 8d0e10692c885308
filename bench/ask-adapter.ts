// The question engine as the server gets it (server/ask's public function), or undefined while it is missing.
import type { GraphStore } from '../graph/types.ts';
import type { AskFn } from '../server/context.ts';

export async function makeAsk(_store: GraphStore): Promise<AskFn | undefined> {
  return undefined;
}
