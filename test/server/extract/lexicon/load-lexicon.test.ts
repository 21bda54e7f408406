import { describe, expect, it } from '@jest/globals';
import { LexiconError } from '../../../../server/extract/errors.ts';
import { compileVerbDictionary } from '../../../../server/extract/lexicon/compile-verb-dictionary.ts';
import { inflect } from '../../../../server/extract/lexicon/inflect.ts';
import { loadLexicon, parseCountryAliases } from '../../../../server/extract/lexicon/load-lexicon.ts';
import { parseAgents } from '../../../../server/extract/lexicon/parse-agents.ts';

describe('the lexicon', () => {
  const lex = loadLexicon();
  it('compiles all 1,817 verbs of PETRARCH2 CAMEO.2.0 and all but the four patterns naming undefined synonym sets', () => {
    expect(lex.verbs.verbs).toBe(1817);
    expect(lex.verbs.patterns).toBe(4664);
    expect(lex.verbs.skipped).toHaveLength(4);
    expect(lex.verbs.synsets).toBe(40);
  });
  it('reads the Phoenix agents and tells state agents from the others', () => {
    expect(lex.agentCount).toBeGreaterThan(3000);
    const first = (w: string) => lex.agents.get(w)?.find((a) => a.words.length === 1);
    expect(first('rebels')?.state).toBe(false);
    expect(first('police')?.state).toBe(true);
    expect(first('diplomat')?.state).toBe(true);
    expect(first('journalist')?.state).toBe(false);
  });
  it('loads the hand cues, each with a reason, and the named word lists', () => {
    expect(lex.cues.length).toBeGreaterThanOrEqual(100);
    for (const c of lex.cues) expect(c.why.length).toBeGreaterThan(10);
    expect(Object.keys(lex.lists).length).toBe(50);
    expect(lex.lists.personPlaceHeads.has('Airport')).toBe(true);
    expect(lex.lists.articles.has('the')).toBe(true);
  });
  it('reads the Phoenix country aliases', () => {
    expect(lex.countryAliases.get('AFG')).toContain('afghanistan');
  });
  it('finds a verb by its generated and its listed irregular forms', () => {
    expect(lex.verbs.byForm.get('froze')?.[0]?.block).toBe('FREEZE');
    expect(lex.verbs.byForm.get('freezing')?.[0]?.block).toBe('FREEZE');
    expect(inflect('ban')).toEqual(expect.arrayContaining(['banned', 'banning', 'bans']));
  });
});

describe('bad lexicon files', () => {
  it('names the file and line of a pattern without a code', () => {
    const text = '####### VERB PATTERNS #######\n---  FREEZE   [---]  ---\nFREEZE\n- * ASSET\n';
    expect(() => compileVerbDictionary(text, 'x.txt')).toThrow(
      new LexiconError('x.txt', 4, 'pattern "- * ASSET" has no [code]'),
    );
  });
  it('names the line of a bad CAMEO code and of an unreadable agent or alias', () => {
    expect(() =>
      compileVerbDictionary('####### VERB PATTERNS #######\n---  X   [---]  ---\nX\n- * Y [9x]\n', 'v.txt'),
    ).toThrow(/v\.txt:4: "\[9x\]" is not a CAMEO code/);
    expect(() => parseAgents('REBEL [~REB\n', new Set(['GOV']), 'a.txt')).toThrow(/a\.txt:1: cannot read agent line/);
    expect(() => parseCountryAliases('code\talias\nafg\tAfghanistan\n', 'c.tsv')).toThrow(/c\.tsv:2/);
  });
});
