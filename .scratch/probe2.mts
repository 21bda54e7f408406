import neo4j from 'neo4j-driver';
const d = neo4j.driver('bolt://127.0.0.1:7703', neo4j.auth.basic('neo4j', '2e22bd0498244a7fb9724d889db5f688e9f201fc'), { disableLosslessIntegers: true });
const plan = async (c: string) => { try { const r: any = await d.executeQuery('EXPLAIN ' + c, {}, { database: 'neo4j' }); return 'ok ' + r.summary.queryType; } catch (e: any) { return e.code + ' ' + String(e.message).slice(0, 100); } };
const cases: [string, string][] = [
  ['plus 2000', 'RETURN ' + Array(2000).fill('1').join('+')],
  ['plus 6000', 'RETURN ' + Array(6000).fill('1').join('+')],
  ['not 500', 'RETURN ' + 'NOT '.repeat(500) + 'true'],
  ['minus 1000', 'RETURN ' + '- '.repeat(1000) + '1'],
  ['list 600', 'RETURN ' + '['.repeat(600) + '1' + ']'.repeat(600)],
  ['and 3000', 'RETURN ' + Array(3000).fill('true').join(' AND ')],
  ['prop 3000', 'WITH {a:1} AS m RETURN m' + '.a'.repeat(3000)],
];
for (const [label, c] of cases) { const t = Date.now(); console.log(label, c.length, await Promise.race([plan(c), new Promise((r) => setTimeout(() => r('no answer in 6s'), 6000))]), Date.now() - t); }
await d.close(); process.exit(0);
