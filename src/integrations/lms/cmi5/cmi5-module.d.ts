// @xapi/cmi5 names its ES module only in "module", which Node-style resolution (Vitest) does not
// read; Signaal imports that file by path, typed as the package itself.
declare module '@xapi/cmi5/dist/Cmi5.esm.js' {
  export { default } from '@xapi/cmi5';
  export * from '@xapi/cmi5';
}
