import { z } from "zod";

/** Which session "Mes appareils" ends: an id only; whose it is comes from the session, never the form. */
export const endDeviceSchema = z.strictObject({
  sessionId: z.string().min(1).max(64),
});
export type EndDeviceInput = z.infer<typeof endDeviceSchema>;
