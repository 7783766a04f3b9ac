/**
 * An object with `key` set to `value`, or an empty object when the value is undefined: spread it so that optional
 * properties are left out rather than set to undefined.
 * @example ({ a: 1, ...optional('b', undefined) }) // → { a: 1 }
 */
export const optional = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
  value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });
