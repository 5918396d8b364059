/**
 * The props every labelled field (TextField, SelectField, NumberField…) passes on to FormField,
 * which wires them (see FormField.svelte): the label, the "required" mark, the hint and the
 * error with their ids.
 */
export interface FieldProps {
  id: string;
  label: string;
  /** The "required" mark shown after the label (e.g. 必須); none when empty. */
  required?: string;
  hint?: string;
  /** The error message; nothing is shown when empty. */
  error?: string;
  /** Marks the control invalid though its message is shown elsewhere (e.g. the form's alert). */
  invalid?: boolean;
  /** The error paragraph's id (what an error summary links and tests find); default `${id}-error`. */
  errorId?: string;
  /** The hint paragraph's id (what tests and other text may point to); default `${id}-hint`. */
  hintId?: string;
}
