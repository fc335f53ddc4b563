import { createHash, randomBytes } from "node:crypto";

/** A new session token: 32 random bytes, base64url (43 characters). Only its hash is stored. */
export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

/** SHA-256 of the token, hex: what the Session table stores and looks up. */
export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
