import type { SearchParams } from "./search-params";

/** The form's fields as its GET submission puts them in the address, empty ones too. */
export function formQuery(form: HTMLFormElement): URLSearchParams {
  return new URLSearchParams([...new FormData(form)].flatMap(([name, value]) => (typeof value === "string" ? [[name, value]] : [])));
}

/** Shows a search in the form's fields again, as when the page was loaded with it. */
export function fillForm(form: HTMLFormElement, params: SearchParams): void {
  for (const [name, value] of Object.entries(params)) {
    const field = form.elements.namedItem(name);
    if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) field.value = value;
  }
}
