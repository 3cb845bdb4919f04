// A property made on first use, kept once made: for what is large and seldom needed (a bundled case's
// thousands of labelled questions, read only when the interviewer first answers). Copying the object with
// its descriptors keeps the property lazy; a spread makes it.

export function onFirstUse<T extends object, K extends string>(target: T, key: K, make: () => unknown): T {
  let made = false;
  let value: unknown;
  return Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get: () => {
      if (!made) [value, made] = [make(), true];
      return value;
    },
    set: (next: unknown) => {
      [value, made] = [next, true];
    },
  });
}

/** A copy of an object whose properties made on first use stay so. */
export const copyKeepingLazy = <T extends object>(source: T): T => Object.defineProperties({}, Object.getOwnPropertyDescriptors(source)) as T;
