export const SERVICE_WORKER_OUT: string;
export function buildServiceWorker(options?: { production?: boolean }): void;
