// Deal proposals from saved articles (issue 15): an unseen deal in French, English and Spanish, the seed
// articles whose deals the store has, and the words that give a deal's kind and status.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { proposeDeal } from '@/lib/capture/propose-deal';
import { guessDealKind, guessDealStatus, isDealSentence } from '@/lib/extract/deal-proposal/deal-words';
import { compileMatcher } from '@/lib/match/compile';
import { matchText } from '@/lib/match/find';
import { prepareArticle } from '@/lib/save/prepare-article';
import type { DealProposal, Language, PreparedArticle } from '@/lib/schema';
import { buildSeedRecords, type SeedRecords } from '@/lib/seed/seed-records';
import { UNSEEN_DEAL_EN, UNSEEN_DEAL_ES, UNSEEN_DEAL_FR, type UnseenDealArticle } from '../fixtures/unseen-deal';
import { readSeedBundle } from '../store/helpers';

let seed: SeedRecords;
beforeAll(async () => {
  seed = await buildSeedRecords(readSeedBundle(), 1);
});

/** Saves an article against the seed store the way the background does, then proposes its deal. */
function propose(article: UnseenDealArticle): { prepared: PreparedArticle; proposal: DealProposal | null } {
  const matcher = compileMatcher(seed.entities);
  const entities = new Map(seed.entities.map((e) => [e.id, e]));
  const prepared = prepareArticle({
    extracted: { ...article, length: article.text.length },
    hash: 'b'.repeat(64),
    matcher,
    entities,
    deals: seed.deals,
    now: 1,
  });
  if ('failure' in prepared) throw new Error(prepared.failure);
  const proposal = proposeDeal({
    article: prepared.article,
    spans: matchText(matcher, prepared.article.text),
    entities,
    deals: seed.deals,
    candidates: prepared.candidates,
  });
  return { prepared, proposal };
}

describe('proposeDeal: a deal the store does not have', { timeout: 20_000 }, () => {
  it.each([
    ['fr', UNSEEN_DEAL_FR, 'gouvernement chilien'],
    ['en', UNSEEN_DEAL_EN, 'Chilean government'],
    ['es', UNSEEN_DEAL_ES, 'gobierno chileno'],
  ] as const)(
    '[%s] proposes Cordillera Cloud × Chile with its parties, kind, status and figures',
    (_lang, article, phrase) => {
      const { prepared, proposal } = propose(article);
      expect(proposal).not.toBeNull();
      expect(proposal?.match).toBeUndefined();
      expect(proposal?.recommended).toBe('create');
      expect(proposal?.title).toBe('Cordillera Cloud × Chile');
      expect(proposal?.kind).toBe('cloud-infrastructure');
      expect(proposal?.announcedDate).toBe('2025-03-03');
      expect(proposal?.status).toBe('letter of intent, subject to legislative approval');
      expect(proposal?.statusFr).toBe('lettre d’intention, sous réserve de l’approbation législative');
      expect(proposal?.parties.map((p) => [p.type, p.name, p.kind])).toEqual([
        ['new', 'Cordillera Cloud', 'company'],
        ['new', 'Fundación Aprende', 'organization'],
        ['new', 'Government of Chile', 'government'],
      ]);
      const government = proposal?.parties.at(-1);
      expect(government).toMatchObject({ type: 'new', governs: 'chile' });
      expect(government?.type === 'new' && government.aliases?.map((a) => a.text)).toContain(phrase);
      expect(proposal?.headline).toMatchObject({ value: 1.2e9, unit: 'USD' });
      expect(proposal?.announcedBy).toEqual([{ type: 'new', name: 'Ana Torres' }]);
      // Every figure of this article is about its deal: each is filed, once.
      const filed = prepared.candidates.facts.filter((f) => proposal?.factIds.includes(f.id));
      expect(filed.map((f) => f.measure)).toEqual(expect.arrayContaining(['investment', 'jobs', 'people-trained']));
      expect(proposal?.figures.filter((f) => f.scope !== 'deal')).toEqual([]);
      expect(article.text).toContain(proposal?.summary);
    },
  );

  it('proposes nothing for an article that reports no deal', () => {
    const { proposal } = propose({
      ...UNSEEN_DEAL_EN,
      text: 'Rain is expected in Santiago on Tuesday. Temperatures will drop to 8 degrees in the evening across Chile.',
    });
    expect(proposal).toBeNull();
  });
});

