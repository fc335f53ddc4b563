// Runs the Prisma CLI with the network-quiet environment: `node scripts/prisma.mjs <args>`.
import { runNode } from "./lib/run.mjs";

process.exit(runNode("node_modules/prisma/build/index.js", process.argv.slice(2)));
