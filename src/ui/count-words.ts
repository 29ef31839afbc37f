import { browser } from 'wxt/browser';
import { type MessageKey, t } from './t';

let rules: Intl.PluralRules | null = null;

/** The `one` message for counts the UI language calls singular ("1 problem"), else `many`. */
export function byCount(count: number, one: MessageKey, many: MessageKey): MessageKey {
  rules ??= new Intl.PluralRules(browser.i18n.getUILanguage?.() || 'en');
  return rules.select(count) === 'one' ? one : many;
}

/**
 * A count in words with the right grammatical number ("1 problem", "3 problems"): the count is
 * the message's first substitution, `more` the rest.
 */
export function counted(count: number, one: MessageKey, many: MessageKey, ...more: string[]): string {
  return t(byCount(count, one, many), String(count), ...more);
}
