// The phenomena the coder must handle (issue 9, point 4), on sentences written for these tests.
import { describe, expect, it } from '@jest/globals';
import { coder } from '../support.ts';

const coded = coder('2022-05-01');

describe('events written as nouns and light verbs', () => {
  it('codes strikes launched on a state and fire opened on it as force', () => {
    expect(coded('India launched strikes on Pakistan.')).toEqual(['IND 19 PAK']);
    expect(coded('Iran opened fire on Iraq.')).toEqual(['IRN 19 IRQ']);
  });
  it('codes a reached agreement as cooperation of both sides', () => {
    expect(coded('Taiwan and the United States reach a trade agreement.')).toEqual(['TWN 05 USA', 'USA 05 TWN']);
  });
});

describe('diplomatic acts', () => {
  it('codes a summoned ambassador as disapproval and a diplomat declared persona non grata as reduced relations', () => {
    expect(coded('Egypt summoned the Ethiopian ambassador.')).toEqual(['EGY 11 ETH']);
    expect(coded('Japan declared a Chinese diplomat persona non grata.')).toEqual(['JPN 16 CHN']);
  });
  it('codes downgraded, severed and established ties', () => {
    expect(coded('Morocco downgraded relations with Algeria.')).toEqual(['MAR 16 DZA']);
    expect(coded('Ghana established diplomatic ties with Togo.')).toEqual(['GHA 05 TGO', 'TGO 05 GHA']);
  });
  it('codes a cancelled visit as reduced relations, not as a visit', () => {
    expect(coded('Spain cancelled a visit to Morocco.')).toEqual(['ESP 16 MAR']);
  });
});

describe('appeals, demands and refusals', () => {
  it('codes calls for, applications to join and orders', () => {
    expect(coded('Brazil called for Argentina to release the prisoners.')).toEqual(['BRA 02 ARG']);
    expect(coded('Cuba applied to join the WTO.')).toEqual(['CUB 02 WTO']);
    expect(coded('Vietnam told China to leave.')).toEqual(['VNM 10 CHN']);
  });
  it('codes refusals and negated promises as rejections', () => {
    expect(coded('China refused to meet Japan.')).toEqual(['CHN 12 JPN']);
    expect(coded('Japan will not negotiate with China.')).toEqual(['JPN 12 CHN']);
  });
});

describe('treaties, mediation and several parties', () => {
  it('codes a ratified treaty both ways and a withdrawal from one as reduced relations', () => {
    expect(coded('Peru ratified the treaty with Chile.')).toEqual(['CHL 05 PER', 'PER 05 CHL']);
    expect(coded('Russia withdrew from the treaty with Norway.')).toEqual(['RUS 16 NOR']);
  });
  it('codes mediation toward both parties and a meeting of three as every pair', () => {
    expect(coded('Kenya mediated between Sudan and Chad.')).toEqual(['KEN 04 SDN', 'KEN 04 TCD']);
    expect(coded('Italy, France and Germany met in Rome.')).toHaveLength(6);
  });
  it('pairs the coordinated sides of an exchange of fire, not the border where it happened', () => {
    expect(coded('Pakistani and United States forces exchange fire on the Afghan-Pakistan border.')).toEqual([
      'PAK 19 USA',
      'USA 19 PAK',
    ]);
  });
});

describe('nouns told from verbs, and who an act noun belongs to', () => {
  it('reads an act noun after a capitalised qualifier as a noun, with no actor of its own', () => {
    expect(coded('Canada will take in Syrian refugees after the Islamic terror attacks in Brussels.')).toEqual([]);
  });
  it('takes a city right before a force noun for where it happened, not for who acted', () => {
    expect(coded('Turkey sent doctors after the Kabul attacks.')).toEqual(['TUR 07 AFG']);
  });
  it('takes the subject of a verb of expression as the holder of the stance noun it governs', () => {
    expect(coded('Chile confirmed its support for Peru.')).toEqual(['CHL 05 PER']);
    expect(coded('Mexico voiced support for Cuba.')).toEqual(['MEX 05 CUB']);
  });
  it('codes no dictionary pattern whose only words after the verb are prepositions', () => {
    expect(coded('Brazil and India said they want permanent seats on the Security Council.')).toEqual([]);
  });
});

describe('places as targets', () => {
  it('takes where a show of force or a strike goes as its target, not where a boycott or an arrest happens', () => {
    expect(coded('China held military drills near Taiwan.')).toEqual(['CHN 15 TWN']);
    expect(coded('Russia boycotted the summit in Geneva.')).toEqual([]);
  });
});

describe('acts between two sides', () => {
  it('codes talks and clashes between two actors as acts of each on the other', () => {
    expect(coded('The deal followed talks between Chile and Peru.')).toEqual(['CHL 04 PER', 'PER 04 CHL']);
    expect(coded('Clashes between Armenia and Azerbaijan killed ten soldiers.')).toEqual(['ARM 19 AZE', 'AZE 19 ARM']);
  });
});

