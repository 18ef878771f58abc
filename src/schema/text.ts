import * as z from 'zod/mini';
import { codeKey } from '../parse/code-key.js';

/** Non-empty text, NFC-normalised and trimmed (Vietnamese typed on some systems arrives as NFD). */
export const textSchema = z.string().check(z.normalize('NFC'), z.trim(), z.minLength(1));

/** Optional free text, NFC-normalised and trimmed. */
export const noteSchema = z.string().check(z.normalize('NFC'), z.trim());

/** A node or option code, compared after NFC, trimming and dropping zero-width characters. */
export const codeSchema = z.string().check(z.overwrite(codeKey), z.minLength(1));

/**
 * `z.enum` over every member of the string union `T`: leaving a member out is a compile error,
 * so the schema follows the model when a member is added.
 *
 * @example enumOf<'a' | 'b'>()(['a', 'b'])
 */
export function enumOf<T extends string>() {
  return <const V extends readonly [T, ...T[]]>(
    values: V &
      ([Exclude<T, V[number]>] extends [never] ? unknown : { missing: Exclude<T, V[number]> }),
  ): z.ZodMiniEnum<{ [K in V[number]]: K }> => z.enum<V>(values);
}
