import { render } from 'preact';
import { ArticleApp } from '@/components/article/ArticleApp';
import { createI18n } from '@/lib/i18n';
import '@/components/article/article.css';

const i18n = createI18n();
document.documentElement.lang = i18n.lang;
const articleId = new URLSearchParams(location.search).get('id') ?? '';
render(<ArticleApp i18n={i18n} articleId={articleId} />, document.getElementById('app') as HTMLElement);
