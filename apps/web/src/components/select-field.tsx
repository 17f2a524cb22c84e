interface SelectFieldProps {
  id: string;
  label: string;
  name: string;
  /** The option chosen at first: the address's, in a GET form; the saved one, in a review form. */
  value: string;
  /** A first option meaning none of them ("Any kind", "No stance"), where none may be chosen. */
  none?: string;
  /** Each option's value and the words it shows, in order: a label record's entries. */
  options: readonly (readonly [value: string, label: string])[];
}

/** A labelled select, as every form here writes one. */
export function SelectField({ id, label, name, value, none, options }: SelectFieldProps) {
  return (
    <p>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value}>
        {none !== undefined && <option value="">{none}</option>}
        {options.map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </select>
    </p>
  );
}
