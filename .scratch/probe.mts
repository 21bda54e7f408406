import neo4j from 'neo4j-driver';
const d = neo4j.driver('bolt://127.0.0.1:7703', neo4j.auth.basic('neo4j', '2e22bd0498244a7fb9724d889db5f688e9f201fc'), { disableLosslessIntegers: true });
const q = async (c: string, p = {}, db = 'neo4j') => { try { const r = await d.executeQuery(c, p, { database: db }); return r; } catch (e) { return { err: (e as any).code + ' ' + String((e as any).message).slice(0, 200) }; } };
console.log(JSON.stringify((await q('SHOW DATABASE $n YIELD name, lastCommittedTxn', { n: 'neo4j' }, 'system') as any).records?.map((r: any) => r.toObject()) ?? await q('SHOW DATABASE $n YIELD lastCommittedTxn', { n: 'neo4j' }, 'system')));
const plan = async (c: string) => { const r: any = await q('EXPLAIN ' + c); if (r.err) return r.err; const ops: string[] = []; const walk = (p: any) => { ops.push(p.operatorType + ' ' + JSON.stringify(p.arguments?.Details ?? '')); (p.children ?? []).forEach(walk); }; walk(r.summary.plan); return r.summary.queryType + ' ' + ops.join(' | '); };
console.log(await plan("WITH 1 AS a //x\rLOAD CSV FROM 'http://127.0.0.1:9/x' AS row RETURN row"));
console.log(await plan("CALL db.labels() YIELD label RETURN label"));
console.log(await plan("CALL dbms.components() YIELD name RETURN name"));
console.log(await plan("MATCH (n) RETURN n LIMIT 1"));
console.log(await plan("CALL { MATCH (n) RETURN n } RETURN n LIMIT 1"));
for (const depth of [100, 300, 600, 2000]) { const t = Date.now(); console.log(depth, await Promise.race([plan('RETURN ' + '('.repeat(depth) + '1' + ')'.repeat(depth)), new Promise((r) => setTimeout(() => r('no answer in 8s'), 8000))]), Date.now() - t); }
await d.close();
