import { vi } from "vitest";

/**
 * `next/cache` for tests (mocked in setup.ts): revalidation is recorded, caching is a
 * passthrough so every read hits the database.
 */
export const revalidatePath = vi.fn<(path: string, type?: "layout" | "page") => void>();
export const revalidateTag = vi.fn<(tag: string, profile?: unknown) => void>();
export const updateTag = vi.fn<(tag: string) => void>();
export const refresh = vi.fn<() => void>();

export function unstable_cache<A extends unknown[], R>(fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return (...args: A) => fn(...args);
}

export const nextCacheMock = { revalidatePath, revalidateTag, updateTag, refresh, unstable_cache };
