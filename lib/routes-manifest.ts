import { readFileSync } from "node:fs";
import path from "node:path";

/** The build's routes manifest (headers, redirects, rewrites), or {} when there is none (dev). */
export function readRoutesManifest(dir = path.join(process.cwd(), ".next")) {
  try {
    return JSON.parse(readFileSync(path.join(dir, "routes-manifest.json"), "utf8")) as Record<string, unknown>;
  } catch {
    return {};
  }
}
