// xml2js is already in node_modules (via office-addin-manifest) but ships no types; only what the tests use.
declare module "xml2js" {
  export function parseStringPromise(xml: string, options?: { strict?: boolean }): Promise<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
}
