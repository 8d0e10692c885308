// The read-only allow-list (graph/guard.ts): what passes and what is refused, and why.
import { describe, expect, it } from 'vitest';
import { checkReadOnly, inspectReadOnly, StoreError } from '../../graph/index.ts';

const allowed: string[] = [
  'MATCH (n) RETURN n',
  'match (n:Agency) return n.name',
  'OPTIONAL MATCH (a:Agency)-[:LEADS]->(m:Measure) RETURN a, m',
  'WITH 1 AS x RETURN x',
  'UNWIND $ids AS id MATCH (m:Measure {id: id}) RETURN m',
  'RETURN 1',
  'MATCH (n) RETURN n;',
  'MATCH (n) RETURN n ;  // trailing comment',
  "MATCH (m:Measure) WHERE m.text CONTAINS 'CREATE' RETURN m",
  'MATCH (m:Measure) WHERE m.text CONTAINS "DELETE; DROP TABLE x" RETURN m',
  "MATCH (m:Measure) WHERE m.text = 'it''s; SET x' RETURN m",
  "MATCH (m:Measure) WHERE m.text = 'a\\'; DETACH DELETE m' RETURN m",
  'MATCH (m:Measure) RETURN m.`end` AS `end`, m.start AS start',
  'MATCH (n) /* CREATE (x) */ RETURN n',
  'MATCH (n) // ; DELETE n\nRETURN n',
  'MATCH (a)-[*1..3]->(b) RETURN b',
  'MATCH (a)-[:CITES*1..6]->(b) RETURN b',
  'MATCH (a)-[r:CITES*2]->(b) RETURN b',
  'MATCH p = (a)-[* SHORTEST 1..4]-(b) RETURN p',
  'MATCH (m) RETURN [x IN [1,2,3] | x * 2] AS doubled',
  'MATCH (m:Measure) WHERE m.set = 1 RETURN m',
  'MATCH (m:Measure {documentId: $create}) RETURN m',
  'ＭＡＴＣＨ (n) ＲＥＴＵＲＮ n',
  'MATCH (m:Measure) RETURN m.ref ORDER BY m.ref LIMIT 5',
  'UNWIND range(2020, 2035) AS y RETURN y',
];

const refused: Array<[string, RegExp]> = [
  ["CREATE (n:Document {id: 'x'})", /start with MATCH/],
  ["MATCH (n) SET n.title = 'x'", /SET/],
  ['MATCH (n) DETACH DELETE n', /DETACH/],
  ['MATCH (n) DELETE n', /DELETE/],
  ["MATCH (n) MERGE (m:Agency {id: 'x'})", /MERGE/],
  ['MATCH (n) REMOVE n.title', /REMOVE/],
  ['MATCH (n) RETURN n; MATCH (m) DELETE m', /one statement/],
  ['MATCH (n) RETURN n; RETURN 1', /one statement/],
  ["MATCH (n) WHERE n.t = ';' RETURN n; DROP TABLE Agency", /one statement/],
  ['MATCH (n) /* x */ DELETE n', /DELETE/],
  ['CALL show_tables() RETURN *', /start with MATCH/],
  ['MATCH (n) CALL { MATCH (m) RETURN m } RETURN n', /CALL/],
  ["MATCH (n) WITH n LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", /LOAD/],
  ["COPY Agency FROM 'x.csv'", /start with/],
  ['DROP TABLE Agency', /start with/],
  ['BEGIN TRANSACTION', /start with/],
  ['MATCH (n) ＤＥＬＥＴＥ n', /DELETE/],
  ['MATCH (n) ｓｅｔ n.x = 1', /SET/],
  ['MATCH (a)-[*]->(b) RETURN b', /upper bound/],
  ['MATCH (a)-[:CITES*]->(b) RETURN b', /upper bound/],
  ['MATCH (a)-[:CITES*2..]->(b) RETURN b', /upper bound/],
  ['MATCH (a)-[*1..7]->(b) RETURN b', /limited to 6/],
  ['MATCH (a)<-[*..20]-(b) RETURN b', /limited to 6/],
  ['MATCH (a)-[*9]->(b) RETURN b', /limited to 6/],
  ["RETURN apoc.cypher.runWrite('CREATE (n)', {})", /namespaced/],
  ['MATCH (n) FOREACH (x IN [1] | SET n.a = x)', /FOREACH|SET/],
  ['', /empty/],
  ['  ;  ', /empty/],
  ["MATCH (n) WHERE n.t = 'unterminated RETURN n", /malformed/],
  ['MATCH (n) /* unterminated RETURN n', /malformed/],
  ['EXPLAIN MATCH (n) RETURN n', /start with/],
  ['USE other MATCH (n) RETURN n', /start with/],
  ['(n) RETURN n', /start with/],
  ['MATCH (n) WITH n INSTALL json RETURN n', /INSTALL/],
  ["MATCH (n) RETURN n UNION MATCH (m) DETACH DELETE m", /DETACH/],
  ['UNWIND range(1, 200000000) AS x RETURN count(x)', /range\(\) is limited/],
];

describe('read-only guard', () => {
  it.each(allowed)('allows %s', (cypher) => {
    expect(inspectReadOnly(cypher)).toEqual({ ok: true });
  });

  it.each(refused)('refuses %s', (cypher, why) => {
    const verdict = inspectReadOnly(cypher);
    expect(verdict.ok).toBe(false);
    expect(verdict.reason).toMatch(why);
  });

  it('throws a classified StoreError with a user-safe message', () => {
    expect(() => checkReadOnly('MATCH (n) DELETE n')).toThrow(StoreError);
    try { checkReadOnly('RETURN 1; RETURN 2'); } catch (e) { expect((e as StoreError).code).toBe('multi-statement'); }
    try { checkReadOnly('MATCH (n) DELETE n'); } catch (e) { expect((e as StoreError).code).toBe('read-only-violation'); }
    expect.assertions(3);
  });
});
