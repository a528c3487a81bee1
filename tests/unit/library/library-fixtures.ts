import type { Article, Deal, Entity, Fact } from '@/lib/schema';
import { buildSeedRecords } from '@/lib/seed/seed-records';
import { applySeedRecords } from '@/lib/store/seed-store';
import { freshDatabase, readSeedBundle } from '../store/helpers';

/** A store seeded with the real seed catalog, as the extension has it after install. */
export async function seededDatabase() {
  const db = freshDatabase();
  const seed = await buildSeedRecords(readSeedBundle(), 1_700_000_000_000);
  await applySeedRecords(db, seed);
  return { db, seed };
}

export const alias = (text: string) => ({
  text,
  lang: 'en' as const,
  case: 'insensitive' as const,
  weak: false,
  cuesBefore: [],
  vetoBefore: [],
  vetoAfter: [],
});

/** A reader-created entity, as the library's form submits it. */
export const userAws = (): Omit<Entity, 'origin'> => ({
  id: 'amazon-web-services-aws',
  name: 'Amazon Web Services (AWS)',
  kind: 'company',
  description: '',
  aliases: [alias('Amazon Web Services (AWS)'), alias('AWS Cloud')],
  excludes: [],
  relations: [{ kind: 'subsidiary-of', target: 'amazon' }],
});

/** A second saved article about the AWS investment in Mexico that gives another figure. */
export const secondAwsArticle = (): Article => ({
  id: 'el-economista-aws',
  url: 'https://www.eleconomista.com.mx/aws',
  title: 'AWS invertirá en México',
  publisher: 'El Economista',
  publishedDate: '2025-01-15',
  language: 'es',
  text: 'AWS aportará 12 millones de dólares al PIB de México, según la empresa.',
  contentHash: 'a'.repeat(64),
  savedAt: 1_700_000_100_000,
  origin: 'user',
});

export const conflictingFact = (): Fact => ({
  id: 'aws-mexico-gdp-contribution-economista',
  subject: { type: 'deal', id: 'aws-mexico' },
  label: 'Contribution to national GDP over the next 15 years',
  value: 12_000_000,
  unit: 'USD',
  quote: 'AWS aportará 12 millones de dólares al PIB de México',
  articleId: 'el-economista-aws',
  origin: 'user',
});

export const userDeal = (): Deal => ({
  id: 'huawei-mexico',
  title: 'Huawei × Mexico',
  parties: ['huawei', 'government-of-mexico'],
  kind: 'investment',
  announcedDate: '2024-03',
  summary: 'A made-up deal for tests.',
  sourceArticles: ['el-economista-aws'],
  origin: 'user',
});
