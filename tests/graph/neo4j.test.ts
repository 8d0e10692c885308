// The contract suite on Neo4j — only when NEO4J_URI points at a server (its database is wiped by these tests).
import { describe, it } from 'vitest';
import { openStore } from '../../graph/index.ts';
import { contractSuite, type TestStore } from './contract.ts';

const uri = process.env.NEO4J_URI;
const config = { uri: uri ?? '', user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD, database: process.env.NEO4J_DATABASE };

if (uri) {
  contractSuite(`Neo4j at ${uri}`, async () => {
    const wipe = async () => {
      const s = await openStore({ neo4j: config });
      await s.run({ cypher: 'MATCH (n) DETACH DELETE n', params: {} });
      await s.close();
    };
    await wipe();
    return {
      open: async (opts = {}) => (await openStore({ neo4j: config, readOnly: opts.readOnly })) as TestStore,
      dispose: wipe,
    };
  });
} else {
  describe.skip('GraphStore contract: Neo4j — skipped: NEO4J_URI is not set (e.g. NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=…)', () => {
    it('runs the contract suite against Neo4j', () => undefined);
  });
}
