// What the pane's libraries call that the oldest WPS Chromium (80) lacks. Installed only where missing, before
// anything else runs in the WPS pane. scripts/check-chromium80.js looks for this marker: kaohe-wps-polyfills.
export const POLYFILL_MARKER = "kaohe-wps-polyfills";

type Indexable<T> = { length: number; [i: number]: T };

function at<T>(this: Indexable<T>, index: number): T | undefined {
  const i = Math.trunc(index) || 0;
  const k = i < 0 ? this.length + i : i;
  return k < 0 || k >= this.length ? undefined : this[k];
}

function define(target: object, name: string, value: unknown): void {
  if (!(name in target)) Object.defineProperty(target, name, { value, writable: true, configurable: true });
}

define(Array.prototype, "at", at);
define(String.prototype, "at", at);
define(Array.prototype, "findLast", function <T>(this: T[], test: (v: T, i: number, a: T[]) => unknown) {
  for (let i = this.length - 1; i >= 0; i--) if (test(this[i], i, this)) return this[i];
  return undefined;
});
define(Array.prototype, "findLastIndex", function <T>(this: T[], test: (v: T, i: number, a: T[]) => unknown) {
  for (let i = this.length - 1; i >= 0; i--) if (test(this[i], i, this)) return i;
  return -1;
});
define(String.prototype, "replaceAll", function (this: string, search: string | RegExp, replacement: string) {
  if (search instanceof RegExp) return this.replace(search, replacement);
  return this.split(search).join(replacement);
});
define(Object, "hasOwn", (o: object, key: PropertyKey) => Object.prototype.hasOwnProperty.call(o, key));

// A WeakRef that holds its target strongly: the libraries use it for shadow roots and focus history, and a pane
// that lives as long as its task pane loses nothing by keeping them.
if (typeof (globalThis as { WeakRef?: unknown }).WeakRef === "undefined") {
  class StrongRef<T extends object> {
    constructor(private readonly target: T) {}
    deref(): T {
      return this.target;
    }
  }
  define(globalThis, "WeakRef", StrongRef);
}

const cryptoObject = (globalThis as { crypto?: { getRandomValues?(a: Uint8Array): Uint8Array; randomUUID?: unknown } }).crypto;
const random = cryptoObject?.getRandomValues?.bind(cryptoObject);
if (cryptoObject && random && typeof cryptoObject.randomUUID !== "function") {
  define(cryptoObject, "randomUUID", () => {
    const b = random(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = Array.from(b, (x: number) => x.toString(16).padStart(2, "0")).join("");
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  });
}
