import type { PackInput } from '../core/dataset/pack';
import entities from './bundled-entities.json';
import facts from './bundled-facts.json';
import notes from './bundled-notes.json';
import sources from './bundled-sources.json';

/**
 * The dataset that ships inside Gloss, as written (validate it with `parsePack`). Bump `version`
 * whenever any part changes: the background reseeds the store when it sees a new version.
 */
export const bundledPackInput = {
  format: 1,
  id: 'gloss-bundled',
  title: 'Coalition of the willing and the reassurance force, January–June 2025',
  version: '1.1.6',
  date: '2026-12-04',
  licence: 'CC BY 4.0 for the statements and notes; quotes remain their outlets’ and are cited as evidence',
  description: 'Built from five news reports of January and June 2025, each fact dated and sourced.',
  entities,
  facts,
  sources,
  notes,
} as PackInput;
