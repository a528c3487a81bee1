import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap } from './protocol';

/** The typed transport (runtime.sendMessage underneath). Use `request` and `handleMessages`, which validate. */
export const messenger = defineExtensionMessaging<ProtocolMap>();
