import neo4j from 'neo4j-driver';
const d = neo4j.driver('bolt://127.0.0.1:7703', neo4j.auth.basic('neo4j', '2e22bd0498244a7fb9724d889db5f688e9f201fc'), { disableLosslessIntegers: true });
const plan = async (c: string) => { try { const r: any = await d.executeQuery('EXPLAIN ' + c, {}, { database: 'neo4j' }); return 'ok ' + r.summary.queryType; } catch (e: any) { return e.code + ' ' + String(e.message).slice(0, 100); } };
const r: any = await d.executeQuery('SHOW TRANSACTIONS YIELD transactionId, currentQuery, elapsedTime, status', {}, { database: 'neo4j' });
console.log(r.records.map((x: any) => JSON.stringify(x.toObject()).slice(0, 200)));
for (const n of (process.argv[2] ?? '50,100,200,400').split(',').map(Number)) {
  for (const [label, c] of [['plus', 'RETURN ' + Array(n).fill('1').join('+')], ['paren', 'RETURN ' + '('.repeat(n) + '1' + ')'.repeat(n)], ['not', 'RETURN ' + 'NOT '.repeat(n) + 'true']]) {
    const t = Date.now(); console.log(label, n, await Promise.race([plan(c), new Promise((r) => setTimeout(() => r('no answer in 6s'), 6000))]), Date.now() - t);
  }
}
await d.close(); process.exit(0);
