import { describeSeedArticle } from './seed-article-spec.ts';
import { testGazetteer } from './support.ts';

describeSeedArticle('the fixture gazetteer', testGazetteer);
