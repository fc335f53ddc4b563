/**
 * npm run staff:create -- --admin --email boss@example.org --name 张三 --password '…'
 * npm run staff:create -- --email a@example.org --name 李四 --centre 西湖区企业服务中心 --password '…'
 * npm run staff:create -- --reset --email a@example.org --password '…'
 *
 * Creates an account (a staff account needs --centre; the centre is created if it does not exist),
 * or with --reset sets a new password and ends the account's sessions. The password may come from
 * STAFF_PASSWORD instead of the command line; it is never printed.
 * Runs as `tsx --conditions=react-server scripts/staff-create.ts` (server-only modules).
 */
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    admin: { type: "boolean", default: false },
    reset: { type: "boolean", default: false },
    email: { type: "string" },
    name: { type: "string" },
    centre: { type: "string" },
    password: { type: "string" },
    help: { type: "boolean", short: "h", default: false },
  },
});

function fail(message: string): never {
  console.error(`staff:create: ${message}`);
  process.exit(1);
}

if (values.help) {
  console.log(
    "usage: npm run staff:create -- [--admin] --email E --name N [--centre C] --password P\n" +
      "       npm run staff:create -- --reset --email E --password P",
  );
  process.exit(0);
}

const password = values.password ?? process.env.STAFF_PASSWORD;
if (!values.email) fail("--email is required");
if (!password) fail("--password (or STAFF_PASSWORD) is required");
if (password.length < 10) fail("the password must have at least 10 characters");

const accounts = await import("@/lib/data/accounts");

if (values.reset) {
  const done = await accounts.setPasswordByEmail(values.email, password);
  if (!done) fail(`no account ${values.email}`);
  console.log(`staff:create: new password set for ${values.email}; its sessions have ended.`);
  process.exit(0);
}

if (!values.name) fail("--name is required");
let centreId: string | null = null;
if (values.centre) {
  centreId = (await accounts.ensureCentre(values.centre)).id;
} else if (!values.admin) fail("a staff account needs --centre (or use --admin)");

const input = accounts.staffInputSchema.safeParse({
  email: values.email,
  name: values.name,
  role: values.admin ? "admin" : "staff",
  centreId,
  password,
});
if (!input.success)
  fail(input.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));

try {
  const user = await accounts.createStaff(null, input.data);
  console.log(
    `staff:create: created ${user.role} ${user.email}${values.centre ? ` in ${values.centre}` : ""}.`,
  );
} catch (error) {
  fail(
    error instanceof Error && error.message === "email taken"
      ? `${values.email} exists`
      : String(error),
  );
}
process.exit(0);