describe('proposeDeal: an article about a deal the store has', { timeout: 20_000 }, () => {
  it.each([
    ['seed-huawei-peru', '002_dece7154e9199617.txt', 'huawei-peru'],
    ['seed-aws-mexico', '001_6939d0f79c6f80c2.txt', 'aws-mexico'],
    ['seed-google-cloud-el-salvador', '000_d850d96158d0615f.txt', 'google-cloud-el-salvador'],
  ])('the seed article %s, saved from the web, proposes attaching its figures to %s', (_id, file, dealId) => {
    const text = readFileSync(resolve(__dirname, '../../../seeds', file), 'utf8');
    const { proposal } = propose({ ...UNSEEN_DEAL_FR, url: `https://news.example/${file}`, text });
    expect(proposal?.match?.id).toBe(dealId);
    expect(proposal?.recommended).toBe('attach');
    expect(proposal?.factIds.length).toBeGreaterThan(0);
  });

  it('proposes nothing once the article is a source of the deal and has no figure left to file', () => {
    const matcher = compileMatcher(seed.entities);
    const article = seed.articles.find((a) => a.id === 'seed-huawei-peru')!;
    const proposal = proposeDeal({
      article,
      spans: matchText(matcher, article.text),
      entities: new Map(seed.entities.map((e) => [e.id, e])),
      deals: seed.deals,
      candidates: { articleId: article.id, facts: [], entities: [] },
    });
    expect(proposal).toBeNull();
  });
});

describe('deal words', () => {
  it.each<[Language, string, boolean]>([
    ['fr', 'L’entreprise a signé une lettre d’intention avec le gouvernement.', true],
    ['fr', 'Il pleuvra mardi sur Santiago.', false],
    ['en', 'The company will invest $2bn in the country.', true],
    ['en', 'The former CEO spoke at length about his design philosophy.', false],
    ['es', 'La empresa firmó un acuerdo con el gobierno.', true],
    ['es', 'Mañana lloverá en Santiago.', false],
  ])('[%s] %j is a deal sentence: %s', (_lang, sentence, expected) => {
    expect(isDealSentence(sentence)).toBe(expected);
  });

  it.each<[Language, string, string]>([
    ['fr', 'Acme ouvrira une région cloud au Chili.', 'cloud-infrastructure'],
    ['en', 'Acme will build a data centre in Johor.', 'data-centre'],
    ['es', 'Acme construirá un centro de datos en Querétaro.', 'data-centre'],
    ['fr', 'Huawei formera 20 000 jeunes à l’IA.', 'ai-training'],
    ['en', 'Acme will train 5,000 civil servants in artificial intelligence.', 'ai-training'],
    ['es', 'El regulador otorgó una licencia a Binance.', 'licence'],
    ['fr', 'Acme investira 2 milliards d’euros en France.', 'investment'],
    ['en', 'Acme and Beta announced a partnership.', 'partnership'],
    ['es', 'Acme y Beta sellaron una alianza.', 'partnership'],
    ['en', 'Acme bought Beta.', 'other'],
  ])('[%s] %j is a %s deal', (_lang, sentence, kind) => {
    expect(guessDealKind([sentence])).toBe(kind);
  });

  it.each<[Language, string, string | undefined]>([
    ['fr', 'Acme a signé une lettre d’intention avec le Chili.', 'letter of intent'],
    ['en', 'Acme signed a memorandum of understanding with Peru.', 'memorandum of understanding'],
    ['es', 'Acme firmó el contrato.', 'signed'],
    ['en', 'Acme announced the deal on Monday.', 'announced'],
    ['fr', 'Huawei aurait conclu un accord avec le Pérou.', 'reported'],
    [
      'fr',
      'Le partenariat s’étendra sur 7 ans, sous réserve de l’approbation législative complète.',
      'subject to legislative approval',
    ],
    ['en', 'Acme announced a deal subject to approval by Congress.', 'announced, subject to legislative approval'],
    [
      'es',
      'El acuerdo, anunciado ayer, está sujeto a la aprobación de los reguladores.',
      'announced, subject to regulatory approval',
    ],
    ['en', 'The weather was fine.', undefined],
  ])('[%s] %j has status %j', (_lang, text, status) => {
    expect(guessDealStatus(text)?.status).toBe(status);
  });
});
