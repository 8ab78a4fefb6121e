import { TextField } from "@/components/ui/field";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/password-rules";

// Never a defaultValue: a password is not sent back to the page after a refusal.
type PasswordFieldProps = { name?: string; label: string; errors?: string[] };

/**
 * A password being chosen (sign-up, reset, change): the bounds the server checks, said in the hint,
 * and "new-password" so that a password manager offers to generate and save it. `advice` follows
 * the length in the hint.
 */
export function NewPasswordField({ name = "password", label, errors, advice }: PasswordFieldProps & { advice?: string }) {
  return (
    <TextField
      name={name}
      label={label}
      type="password"
      autoComplete="new-password"
      required
      minLength={PASSWORD_MIN}
      maxLength={PASSWORD_MAX}
      hint={[`${PASSWORD_MIN} caractères au moins.`, advice].filter(Boolean).join(" ")}
      errors={errors}
    />
  );
}

/** The password the person has now (sign-in, and to confirm a change of address, of password, a deletion). */
export function CurrentPasswordField({ name = "password", label, errors }: PasswordFieldProps) {
  return <TextField name={name} label={label} type="password" autoComplete="current-password" required errors={errors} />;
}