describe('not events: patients and theatres', () => {
  it('takes no actor from the subject of a passive without "by"', () => {
    expect(coded('Malian soldiers were attacked near the border with Niger.')).toEqual([]);
    expect(coded('Malian soldiers were attacked by Nigerien forces.')).toEqual(['NER 19 MLI']);
  });
  it('reads a demonym before a war as where it is fought, not who wages it', () => {
    expect(coded('Lebanon received refugees fleeing the Syrian war.')).toEqual([]);
    expect(coded("Russia's war against Ukraine continued.")).toEqual(['RUS 19 UKR']);
  });
});

describe('reported acts of groups that do not act for a state', () => {
  it("takes no source from the speaker when the act is a non-state group's", () => {
    expect(coded('Nigeria said Boko Haram fighters attacked a village near Cameroon.')).toEqual([]);
    expect(coded('Turkish officials said Kurdish militants attacked a Turkish base in Iraq.')).toEqual([]);
  });
});

describe('what the precision vetoes leave stated', () => {
  it('keeps a participle with an object as the verb it is', () => {
    expect(coded('Nigerian soldiers attacked villages in Cameroon.')).toEqual(['NGA 19 CMR']);
  });
  it('keeps a real war, an act before "since" and an act still going on', () => {
    expect(coded("Russia's war against Ukraine went on.")).toEqual(['RUS 19 UKR']);
    expect(coded('Russia has shelled Kharkiv every day since the summit in Minsk.')).toEqual(['RUS 19 UKR']);
    expect(coded('Since Russia began deploying troops to the border with Ukraine, Chile has kept quiet.')).toEqual([
      'RUS 15 UKR',
    ]);
  });
  it('keeps an act noun that no hedge qualifies', () => {
    expect(coded('Israel carried out an airstrike on Syria.')).toEqual(['ISR 19 SYR']);
  });
  it('keeps force against civilians, a place a group holds, a state hit beside a group, and a governing group', () => {
    expect(coded('Nigerian soldiers attacked civilians in Cameroon.')).toEqual(['NGA 19 CMR']);
    expect(coded('Russian jets bombed rebel-held towns in Syria.')).toEqual(['RUS 19 SYR']);
    expect(coded('Turkish jets bombed Kurdish rebels and Syrian army posts.')).toEqual(['TUR 19 SYR']);
    expect(coded('British jets struck Houthi rebels in Yemen.')).toEqual(['GBR 19 YEM']);
  });
  it('takes a giver named before an invasion for no victim of it', () => {
    expect(coded('Ukraine receives tanks from Poland to fight the Russian invasion.')).toEqual([
      'RUS 19 UKR',
      'UKR 19 RUS',
    ]);
  });
  it('reads state media as media, not as the state, and an information ministry as the state', () => {
    expect(coded('Iranian state television condemned Iraq.')).toEqual([]);
    expect(coded('Chinese state media criticised Japan.')).toEqual([]);
    expect(coded('The Iranian information ministry condemned Iraq.')).toEqual(['IRN 11 IRQ']);
  });
});

describe('coordination, plans and "the government"', () => {
  it('joins actors by "together with", "along with", "as well as" and "plus" as by "and"', () => {
    expect(coded('Egypt, together with Jordan, condemned the Israeli raid.')).toEqual(['EGY 11 ISR', 'JOR 11 ISR']);
    expect(coded('France, along with Germany, rejected the proposal from Italy.')).toEqual([
      'DEU 12 ITA',
      'FRA 12 ITA',
    ]);
    expect(coded('Chile signed a deal with Peru as well as Bolivia.')).toEqual([
      'BOL 05 CHL',
      'CHL 05 BOL',
      'CHL 05 PER',
      'PER 05 CHL',
    ]);
    expect(coded('The G7 countries, plus Brazil, approved the declaration.')).toEqual(['BRA 05 G7', 'G7 05 BRA']);
  });
  it('reads "plans to" as an announced act, and plans as a noun as a topic', () => {
    expect(coded('Japan plans to impose sanctions on North Korea.')).toEqual(['JPN 13 PRK']);
    expect(coded('Peru plans to import gas from Bolivia.')).toEqual(['PER 03 BOL']);
    expect(coded('Chile held talks with Peru over plans to deploy troops to Bolivia.')).toEqual([
      'CHL 04 PER',
      'PER 04 CHL',
    ]);
  });
  it('takes "The government" opening a sentence for the state the sentence before was about', () => {
    expect(coded('Albania suffers a power shortage. The government plans to import power from Italy.')).toEqual([
      'ALB 03 ITA',
    ]);
  });
});

describe('who judges an act is not its victim', () => {
  it('takes no victim of an invasion from the state that condemns it', () => {
    expect(coded('The French government condemned the Russian invasion.')).toEqual(['FRA 11 RUS']);
  });
  it('reads a call for talks as an appeal, not as talks called off', () => {
    expect(coded('Chile called for talks with Peru.')).toEqual(['CHL 02 PER']);
  });
});
