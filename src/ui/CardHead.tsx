import type { ComponentChildren } from 'preact';

interface Props {
  name: string;
  /** The role held on the article's date, or null when there is none to say. */
  role: string | null;
  description: string;
  /** The card's controls (Mute, Close), in a column of their own beside the name and role. */
  tools?: ComponentChildren;
}

/**
 * The card's head, laid out as a grid: the name and the role in the first column, the tools in
 * the second (never over the text, so each takes its own clicks), and the description below both
 * across the card's width. The tools come first in the document, so Tab reaches them first.
 */
export function CardHead({ name, role, description, tools }: Props) {
  return (
    <header class="card-head">
      {tools}
      <h2 id="gloss-card-title">{name}</h2>
      {role && <p class="role">{role}</p>}
      <p class="description">{description}</p>
    </header>
  );
}
