// The modules the explorer's build makes (vite.config.ts), typed for the source that imports them.
declare module "virtual:record-history" {
  const history: import("./history.ts").DataHistory;
  export default history;
}
