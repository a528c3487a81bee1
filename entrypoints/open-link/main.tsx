import { render } from 'preact';
import { OpenLinkApp } from '@/components/card/OpenLinkApp';
import { createI18n } from '@/lib/i18n';
import '@/components/card/open-link.css';

const i18n = createI18n();
document.documentElement.lang = i18n.lang;
document.title = i18n.t('openLinkTitle');
const url = new URLSearchParams(location.search).get('url') ?? '';
render(<OpenLinkApp url={url} i18n={i18n} />, document.getElementById('app') as HTMLElement);
