import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { HandoffSource } from "@/lib/clients/handoff";
import { isValidCreditCode, normaliseCreditCode } from "@/lib/clients/credit-code";
import { withClientFacts } from "@/lib/clients/schema";
import { diffProfiles, type FactChange } from "@/lib/evaluations/profile-diff";
import type { Profile } from "@/lib/profile/schema";
import { updateClient } from "./client-writes";
import { parseStoredProfile, visibleClient } from "./clients";
import { ConflictError } from "./errors";

/**
 * A self-check handed to the centre, imported into an existing client: the imported profile
 * replaces the client's; the record keeps its name, contact and notes, and takes the credit code
 * and district the self-check gives (a self-check of another credit code is refused). Shown first
 * as a difference, then applied as an ordinary versioned update with its own audit entry.
 */

/** The longest consent note kept. */
export const MAX_CONSENT_NOTE = 500;

type ClientRow = Awaited<ReturnType<typeof visibleClient>>;

/** The record as it will be after the import, and its profile (the client's facts copied in). */
function merged(row: ClientRow, imported: Profile) {
  // A code that fails its check character is not taken (the self-check does not check it).
  const given = imported.enterprise.creditCode && normaliseCreditCode(imported.enterprise.creditCode);
  const code = given && isValidCreditCode(given) ? given : null;
  if (code && row.creditCode && code !== row.creditCode)
    throw new ConflictError("other-enterprise", "the self-check names another credit code");
  const fields = {
    name: row.name,
    creditCode: code ?? row.creditCode,
    district: (imported.enterprise.district ?? row.district ?? undefined) as
      | Profile["enterprise"]["district"]
      | undefined,
  };
  return { fields, profile: withClientFacts(imported, fields), ignoredCode: !!given && !code };
}

export type ImportPreview = {
  readonly clientId: string;
  readonly clientName: string;
  /** The version the preview was made on: the import is applied only to it. */
  readonly version: number;
  readonly changes: readonly FactChange[];
  /** The self-check's credit code failed its check character and was not taken. */
  readonly ignoredCreditCode: boolean;
};

/** What importing `imported` would change in the client, without changing anything. */
export async function previewImport(
  actor: Actor,
  clientId: string,
  imported: Profile,
): Promise<ImportPreview> {
  const row = await visibleClient(actor, clientId);
  if (row.deletedAt) throw new ConflictError("wrong-state", "deleted");
  const { profile, ignoredCode } = merged(row, imported);
  return {
    ignoredCreditCode: ignoredCode,
    clientId,
    clientName: row.name,
    version: row.version,
    changes: diffProfiles(parseStoredProfile(row.profileJson), profile),
  };
}

export type ImportInput = {
  readonly id: string;
  /** The version the preview showed. */
  readonly version: number;
  readonly profile: Profile;
  readonly source: HandoffSource;
  /** The enterprise agreed that the centre uses its self-check. */
  readonly consent: boolean;
  readonly note?: string;
};

const SOURCE_TEXT: Record<HandoffSource, string> = { file: "导出文件", link: "分享链接" };

/** Applies an import previewed on `input.version`; one audit entry names source, count and consent. */
export async function importIntoClient(
  actor: Actor,
  input: ImportInput,
): Promise<{ version: number; changed: number }> {
  if (!input.consent) throw new ConflictError("consent-needed");
  const note = (input.note ?? "").trim().slice(0, MAX_CONSENT_NOTE);
  const row = await visibleClient(actor, input.id);
  if (row.deletedAt) throw new ConflictError("wrong-state", "deleted");
  if (row.version !== input.version) throw new ConflictError("stale-version");
  const { fields, profile } = merged(row, input.profile);
  let changed = 0;
  const { version } = await updateClient(
    actor,
    {
      id: input.id,
      version: input.version,
      name: fields.name,
      creditCode: fields.creditCode,
      district: fields.district,
      contactName: row.contactName ?? undefined,
      contactPhone: row.contactPhone ?? undefined,
      notes: row.notes ?? undefined,
      profile,
    },
    ({ fields: recordFields, profileChanges, version: next }) => {
      changed = profileChanges.length;
      return {
        action: "import",
        summary:
          `导入企业自测（${SOURCE_TEXT[input.source]}）到客户 ${row.name}：${changed} 项变更；` +
          `企业已同意将自测信息交由本中心使用${note ? `；说明：${note}` : ""}`,
        detail: {
          source: input.source,
          changedFacts: changed,
          fields: recordFields,
          profileFacts: [...new Set(profileChanges.map((c) => c.path))].slice(0, 50),
          consent: true,
          consentNote: note || null,
          version: next,
        },
      };
    },
  );
  return { version, changed };
}
