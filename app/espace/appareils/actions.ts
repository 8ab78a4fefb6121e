"use server";

import { defineAction } from "@/lib/actions/define-action";
import { requestClient } from "@/lib/auth/client-key";
import { endDeviceSchema } from "@/lib/auth/device-schemas";
import { endMyDevice, endMyOtherDevices } from "@/lib/auth/devices";
import { getCurrentSessionId } from "@/lib/auth/session";
import { UnauthenticatedError } from "@/lib/core/errors";
import { emptySchema } from "@/lib/people/schemas";
import { routes } from "@/lib/routes";

export const endDeviceAction = defineAction({
  name: "endDevice",
  permission: "account:manage-own",
  schema: endDeviceSchema,
  handler: async ({ input, actor }) => {
    await endMyDevice({ actor }, { ...input, client: await requestClient() });
    return null;
  },
  // A redirect, not a message in the form: the ended device's row, and its form, are gone.
  redirectTo: () => routes.mine.deviceEnded,
});

export const endOtherDevicesAction = defineAction({
  name: "endOtherDevices",
  permission: "account:manage-own",
  schema: emptySchema,
  handler: async ({ actor }) => {
    const current = await getCurrentSessionId();
    if (!current) throw new UnauthenticatedError();
    const count = await endMyOtherDevices({ actor }, { currentSessionId: current, client: await requestClient() });
    return { count };
  },
  redirectTo: () => routes.mine.otherDevicesEnded,
});
