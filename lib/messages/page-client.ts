import { messenger } from './messenger';
import { type PageMessageName, type PageReplyOf, type PageRequestOf, pageProtocol } from './page-protocol';

/**
 * `request` for content scripts: the same validation of every reply, against the page messages' schemas only,
 * so the content script bundle carries none of the extension pages' schemas.
 */
export async function requestFromPage<N extends PageMessageName>(
  name: N,
  data: PageRequestOf<N>,
): Promise<PageReplyOf<N>> {
  const reply: unknown = await messenger.sendMessage(name, data as never);
  return pageProtocol[name].reply.parse(reply) as PageReplyOf<N>;
}
