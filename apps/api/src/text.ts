// Which strings no text column can hold: @parley/db's rule, which imports share with the API's inputs.
export { cannotBeStored, unstorableAt } from "@parley/db";
