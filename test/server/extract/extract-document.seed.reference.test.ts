// The product extracts with the gazetteer of the shipped reference data (thousands
// of leaders, surname-only records among them): the seed article must hold there too.
import { describeSeedArticle } from './seed-article-spec.ts';
import { referenceGazetteer } from './support.ts';

describeSeedArticle('the reference gazetteer', referenceGazetteer);
