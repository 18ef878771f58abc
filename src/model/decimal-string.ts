/**
 * An exact decimal number written as a string with a dot separator and no exponent,
 * e.g. `"74.42"`, `"-0.25"`, `"81.333333333333333333333333333333333333"`.
 *
 * Every number the library returns is one of these, so results are JSON-safe and never
 * suffer binary floating-point drift. Values are unrounded unless a field says otherwise.
 */
export type DecimalString = string & {
  /** Type-only brand: no such property exists at run time. */
  readonly __decimalString: true;
};

/**
 * A number as a caller may give it: a JS number, or a string such as `"74,42"`, `"74.42"`
 * or `"95%"` (where a percentage is expected). Decimal commas are accepted.
 */
export type DecimalInput = number | string;
