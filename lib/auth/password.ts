import { hash, verify } from "@node-rs/argon2";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as zxcvbnCommon from "@zxcvbn-ts/language-common";
import { z } from "zod";

/**
 * argon2id with the OWASP minimum (19 MiB, 2 passes, 1 lane). `2` is Algorithm.Argon2id: the
 * package declares it as a const enum, which isolated modules cannot import.
 */
export const ARGON2ID_OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

let estimator: ZxcvbnFactory | undefined;

/**
 * zxcvbn-ts with its common-password list (tens of thousands of leaked passwords), keyboard
 * patterns, repeats, sequences and dates. Score 0–4; 3 means "safely unguessable" online.
 */
function strength(password: string, userInputs: string[]): number {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...zxcvbnCommon.dictionary },
    graphs: zxcvbnCommon.adjacencyGraphs,
  });
  return estimator.check(password, userInputs).score;
}

export const MIN_PASSWORD_SCORE = 3;

export type PasswordProblem = "weak" | "blank" | "common" | "same-as-email" | "same-as-current";

/**
 * Why a new password is refused, or undefined: fewer than 10 characters, only spaces, a common or
 * trivial one (1234567890, password12, aaaaaaaaaa…), the account's e-mail address (or close to it),
 * or the current password.
 */
export function passwordProblem(
  password: string,
  context: { email?: string; current?: string } = {},
): PasswordProblem | undefined {
  if (password.trim() === "") return "blank";
  if (password.length < 10 || password.length > 200) return "weak";
  if (context.current !== undefined && password === context.current) return "same-as-current";
  const email = context.email?.trim().toLowerCase();
  const lowered = password.trim().toLowerCase();
  if (email && (lowered === email || lowered === email.split("@")[0])) return "same-as-email";
  const inputs = email ? [email, ...email.split(/[@.]/)] : [];
  if (strength(password, inputs) < MIN_PASSWORD_SCORE) return "common";
  return undefined;
}

/** At least 10 characters, not blank, not common or trivial; long passphrases welcome. */
export const passwordSchema = z
  .string()
  .min(10)
  .max(200)
  .refine((p) => passwordProblem(p) === undefined, { message: "password too easy to guess" });

export async function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID_OPTIONS as Parameters<typeof hash>[1]);
}

/** True when `password` matches the stored argon2 hash; false for any malformed hash. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;

/**
 * Verifies against a throw-away hash so that an unknown e-mail address costs as much time as a
 * wrong password (no account enumeration by timing).
 */
export async function burnVerifyTime(password: string): Promise<void> {
  dummy ??= hashPassword("not-a-real-password-0000");
  await verifyPassword(await dummy, password);
}
