import { describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { useApiOnWorld } from './api-test-app.ts';

const { app } = useApiOnWorld({ seed: true });

type Message = {
  id: string;
  kind: string;
  sender: { uid: string };
  recipient: { uid: string };
  reportedBy: { uid: string }[];
  repliesTo: string[];
  evidence: { source: string; sentence: string; start: number; end: number }[];
};

describe('the seed article through the API', () => {
  it("/api/dyads/CHN/PRK holds the seed's three messages, each with its evidence sentences", async () => {
    const res = await request(app()).get('/api/dyads/CHN/PRK').expect(200);
    const messages: Message[] = res.body.messages;
    expect(messages.map((m) => `${m.sender.uid}>${m.recipient.uid}:${m.kind}`).sort()).toEqual([
      'Leader:kim-jong-un>Leader:xi-jinping:congratulatory_message',
      'Leader:kim-jong-un>Leader:xi-jinping:verbal_message',
      'Leader:xi-jinping>Leader:kim-jong-un:reply',
    ]);
    for (const m of messages) {
      expect(m.evidence.length).toBeGreaterThan(0);
      for (const e of m.evidence) expect(e.sentence.length).toBeGreaterThan(20);
    }
    const reply = messages.find((m) => m.kind === 'reply')!;
    expect(reply.reportedBy.map((o) => o.uid)).toContain('Organization:KCNA');
    expect(reply.repliesTo.sort()).toEqual(
      messages
        .filter((m) => m.kind !== 'reply')
        .map((m) => m.id)
        .sort(),
    );
  });

  it('the evidence offsets point at the sentence in the source document', async () => {
    const dyad = await request(app()).get('/api/dyads/PRK/CHN').expect(200);
    const evidence = (dyad.body.messages as Message[])[0]!.evidence[0]!;
    const res = await request(app())
      .get(`/api/sources/${encodeURIComponent(evidence.source)}`)
      .expect(200);
    expect(res.body.source.kind).toBe('document');
    expect(res.body.source.text.slice(evidence.start, evidence.end)).toBe(evidence.sentence);
    const kinds = new Set(res.body.facts.items.map((f: { kind: string }) => f.kind));
    for (const k of ['Message', 'Sanction', 'Event']) expect(kinds).toContain(k);
    for (const f of res.body.facts.items as { sentence: string; start: number; end: number }[])
      expect(res.body.source.text.slice(f.start, f.end)).toBe(f.sentence);
    expect(res.body.mentions.length).toBeGreaterThan(0);
  });

  it('/api/messages lists them by direction', async () => {
    const fromPrk = await request(app()).get('/api/messages').query({ from: 'PRK', to: 'CHN' }).expect(200);
    expect(fromPrk.body.items.map((m: Message) => m.kind).sort()).toEqual(['congratulatory_message', 'verbal_message']);
    const fromChn = await request(app()).get('/api/messages').query({ from: 'CHN' }).expect(200);
    expect(fromChn.body.items.map((m: Message) => m.kind)).toContain('reply');
  });

  it('the dyad holds Resolution 2270, approved by China against North Korea, with its evidence', async () => {
    const res = await request(app()).get('/api/dyads/CHN/PRK').expect(200);
    const r2270 = res.body.sanctions.find((s: { key: string }) => s.key === 'UNSCR-2270');
    expect(r2270).toMatchObject({ by: 'CHN', against: 'PRK', how: 'APPROVED' });
    expect(r2270.evidence.some((e: { sentence: string }) => e.sentence.includes('2270'))).toBe(true);
  });

  it('the state network draws the messages between China and North Korea', async () => {
    const res = await request(app()).get('/api/graph').query({ types: 'MESSAGE' }).expect(200);
    const edges = res.body.edges.filter((e: { attributes: { type: string } }) => e.attributes.type === 'MESSAGE');
    expect(edges.map((e: { source: string; target: string }) => `${e.source}>${e.target}`)).toEqual(
      expect.arrayContaining(['State:PRK>State:CHN', 'State:CHN>State:PRK']),
    );
  });
});
