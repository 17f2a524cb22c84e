import { signOut } from "../actions/session";

/** A one-button form that signs out (a POST to a server action); it works without scripts. */
export function SignOutButton({ className = "button" }: { className?: string }) {
  return (
    <form action={signOut} className="inline-form">
      <button type="submit" className={className}>
        Sign out
      </button>
    </form>
  );
}
