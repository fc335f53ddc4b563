import { hash, verify } from "@node-rs/argon2";
import { z } from "zod";

/**
 * argon2id with the OWASP minimum (19 MiB, 2 passes, 1 lane). `2` is Algorithm.Argon2id: the
 * package declares it as a const enum, which isolated modules cannot import.
 */
export const ARGON2ID_OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** At least 10 characters; long passphrases welcome. */
export const passwordSchema = z.string().min(10).max(200);

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
