import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ExternalLink } from '@/components/common/ExternalLink';
import { entityKindLabel } from '@/components/deal/format-deal';
import type { I18n } from '@/lib/i18n';
import { request } from '@/lib/messages/client';
import type { ReplyOf } from '@/lib/messages/protocol';
import { type DealProposalChoice, type EntityKind, type FactSubject, isHttpUrl } from '@/lib/schema';
import { DealProposalSection } from './DealProposalSection';
import { type FigureFiling, FigureGroup } from './FigureGroup';
import { MentionText } from './MentionText';
import { type NameFiling, NameGroup } from './NameGroup';
import { ReviewGroup } from './ReviewGroup';
import { SelectionBar, type TextSelection } from './SelectionBar';

type ArticleView = NonNullable<ReplyOf<'getArticleView'>>;

interface Props {
  i18n: I18n;
  articleId: string;
  /** The background, or a stand-in in tests. */
  send?: typeof request;
}

/**
 * The saved-article review (issues 15, 20, 21): what the article proposes, in three groups — the deal, the
 * figures, the names — each on compact rows with a mark against the store and "accept all" / "discard all";
 * beside it, the saved text with its known names marked, where selecting a stretch adds what was missed.
 */
export function ArticleApp({ i18n, articleId, send = request }: Props) {
  const [view, setView] = useState<ArticleView | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  /** What the last action did, said once the store has it. */
  const [notice, setNotice] = useState<string | null>(null);
  /** The reader set the deal proposal aside for this visit (it is proposed afresh on the next one). */
  const [dealAside, setDealAside] = useState(false);
  const dealGroup = useRef<HTMLDivElement>(null);
  const textPanel = useRef<HTMLElement>(null);
  const reload = useCallback(() => {
    send('getArticleView', { articleId }).then(setView, (e: unknown) => setError(String(e)));
  }, [articleId, send]);
  useEffect(reload, [reload]);
  const textRoot = useCallback(() => textPanel.current, []);

  const act = (promise: Promise<unknown>) => promise.then(reload, (e: unknown) => setError(String(e)));

  if (error) return <p role="alert">{i18n.t('loadError', { error })}</p>;
  if (view === undefined) return <p role="status">{i18n.t('loading')}</p>;
  if (view === null) return <p role="alert">{i18n.t('articleNotFound')}</p>;

  const { article, candidates } = view;
  const offered = view.proposal ?? null;
  const proposal = dealAside ? null : offered;
  const fileDeal = (choice: DealProposalChoice) =>
    act(
      send('createDealFromProposal', choice).then((result) => {
        const title = choice.mode === 'create' ? choice.title : (offered?.match?.title ?? result.dealId);
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
  // "Accept all" of the deal group files the proposal as the reader edited it: its first button, as a click. When
  // that button cannot act (the form lacks a party or a title), focus goes to the form, whose messages say why.
  const fileShownDeal = () => {
    const first = dealGroup.current?.querySelector<HTMLButtonElement>('[data-candidate-deal] button');
    if (first && !first.disabled) first.click();
    else
      dealGroup.current
        ?.querySelector<HTMLElement>('[data-candidate-deal] input, [data-candidate-deal] select')
        ?.focus();
  };
  const acceptFigures = (items: FigureFiling[]) =>
    act(
      send('acceptCandidateFacts', { articleId, items }).then((r) =>
        setNotice(
          i18n.t('filedNotice', {
            count: r.factIds.length + r.confirmedFactIds.length,
            confirmed: r.confirmedFactIds.length,
          }),
        ),
      ),
    );
  const discard = (kind: 'fact' | 'entity', keys: string[]) =>
    act(
      send('discardCandidates', { articleId, kind, keys }).then(() =>
        setNotice(i18n.t('discardedNotice', { count: keys.length })),
      ),
    );
  const addNames = (items: NameFiling[]) =>
    act(
      send('addCandidateEntities', { articleId, items }).then((r) =>
        setNotice(i18n.t('namesAddedNotice', { count: r.ids.length })),
      ),
    );
  const addSelectedName = (selection: TextSelection, kind: EntityKind) =>
    act(
      send('addCandidateEntities', {
        articleId,
        items: [{ key: selection.text, name: selection.text, kind }],
      }).then(() =>
        setNotice(i18n.t('selectionNameAdded', { name: selection.text, kind: entityKindLabel(i18n, kind) })),
      ),
    );
  const addSelectedFigure = (selection: TextSelection) =>
    act(
      send('addSelectedFigure', { articleId, start: selection.start, end: selection.end }).then(({ fact }) =>
        setNotice(
          fact
            ? i18n.t('selectionFigureAdded', { text: fact.figure.text })
            : i18n.t('selectionNoFigure', { text: selection.text }),
        ),
      ),
    );

  // The figures the deal proposal files are listed too (the reader may file or drop one alone: the proposal is
  // read afresh after each change), tagged and after the others.
  const withDeal = new Set(proposal?.factIds ?? []);
  const figures = [...(candidates?.facts ?? [])].sort(
    (a, b) => Number(withDeal.has(a.id)) - Number(withDeal.has(b.id)),
  );
  const names = candidates?.entities ?? [];
  const subjects = [
    ...view.deals.map((d) => ({ value: `deal:${d.id}`, label: i18n.t('dealOption', { title: d.title }) })),
    ...Object.entries(view.entityNames).map(([id, name]) => ({ value: `entity:${id}`, label: name })),
  ];
  const subjectName = (s: FactSubject) =>
    s.type === 'deal' ? (view.deals.find((d) => d.id === s.id)?.title ?? s.id) : (view.entityNames[s.id] ?? s.id);
  const mentioned = [...new Set(Object.values(view.entityNames))].sort((a, b) => a.localeCompare(b));
  const nothingLeft = !proposal && figures.length === 0 && names.length === 0;

  return (
    <main class="dl-article-page">
      <header class="dl-article-head">
        <h1>{article.title}</h1>
        <p class="dl-article-meta">
          {[article.publisher, article.author, article.publishedDate && i18n.date(article.publishedDate)]
            .filter(Boolean)
            .join(' · ')}
          {isHttpUrl(article.url) && (
            <>
              {' · '}
              <ExternalLink href={article.url}>{i18n.t('openOriginal')}</ExternalLink>
            </>
          )}
        </p>
      </header>
      {notice && (
        <p role="status" class="dl-notice">
          {notice}
        </p>
      )}
      <div class="dl-article-layout">
        <div class="dl-review">
          {nothingLeft && <p class="dl-note">{i18n.t('nothingToReview')}</p>}
          {offered && (
            <ReviewGroup
              id="dl-group-deal"
              title={i18n.t('reviewDeal')}
              count={proposal ? 1 : 0}
              i18n={i18n}
              onAcceptAll={fileShownDeal}
              onDiscardAll={() => setDealAside(true)}
            >
              {proposal ? (
                <div ref={dealGroup}>
                  <DealProposalSection
                    key={`${proposal.match?.id ?? 'new'}:${proposal.title}`}
                    proposal={proposal}
                    articleId={articleId}
                    facts={candidates?.facts ?? []}
                    i18n={i18n}
                    onSubmit={fileDeal}
                  />
                </div>
              ) : (
                <p class="dl-note">
                  {i18n.t('dealSetAside')}{' '}
                  <button type="button" class="dl-secondary" onClick={() => setDealAside(false)}>
                    {i18n.t('showDealAgain')}
                  </button>
                </p>
              )}
            </ReviewGroup>
          )}
          <FigureGroup
            candidates={figures}
            withDeal={withDeal}
            filed={view.facts.map((f) => f.fact)}
            storeFacts={view.storeFacts ?? []}
            subjects={subjects}
            subjectName={subjectName}
            i18n={i18n}
            onAccept={acceptFigures}
            onDiscard={(ids) => discard('fact', ids)}
          />
          <NameGroup
            candidates={names}
            knownNames={view.knownNames ?? {}}
            mentioned={mentioned}
            i18n={i18n}
            onAdd={addNames}
            onDiscard={(keys) => discard('entity', keys)}
          />
        </div>
        <article
          class="dl-text-panel"
          ref={textPanel}
          // Focusable: it scrolls on its own, and keyboard users scroll it with the arrows.
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus (axe scrollable-region-focusable).
          tabIndex={0}
          aria-label={i18n.t('savedText')}
          lang={article.language === 'und' ? undefined : article.language}
        >
          <MentionText text={article.text} spans={view.spans} names={view.entityNames} />
        </article>
      </div>
      <SelectionBar textRoot={textRoot} i18n={i18n} onAddName={addSelectedName} onAddFigure={addSelectedFigure} />
    </main>
  );
}
