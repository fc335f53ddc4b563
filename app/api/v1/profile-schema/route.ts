import { apiRoute, otherMethods } from "@/lib/api/handler";
import { once } from "@/lib/api/once";
import { jsonBytes, jsonBytesResponse } from "@/lib/api/respond";
import { profileJsonSchema } from "@/lib/profile/json-schema";

export const dynamic = "force-dynamic";

const schemaJson = once(() => jsonBytes(JSON.stringify(profileJsonSchema())));

/** GET /api/v1/profile-schema → the profile's JSON Schema (draft 2020-12). */
export const GET = apiRoute(() =>
  jsonBytesResponse(schemaJson(), {
    contentType: "application/schema+json",
    cacheControl: "public, max-age=300",
  }),
);

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["GET"]);
