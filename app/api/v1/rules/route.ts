import { apiRoute, otherMethods } from "@/lib/api/handler";
import { jsonResponse } from "@/lib/api/respond";
import { registry } from "@/rules";
import { RULES_CHANGELOG } from "@/rules/changelog";

export const dynamic = "force-dynamic";

/** GET /api/v1/rules → the current rules version and the changelog, newest first. */
export const GET = apiRoute(() =>
  jsonResponse({ rulesVersion: registry.version, changelog: RULES_CHANGELOG }),
);

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["GET"]);
