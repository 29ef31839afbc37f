import { browser } from 'wxt/browser';
import type messages from '../../assets/public/_locales/en/messages.json';

/** The name of a UI string in `_locales/<lang>/messages.json`. */
export type MessageKey = keyof typeof messages;

/**
 * A UI string in the browser's language (English when the language has no translation), with
 * `$1`… filled from `substitutions`. Falls back to the key itself if the string is missing.
 */
export function t(key: MessageKey, ...substitutions: string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}
