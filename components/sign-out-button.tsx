"use client";

import { useActionState } from "react";
import { signOutAction } from "@/app/(auth)/actions";

export function SignOutButton() {
  const [, formAction] = useActionState(signOutAction, undefined);
  return (
    <form action={formAction}>
      <button type="submit" className="underline-offset-4 hover:underline">
        Se déconnecter
      </button>
    </form>
  );
}
