import { render } from 'preact';
import { CardFrameApp } from '@/components/card/CardFrameApp';
import { connectCardChannel } from '@/components/card/card-channel';
import { createI18n } from '@/lib/i18n';
import '@/components/card/card.css';

const i18n = createI18n();
document.documentElement.lang = i18n.lang;
render(
  <CardFrameApp
    channel={connectCardChannel()}
    i18n={i18n}
    measure={() => {
      const card = document.querySelector<HTMLElement>('.dl-card');
      return { width: card?.offsetWidth ?? 0, height: card?.scrollHeight ?? 0 };
    }}
  />,
  document.getElementById('app') as HTMLElement,
);
