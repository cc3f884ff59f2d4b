// A verdaccio 6.8.0 registry for one test run, started as a child process by registry.ts: the config file it is
// given keeps storage and users in a temporary directory and has no uplinks, so the registry holds exactly what
// the test publishes. It listens on a free port of 127.0.0.1 and prints that port as its first line.
import { runServer } from "verdaccio";

const [configFile] = process.argv.slice(2);
if (configFile === undefined) throw new Error("usage: node verdaccio-server.mjs <config.yaml>");

const server = await runServer(configFile);
server.listen(0, "127.0.0.1", () => {
  process.stdout.write(`${JSON.stringify({ port: server.address().port })}\n`);
});
for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => server.close(() => process.exit(0)));
