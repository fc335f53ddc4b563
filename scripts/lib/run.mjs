import { spawnSync } from "node:child_process";
import { scriptEnv } from "./env.mjs";

/** Runs a command with inherited output; returns its exit code (1 if it could not start). */
export function run(command, args, { env = {}, cwd } = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", env: scriptEnv(env), cwd });
  if (result.error) {
    console.error(`${command}: ${result.error.message}`);
    return 1;
  }
  return result.status ?? 1;
}

/** Runs a Node.js script file with the current node binary. */
export function runNode(script, args = [], options = {}) {
  return run(process.execPath, [script, ...args], options);
}
