/**
 * Runs once as the server starts (Next's instrumentation hook): reads the environment, so that a
 * wrong value stops the start rather than the first request, and logs the configuration read, as
 * the API does, in one JSON line.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ env }, { loggedConfiguration }] = await Promise.all([import("./env"), import("./lib/logged-configuration")]);
  const line = { time: new Date().toISOString(), level: "info", message: "Configuration", variables: loggedConfiguration(env) };
  console.log(JSON.stringify(line));
}
