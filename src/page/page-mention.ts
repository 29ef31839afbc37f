/** A mention on the page: its entity, the live range it covers, and the text it covers. */
export interface PageMention {
  entityId: string;
  range: Range;
  text: string;
}
