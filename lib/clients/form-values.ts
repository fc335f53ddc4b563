import type { JsonObject } from "@/lib/browser/json-path";

/** What the client form holds: every field as typed, so a refused submission can show it again. */
export type ClientFormValues = {
  readonly id?: string;
  readonly version?: number;
  readonly centreId?: string;
  readonly name: string;
  readonly creditCode: string;
  readonly district: string;
  readonly contactName: string;
  readonly contactPhone: string;
  readonly notes: string;
  readonly profile: JsonObject;
};

const isObject = (v: unknown): v is JsonObject =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The client form's fields as submitted, exactly as typed (nothing trimmed or normalised: this is
 * what the form shows again). `profileBroken` when the profile field is not a JSON object; the
 * profile is then `fallbackProfile`.
 */
export function clientFormValues(
  formData: FormData,
  fallbackProfile: JsonObject = {},
): { values: ClientFormValues; profileBroken: boolean } {
  const text = (k: string) => {
    const v = formData.get(k);
    return typeof v === "string" ? v : "";
  };
  let profile: unknown;
  try {
    profile = JSON.parse(text("profile") || "{}");
  } catch {
    profile = undefined;
  }
  const version = Number(text("version"));
  return {
    profileBroken: !isObject(profile),
    values: {
      ...(text("id") ? { id: text("id") } : {}),
      ...(text("version") && Number.isInteger(version) ? { version } : {}),
      ...(text("centreId") ? { centreId: text("centreId") } : {}),
      name: text("name"),
      creditCode: text("creditCode"),
      district: text("district"),
      contactName: text("contactName"),
      contactPhone: text("contactPhone"),
      notes: text("notes"),
      profile: isObject(profile) ? profile : fallbackProfile,
    },
  };
}
