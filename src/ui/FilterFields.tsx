import { type MessageKey, t } from './t';

/** The fields both filters share; absent or empty means no bound. */
export interface FilterValues {
  /** An outlet's name. */
  outlet?: string;
  /** The first day (`YYYY-MM-DD`) of the date range. */
  from?: string;
  /** The last day (`YYYY-MM-DD`) of the date range. */
  to?: string;
}

/** The date-range fields, each with its label. */
const DAYS: ['from' | 'to', MessageKey][] = [
  ['from', 'dossierFrom'],
  ['to', 'dossierTo'],
];

/**
 * The outlet and date-range fields of the dossier's filters and the options page's dataset
 * browser, as labelled controls named `outlet`, `from` and `to`. With `outlets`, the outlet is a
 * choice among them ("Any" first); without, a text field. `onChange` gets the one field changed,
 * undefined when cleared.
 */
export function FilterFields({
  values,
  outlets,
  onChange,
}: {
  values: FilterValues;
  outlets?: readonly string[];
  onChange(change: FilterValues): void;
}) {
  const value = (e: { currentTarget: HTMLInputElement | HTMLSelectElement }) =>
    e.currentTarget.value || undefined;
  return (
    <>
      {/* biome-ignore lint/a11y/noLabelWithoutControl: both branches below put the control inside the label */}
      <label>
        {t('dossierOutlet')}
        {outlets ? (
          <select name="outlet" value={values.outlet ?? ''} onChange={(e) => onChange({ outlet: value(e) })}>
            <option value="">{t('dossierAny')}</option>
            {outlets.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </select>
        ) : (
          <input
            type="text"
            name="outlet"
            value={values.outlet ?? ''}
            onInput={(e) => onChange({ outlet: value(e) })}
          />
        )}
      </label>
      {DAYS.map(([field, label]) => (
        <label key={field}>
          {t(label)}
          <input
            type="date"
            name={field}
            value={values[field] ?? ''}
            onInput={(e) => onChange({ [field]: value(e) })}
          />
        </label>
      ))}
    </>
  );
}
