import type { DealKind } from '@/lib/schema';
import { fold } from '@/lib/text/fold';

/** A pattern over folded text (lower case, no accents), with no word character right before it. */
const words = (...stems: string[]) => new RegExp(`(?:^|[^a-z])(?:${stems.join('|')})`, 'u');

/**
 * Words that make a sentence one about a deal: agreeing, investing, building, opening, training — in French,
 * English and Spanish, on folded text. Wider than the cues that rank new names (`DEAL_CUES`): a training partner
 * is a party ("formera 20 000 personnes avec la Fundación Aprende").
 */
const DEAL_SENTENCE = words(
  'partenariat',
  'accord',
  'signe',
  'investi',
  'contrat',
  'annonce',
  'alliance',
  'coentreprise',
  'rachat',
  'acqui',
  'collabor',
  'lettre d.intention',
  'protocole d.accord',
  'licence',
  'concession',
  'construir',
  'ouvrir',
  // Not "former": in English it is "former CEO".
  'formera',
  'formeront',
  'formation',
  'partnership',
  'agreement',
  'sign(?:s|ed|ing)?(?![a-z])',
  'invest',
  'deal',
  'contract',
  'announc',
  'joint venture',
  'memorandum',
  'letter of intent',
  'licen[cs]e',
  'build',
  'open(?:s|ed|ing)?(?![a-z])',
  'train(?:s|ed|ing)?(?![a-z])',
  'acquir',
  'acuerdo',
  'inversion',
  'invert',
  'invierte',
  'firm[oóa]',
  'alianza',
  'contrato',
  'anunci',
  'asociacion',
  'convenio',
  'adquisicion',
  'carta de intencion',
  'licencia',
  'abrir',
  'capacitar',
  'formar',
);

/** Whether a sentence speaks of a deal. */
export function isDealSentence(sentence: string): boolean {
  return DEAL_SENTENCE.test(fold(sentence));
}

/**
 * What a deal is, from the words of its sentences: a cloud region or cloud services, a data centre, AI training,
 * a licence, digital government — the specific kinds — else an investment or a partnership, which most deals
 * also are. Among the kinds found, the one in the most sentences wins, the lead sentence counting half more; a
 * tie goes to the earlier kind of the list.
 */
const KIND_RULES: { kind: DealKind; pattern: RegExp; generic?: true }[] = [
  {
    kind: 'cloud-infrastructure',
    pattern: words(
      'region cloud',
      'cloud region',
      'region de nube',
      'region de la nube',
      'infrastructure cloud',
      'cloud infrastructure',
      'infraestructura de nube',
      'infraestructura en la nube',
      'services cloud',
      'cloud services',
      'servicios de nube',
      'servicios en la nube',
      'technologie cloud',
      'technologies cloud',
      'cloud computing',
      'distributed cloud',
    ),
  },
  {
    kind: 'data-centre',
    pattern: words('centres? de donnees', 'data ?cent(?:er|re)s?', 'centros? de datos', 'datacenter'),
  },
  {
    kind: 'ai-training',
    pattern: new RegExp(
      `${words('form', 'train', 'capacit', 'ensei', 'educa').source}[^.]{0,120}(?:^|[^a-z])(?:ia|ai|intelligence artificielle|artificial intelligence|inteligencia artificial)(?![a-z])`,
      'u',
    ),
  },
  { kind: 'licence', pattern: words('licence', 'license', 'licencia', 'concession', 'concesion') },
  {
    kind: 'digital-government',
    pattern: words(
      'numeriser les services',
      'services publics numeriques',
      'e-government',
      'digital government',
      'gobierno digital',
      'administration numerique',
    ),
  },
  { kind: 'investment', pattern: words('investi', 'invest', 'inversion', 'invert', 'invierte'), generic: true },
  {
    kind: 'partnership',
    pattern: words('partenariat', 'partnership', 'alianza', 'asociacion', 'collabor', 'colabora', 'coentreprise'),
    generic: true,
  },
];

/** The kind of deal its sentences describe (the first is the lead); "other" when no rule applies. */
export function guessDealKind(sentences: readonly string[]): DealKind {
  const folded = sentences.map(fold);
  const scored = KIND_RULES.map(({ kind, pattern, generic }) => ({
    kind,
    generic: generic === true,
    score: folded.filter((s) => pattern.test(s)).length + (folded[0] && pattern.test(folded[0]) ? 0.5 : 0),
  })).filter((k) => k.score > 0);
  const pool = scored.some((k) => !k.generic) ? scored.filter((k) => !k.generic) : scored;
  let best: { kind: DealKind; score: number } = { kind: 'other', score: 0 };
  for (const k of pool) if (k.score > best.score) best = k;
  return best.kind;
}

interface StatusRule {
  pattern: RegExp;
  status: string;
  statusFr: string;
}

/** How far the deal has gone, the most specific stage first: a letter of intent is also "signed". */
const STAGES: StatusRule[] = [
  {
    pattern: words('lettre d.intention', 'letter of intent', 'carta de intencion'),
    status: 'letter of intent',
    statusFr: 'lettre d’intention',
  },
  {
    pattern: words('protocole d.accord', 'memorandum of understanding', 'mou(?![a-z])', 'memorando de entendimiento'),
    status: 'memorandum of understanding',
    statusFr: 'protocole d’accord',
  },
  {
    pattern: words('signe', 'signed', 'signing', 'firmo', 'firmaron', 'firmado', 'suscribi'),
    status: 'signed',
    statusFr: 'signé',
  },
  {
    pattern: words('annonce', 'announced', 'announces', 'anuncio', 'anunciaron', 'anuncia'),
    status: 'announced',
    statusFr: 'annoncé',
  },
  {
    pattern: words('aurait conclu', 'reportedly', 'selon des sources', 'habria', 'according to sources'),
    status: 'reported',
    statusFr: 'rapporté par la presse',
  },
];

/** Conditions still to be met, added to the stage. */
const CONDITIONS: StatusRule[] = [
  {
    pattern: new RegExp(
      `${words('sous reserve', 'soumis', 'subject to', 'pending', 'sujet', 'pendiente').source}[^.]{0,60}(?:legislati|parlement|congres|congress|parliament|congreso|senat|senado)`,
      'u',
    ),
    status: 'subject to legislative approval',
    statusFr: 'sous réserve de l’approbation législative',
  },
  {
    pattern: new RegExp(
      `${words('sous reserve', 'soumis', 'subject to', 'pending', 'sujet', 'pendiente').source}[^.]{0,60}(?:regulat|reglementa|regula|antitrust|concurrence|competencia)`,
      'u',
    ),
    status: 'subject to regulatory approval',
    statusFr: 'sous réserve de l’approbation des régulateurs',
  },
];

/**
 * The deal's status as the article words it: its stage ("letter of intent", "signed", "announced", "reported")
 * and its pending conditions ("subject to legislative approval"), in English and French; undefined when the
 * article says nothing of it.
 */
export function guessDealStatus(text: string): { status: string; statusFr: string } | undefined {
  const folded = fold(text);
  const stage = STAGES.find((rule) => rule.pattern.test(folded));
  const conditions = CONDITIONS.filter((rule) => rule.pattern.test(folded));
  const found = [...(stage ? [stage] : []), ...conditions];
  if (found.length === 0) return undefined;
  return { status: found.map((r) => r.status).join(', '), statusFr: found.map((r) => r.statusFr).join(', ') };
}
