import neo4j from 'neo4j-driver';
const d = neo4j.driver('bolt://127.0.0.1:7703', neo4j.auth.basic('neo4j', '2e22bd0498244a7fb9724d889db5f688e9f201fc'), { disableLosslessIntegers: true });
const plan = async (c: string) => { try { const r: any = await d.executeQuery('EXPLAIN ' + c, {}, { database: 'neo4j' }); const ops: string[] = []; const walk = (p: any) => { ops.push(p.operatorType.replace('@neo4j','')); (p.children ?? []).forEach(walk); }; walk(r.summary.plan); return r.summary.queryType + ' ' + ops.join('|'); } catch (e: any) { return e.code + ' ' + String(e.message).slice(0, 80); } };
const L = "LOAD CSV FROM 'http://127.0.0.1:9/x' AS row RETURN row";
const cases: [string, string][] = [
  ['cr', 'WITH 1 AS a //x\r' + L],
  ['u2028', 'WITH 1 AS a //x\u2028' + L],
  ['u2029', 'WITH 1 AS a //x\u2029' + L],
  ['u0085', 'WITH 1 AS a //x\u0085' + L],
  ['esc-u000a', 'WITH 1 AS a //x\\u000a' + L],
  ['esc-u000d', 'WITH 1 AS a //x\\u000d' + L],
  ['esc-keyword', 'WITH 1 AS a \\u004cOAD CSV FROM \'http://127.0.0.1:9/x\' AS row RETURN row'],
  ['esc-blockend', 'WITH 1 AS a /* x *\\u002f ' + L],
  ['esc-in-string', "RETURN '\\u0027' AS x"],
  ['vt', 'WITH 1 AS a //x\u000b' + L],
  ['ff', 'WITH 1 AS a //x\u000c' + L],
  ['nel-ws', 'MATCH\u0085(n) RETURN n LIMIT 1'],
];
for (const [label, c] of cases) console.log(label, await plan(c));
await d.close(); process.exit(0);
