interface SelectFieldProps {
  id: string;
  label: string;
  name: string;
  value: string;
  /** The first option, meaning "no filter": "Anyone", "Every topic". */
  none: string;
  options: { value: string; label: string }[];
}

/** A labelled select of a GET form, showing the value the address holds. */
export function SelectField({ id, label, name, value, none, options }: SelectFieldProps) {
  return (
    <p>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value}>
        <option value="">{none}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </p>
  );
}
