import { useCallback, useEffect, useState } from 'preact/hooks';
import { ExternalLink } from '@/components/common/ExternalLink';
import { FactItem } from '@/components/deal/FactItem';
import type { I18n } from '@/lib/i18n';
import { request } from '@/lib/messages/client';
import type { ReplyOf } from '@/lib/messages/protocol';
import { type DealProposalChoice, isHttpUrl } from '@/lib/schema';
import { CandidateEntityItem } from './CandidateEntityItem';
import { CandidateFactItem } from './CandidateFactItem';
import { DealProposalSection } from './DealProposalSection';
import { MentionText } from './MentionText';

type ArticleView = NonNullable<ReplyOf<'getArticleView'>>;

interface Props {
  i18n: I18n;
  articleId: string;
  /** The background, or a stand-in in tests. */
  send?: typeof request;
}

/** The saved-article page: the text with its mentions, its facts, and the candidates to accept or discard. */
export function ArticleApp({ i18n, articleId, send = request }: Props) {
  const [view, setView] = useState<ArticleView | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  /** What the last deal proposal click did, said once the store has it. */
  const [notice, setNotice] = useState<string | null>(null);
  const reload = useCallback(() => {
    send('getArticleView', { articleId }).then(setView, (e: unknown) => setError(String(e)));
  }, [articleId, send]);
  useEffect(reload, [reload]);

  const act = (promise: Promise<unknown>) => promise.then(reload, (e: unknown) => setError(String(e)));

  if (error) return <p role="alert">{i18n.t('loadError', { error })}</p>;
  if (view === undefined) return <p role="status">{i18n.t('loading')}</p>;
  if (view === null) return <p role="alert">{i18n.t('articleNotFound')}</p>;

  const { article, candidates } = view;
  const proposal = view.proposal ?? null;
  const fileDeal = (choice: DealProposalChoice) =>
    act(
      send('createDealFromProposal', choice).then((result) => {
        const title = choice.mode === 'create' ? choice.title : (proposal?.match?.title ?? result.dealId);
        const facts = result.factIds.length;
        const confirmed = result.confirmedFactIds.length;
        setNotice(
          choice.mode === 'create'
            ? i18n.t('dealCreated', { title, entities: result.entityIds.length, facts })
            : confirmed > 0
              ? i18n.t('dealConfirmed', { title, facts, confirmed })
              : facts > 0
                ? i18n.t('dealAttached', { title, facts })
                : i18n.t('dealSourceAdded', { title }),
        );
      }),
    );
  const subjects = [
    ...view.deals.map((d) => ({ value: `deal:${d.id}`, label: i18n.t('dealOption', { title: d.title }) })),
    ...Object.entries(view.entityNames).map(([id, name]) => ({ value: `entity:${id}`, label: name })),
  ];
  return (
    <main class="dl-article-page">
      <header>
        <h1>{article.title}</h1>
        <p class="dl-article-meta">
          {[article.publisher, article.author, article.publishedDate && i18n.date(article.publishedDate)]
            .filter(Boolean)
            .join(' · ')}
        </p>
        {isHttpUrl(article.url) && <ExternalLink href={article.url}>{i18n.t('openOriginal')}</ExternalLink>}
      </header>
      <div class="dl-article-layout">
        <article lang={article.language === 'und' ? undefined : article.language}>
          <MentionText text={article.text} spans={view.spans} names={view.entityNames} />
        </article>
        <aside>
          {notice && <p role="status">{notice}</p>}
          {proposal && (
            <section aria-labelledby="dl-candidate-deal">
              <h2 id="dl-candidate-deal">{i18n.t('dealProposalTitle')}</h2>
              <DealProposalSection
                key={`${proposal.match?.id ?? 'new'}:${proposal.title}`}
                proposal={proposal}
                articleId={articleId}
                facts={candidates?.facts ?? []}
                i18n={i18n}
                onSubmit={fileDeal}
              />
            </section>
          )}
          <section aria-labelledby="dl-facts">
            <h2 id="dl-facts">{i18n.t('factsOfEntity')}</h2>
            {view.facts.length === 0 ? (
              <p>{i18n.t('noFactsYet')}</p>
            ) : (
              <ul class="dl-fact-list">
                {view.facts.map((f) => (
                  <FactItem key={f.fact.id} view={f} i18n={i18n} />
                ))}
              </ul>
            )}
          </section>
          {candidates && candidates.facts.length > 0 && (
            <section aria-labelledby="dl-candidate-facts">
              <h2 id="dl-candidate-facts">{i18n.t('candidateFacts', { count: candidates.facts.length })}</h2>
              <ul class="dl-candidate-list">
                {candidates.facts.map((c) => (
                  <CandidateFactItem
                    key={c.id}
                    candidate={c}
                    i18n={i18n}
                    subjects={subjects}
                    onAccept={(subject) => act(send('acceptCandidateFact', { articleId, factId: c.id, subject }))}
                    onDiscard={() => act(send('discardCandidate', { articleId, kind: 'fact', key: c.id }))}
                  />
                ))}
              </ul>
            </section>
          )}
          {candidates && candidates.entities.length > 0 && (
            <section aria-labelledby="dl-candidate-entities">
              <h2 id="dl-candidate-entities">{i18n.t('candidateEntities', { count: candidates.entities.length })}</h2>
              <ul class="dl-candidate-list">
                {candidates.entities.map((c) => (
                  <CandidateEntityItem
                    key={c.name}
                    candidate={c}
                    i18n={i18n}
                    onAdd={(kind) => act(send('addCandidateEntity', { articleId, name: c.name, kind }))}
                    onDiscard={() => act(send('discardCandidate', { articleId, kind: 'entity', key: c.name }))}
                  />
                ))}
              </ul>
            </section>
          )}
        </aside>
      </div>
    </main>
  );
}
