import { render } from 'preact';
import { browser } from '#imports';
import { loadPopupData } from '@/components/popup/load-popup-data';
import { PopupApp } from '@/components/popup/PopupApp';
import { createI18n } from '@/lib/i18n';
import { request } from '@/lib/messages/client';
import '@/components/popup/popup.css';

const i18n = createI18n();
document.documentElement.lang = i18n.lang;
render(
  <PopupApp
    i18n={i18n}
    load={() => loadPopupData()}
    search={(query) => request('search', { query })}
    save={(tabId) => request('saveArticle', { tabId })}
    pageFigures={(tabId) => request('getPageFigures', { tabId })}
    fileFigure={(tabId, figure, supersedes) =>
      request('filePageFigure', {
        tabId,
        key: figure.key ?? '',
        subject: { type: figure.subject.type, id: figure.subject.id },
        ...(supersedes ? { supersedes } : {}),
      })
    }
    showFigure={(tabId, figure) => {
      void request('revealPageFigure', { tabId, text: figure.text, quote: figure.quote })
        .catch(() => undefined)
        .finally(() => {
          // As for a name: the toolbar popup steps aside so the reader sees the page; a popup opened as a tab stays.
          if (!new URLSearchParams(location.search).has('tab')) window.close();
        });
    }}
    openLibrary={(hash) => {
      void browser.tabs.create({ url: `${browser.runtime.getURL('/library.html')}${hash}` });
    }}
    reveal={(tabId, entityId) => {
      void browser.tabs
        .sendMessage(tabId, { dl: 'revealMention', data: { entityId } })
        .catch(() => undefined)
        .finally(() => {
          // The toolbar popup steps aside so the reader sees the page; a popup opened as a tab stays.
          if (!new URLSearchParams(location.search).has('tab')) window.close();
        });
    }}
    openArticle={(articleId) => {
      void browser.tabs.create({ url: browser.runtime.getURL(`/article.html?id=${encodeURIComponent(articleId)}`) });
    }}
  />,
  document.getElementById('app') as HTMLElement,
);
