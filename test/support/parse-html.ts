import { Window } from 'happy-dom';

/**
 * Parses a page without running or loading anything. `<link>` elements but the canonical one are
 * dropped first (happy-dom preloads `rel=preload as=fetch` links whatever its settings) after the page's own
 * address is read from its canonical link or `og:url`, returned as `url` (or `fallbackUrl`).
 */
export function parseHtml(
  html: string,
  fallbackUrl = 'https://example.org/article',
): { doc: Document; url: string } {
  const canonical =
    /<link\b[^>]*rel=["']?canonical["']?[^>]*href=["']([^"']+)["']/i.exec(html)?.[1] ??
    /<link\b[^>]*href=["']([^"']+)["'][^>]*rel=["']?canonical/i.exec(html)?.[1] ??
    /<meta\b[^>]*property=["']og:url["'][^>]*content=["']([^"']+)["']/i.exec(html)?.[1];
  const window = new Window({
    url: 'https://localhost/',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  const doc = new window.DOMParser().parseFromString(
    html.replace(/<link\b[^>]*>/gi, (tag) => (/\brel=["']?canonical\b/i.test(tag) ? tag : '')),
    'text/html',
  ) as unknown as Document;
  return { doc, url: canonical && /^https?:/.test(canonical) ? canonical : fallbackUrl };
}
