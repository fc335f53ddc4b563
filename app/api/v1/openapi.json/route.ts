import { apiRoute, otherMethods } from "@/lib/api/handler";
import { once } from "@/lib/api/once";
import { openApiDocument } from "@/lib/api/openapi";
import { jsonBytes, jsonBytesResponse } from "@/lib/api/respond";

export const dynamic = "force-dynamic";

const documentJson = once(() => jsonBytes(JSON.stringify(openApiDocument())));

/** GET /api/v1/openapi.json → the OpenAPI 3.1 document. */
export const GET = apiRoute(() =>
  jsonBytesResponse(documentJson(), { cacheControl: "public, max-age=300" }),
);

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(["GET"]);
