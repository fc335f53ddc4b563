// The import boundaries of the project, as an ESLint rule (eslint.config.mjs applies it):
//   - the engine, the profile and the rules are pure: nothing server-side (Node built-ins, Prisma,
//     the data layer, next/server, server-only packages);
//   - browser code (lib/browser and every "use client" module) never imports the data layer or
//     other server-only code. Type-only imports are erased at build time and stay allowed.
// Imports are compared in the "@/…" form, so a relative path into lib/data is caught as well.
import { builtinModules } from "node:module";
import { dirname, relative, resolve } from "node:path";

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), "../..");

const NODE = {
  pattern: `^(node:|(${builtinModules.join("|")})(/|$))`,
  message: "Node built-ins run only on the server.",
};
const DATA = {
  pattern: "^@/(lib/data|generated)(/|$)|^(@prisma/|prisma$)",
  message: "The database is reached only through the data layer, from server code.",
};
const SERVER = {
  pattern:
    "^(server-only|next/server|next/headers|pg|better-sqlite3|exceljs|rate-limiter-flexible|@node-rs/argon2)$|^@/lib/(api/rate-limit|batch|auth/(api|session|password))(/|$)",
  message: "Server-only module.",
};

/** Pure code (engine, profile, rules): no server module at all, nor the app's server folders. */
export const PURE_FORBIDDEN = [
  NODE,
  DATA,
  SERVER,
  { pattern: "^@/lib/(api|auth)(/|$)", message: "HTTP and sign-in code is not part of the rules." },
];
/** Browser code: no database, no server-only module, no Node built-ins. */
export const BROWSER_FORBIDDEN = [NODE, DATA, SERVER];

/** "@/lib/data/db" for "../data/db" imported from lib/engine/x.ts; bare specifiers unchanged. */
function canonical(source, filename) {
  if (!source.startsWith(".")) return source;
  const path = relative(ROOT, resolve(dirname(filename), source));
  return path.startsWith("..") ? source : `@/${path}`;
}

const isUseClient = (program) =>
  program.body.some(
    (statement) => statement.type === "ExpressionStatement" && statement.directive === "use client",
  );

const typeOnly = (node) =>
  node.importKind === "type" ||
  node.exportKind === "type" ||
  (node.specifiers?.length > 0 &&
    node.specifiers.every((s) => s.importKind === "type" || s.exportKind === "type"));

/** @type {import("eslint").Rule.RuleModule} */
const rule = {
  meta: {
    type: "problem",
    docs: { description: "Keeps server-side modules out of pure and browser code." },
    schema: [
      {
        type: "object",
        properties: {
          forbidden: {
            type: "array",
            items: {
              type: "object",
              properties: { pattern: { type: "string" }, message: { type: "string" } },
              required: ["pattern", "message"],
            },
          },
          onlyUseClient: { type: "boolean" },
        },
        required: ["forbidden"],
      },
    ],
    messages: { forbidden: "{{what}} may not import '{{source}}': {{why}}" },
  },
  create(context) {
    const { forbidden, onlyUseClient = false } = context.options[0];
    const rules = forbidden.map((f) => ({ regex: new RegExp(f.pattern), message: f.message }));
    const what = onlyUseClient ? "A client component" : "This module";
    let active = !onlyUseClient;
    const check = (node, sourceNode) => {
      if (!active || !sourceNode || typeof sourceNode.value !== "string") return;
      if (typeOnly(node)) return;
      const source = canonical(sourceNode.value, context.filename);
      const hit = rules.find((r) => r.regex.test(source));
      if (hit)
        context.report({
          node: sourceNode,
          messageId: "forbidden",
          data: { what, source: sourceNode.value, why: hit.message },
        });
    };
    return {
      Program(program) {
        if (onlyUseClient) active = isUseClient(program);
      },
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source.type === "Literal" ? node.source : null),
    };
  },
};

export const importBoundaries = { rules: { "import-boundaries": rule } };
