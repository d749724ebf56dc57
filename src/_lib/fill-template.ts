// Placeholder filling of message templates (`'{n} errors'`), shared by the validator's message
// catalogue and the CLI's: one pattern, one rule for a placeholder with no value.

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * `template` with each `{name}` replaced by `write(values[name])`; a placeholder with no value
 * (not an own property of `values`) is left as it is.
 *
 * @param template - A message template.
 * @param values - The placeholders' values.
 * @param write - How a value is written (`String` unless given).
 * @returns The message.
 */
export function fillTemplate<V>(
  template: string,
  values: Readonly<Record<string, V>> | undefined,
  write: (value: V) => string = String,
): string {
  if (values === undefined || !template.includes('{')) return template;
  return template.replace(PLACEHOLDER, (all, name: string) =>
    Object.hasOwn(values, name) ? write(values[name] as V) : all,
  );
}
