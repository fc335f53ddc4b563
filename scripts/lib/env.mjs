// Environment shared by the project's scripts: keep Next.js and Prisma off the network.
export const quietEnv = {
  NEXT_TELEMETRY_DISABLED: "1",
  CHECKPOINT_DISABLE: "1",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
};

/** process.env with the quiet settings filled in (values already set win), plus `extra`. */
export function scriptEnv(extra = {}) {
  return { ...quietEnv, ...process.env, ...extra };
}

Object.assign(process.env, scriptEnv());
