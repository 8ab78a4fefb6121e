// @ts-check
/**
 * A cache entry as a string for Redis, and back. Next's entries hold Buffers (a page's RSC payload,
 * a route's body) and a Map of Buffers (a page's per-segment payloads), which JSON alone would
 * turn into arrays of numbers or empty objects; they travel as tagged base64 and pairs.
 */

/** @param {string} text */
function decode(text) {
  return JSON.parse(text, (_key, value) => {
    if (value && typeof value === "object" && !Array.isArray(value)) {
      if (typeof value.$buffer === "string") return Buffer.from(value.$buffer, "base64");
      if (Array.isArray(value.$map)) return new Map(value.$map);
    }
    return value;
  });
}

/** @param {unknown} entry */
function encode(entry) {
  return JSON.stringify(entry, function (key, value) {
    // `this[key]` is the value before toJSON: a Buffer's own toJSON would give { type, data }.
    const raw = this[key];
    if (ArrayBuffer.isView(raw)) return { $buffer: Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString("base64") };
    if (raw instanceof Map) return { $map: [...raw.entries()] };
    return value;
  });
}

module.exports = { encode, decode };
