import type { DealView, Entity, EntityCard, FactView } from '@/lib/schema';

export const huaweiEntity: Entity = {
  id: 'huawei',
  name: 'Huawei',
  kind: 'company',
  description: 'Chinese technology company.',
  descriptionFr: 'Entreprise technologique chinoise.',
  aliases: [
    { text: 'Huawei', lang: 'und', case: 'insensitive', weak: false, cuesBefore: [], vetoBefore: [], vetoAfter: [] },
  ],
  excludes: [],
  relations: [],
  origin: 'seed',
};

export const trainedFact: FactView = {
  fact: {
    id: 'huawei-peru-young-people-trained',
    subject: { type: 'deal', id: 'huawei-peru' },
    label: 'Young people to be trained in AI',
    labelFr: 'Jeunes à former à l’IA',
    value: 20000,
    unit: 'people',
    quote: "former 20 000 jeunes au Pérou dans le domaine de l'IA",
    articleId: 'seed-huawei-peru',
    origin: 'seed',
  },
  source: { id: 'seed-huawei-peru', title: 'Huawei et le Pérou', publisher: 'SCMP', language: 'fr', origin: 'seed' },
};

export const huaweiDeal: DealView = {
  deal: {
    id: 'huawei-peru',
    title: 'Huawei × Peru',
    parties: ['huawei', 'government-of-peru'],
    kind: 'ai-training',
    status: 'reported',
    statusFr: 'annoncé par la presse',
    summary: 'Huawei will train 20,000 young Peruvians in AI.',
    sourceArticles: ['seed-huawei-peru'],
    origin: 'seed',
  },
  parties: [
    { id: 'huawei', name: 'Huawei', kind: 'company' },
    { id: 'government-of-peru', name: 'Government of Peru', kind: 'government' },
  ],
  facts: [trainedFact],
  sources: [trainedFact.source!],
};

export const huaweiCard: EntityCard = {
  entity: huaweiEntity,
  affiliations: [],
  deals: [huaweiDeal],
  facts: [],
  mentionedIn: [{ article: trainedFact.source!, count: 5 }],
};
