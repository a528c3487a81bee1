// Types for extension-browser.mjs, so the TypeScript tests (strict, no allowJs) can import it.
import type { BrowserContext, BrowserContextOptions, LaunchOptions, Page, Worker } from '@playwright/test';

export interface ExtensionLaunchInput {
  /** The unpacked build; default `extensionDir()`. */
  dir?: string;
  headless?: boolean;
  /** Extra Chromium switches, appended last. */
  args?: string[];
  /** A `startNetworkSink()` address: everything external that bypasses context.route() ends there. */
  proxyServer?: string;
}

/** The black-hole proxy. */
export interface NetworkSink {
  /** `http://127.0.0.1:PORT`, for `extensionLaunchOptions({ proxyServer })`. */
  server: string;
  close(): Promise<void>;
}

/** A request the network guard aborted. */
export interface BlockedRequest {
  url: string;
  method: string;
  /** Playwright's resource type ("fetch", "image", "script", …) or "websocket". */
  resourceType: string;
  /**
   * Who asked: the extension's service worker, one of its pages (popup, options), or a web page (a content
   * script's requests count as the page's: the browser does not tell them apart). Requests that bypassed the
   * route and reached the black-hole proxy are `browser` (Chromium's own update and account hosts) or `network`
   * (anything else: possibly the extension before the route was installed).
   */
  initiator: 'service-worker' | 'extension-page' | 'page' | 'browser' | 'network';
  /** The worker's or the frame's URL. */
  initiatorUrl: string;
}

export const QUIET_FLAGS: string[];
export function chromiumExecutable(): string;
export function extensionDir(): string;
export function assertLaunchable(dir?: string): void;
export function extensionLaunchOptions(input?: ExtensionLaunchInput): LaunchOptions & BrowserContextOptions;
export function isLocalUrl(url: string): boolean;
export const BROWSER_INTERNAL_HOST: RegExp;
export function startNetworkSink(onRequest: (request: BlockedRequest) => void): Promise<NetworkSink>;
export function installNetworkGuard(
  context: BrowserContext,
  onBlocked: (request: BlockedRequest) => void,
): Promise<void>;
export function extensionServiceWorker(context: BrowserContext, timeout?: number): Promise<Worker>;
export function extensionIdOf(context: BrowserContext): Promise<string>;
export function tabIdOf(context: BrowserContext, page: Page): Promise<number>;
