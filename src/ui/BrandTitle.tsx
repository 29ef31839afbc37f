import type { ComponentChildren } from 'preact';

/**
 * The page's `<h1>` with Gloss's mark before it (the toolbar icon, decorative, so screen readers
 * hear only the title). Used by the popup and the options page.
 */
export function BrandTitle({ children }: { children: ComponentChildren }) {
  return (
    <h1 class="brand">
      <img src="/icon/48.png" alt="" width={24} height={24} />
      {children}
    </h1>
  );
}
