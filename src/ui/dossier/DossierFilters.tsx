import type { Fact } from '../../core/dataset/fact';
import type { FactFilter } from '../../core/facts/filter-facts';
import { FilterFields } from '../FilterFields';
import { type MessageKey, t } from '../t';

const KINDS: [Fact['kind'], MessageKey][] = [
  ['event', 'factKindEvent'],
  ['statement', 'factKindStatement'],
  ['figure', 'factKindFigure'],
  ['position', 'factKindPosition'],
  ['plan', 'factKindPlan'],
];

/** The dossier's filters: a search box, a kind of fact, an outlet and a date range (`FilterFields`). */
export function DossierFilters(props: {
  filter: FactFilter;
  outlets: string[];
  onChange(filter: FactFilter): void;
}) {
  const { filter, outlets, onChange } = props;
  const set = (change: Partial<FactFilter>) => onChange({ ...filter, ...change });
  return (
    <form class="filters" aria-label={t('dossierFilters')} onSubmit={(e) => e.preventDefault()}>
      <label class="search">
        {t('dossierSearch')}
        <input
          type="search"
          name="text"
          value={filter.text ?? ''}
          onInput={(e) => set({ text: e.currentTarget.value })}
        />
      </label>
      <label>
        {t('dossierKind')}
        <select
          name="kind"
          value={filter.kind ?? ''}
          onChange={(e) => set({ kind: e.currentTarget.value as Fact['kind'] | '' })}
        >
          <option value="">{t('dossierAny')}</option>
          {KINDS.map(([kind, label]) => (
            <option key={kind} value={kind}>
              {t(label)}
            </option>
          ))}
        </select>
      </label>
      <FilterFields values={filter} outlets={outlets} onChange={set} />
      <button type="reset" onClick={() => onChange({})}>
        {t('dossierClear')}
      </button>
    </form>
  );
}
