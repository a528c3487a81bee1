import { render } from 'preact';
import { CardFrameApp } from '@/components/card/CardFrameApp';
import { connectCardChannel } from '@/components/card/card-channel';
import { guardClicks } from '@/components/card/click-guard';
import { createI18n } from '@/lib/i18n';
import '@/components/card/card.css';

const i18n = createI18n();
document.documentElement.lang = i18n.lang;
let channel: ReturnType<typeof connectCardChannel> | undefined;
const guard = guardClicks({
  doc: document,
  texts: {
    moved: i18n.t('cardClickMoved'),
    confirm: i18n.t('cardClickConfirm'),
    confirmLink: i18n.t('cardClickConfirmLink'),
  },
  confirmLink: (url) => channel?.send({ type: 'confirm-link', url }),
});
channel = connectCardChannel(() => guard.moved());
render(<CardFrameApp channel={channel} i18n={i18n} />, document.getElementById('app') as HTMLElement);
