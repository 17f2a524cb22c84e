"use client";

import { useActionState, useEffect, useRef } from "react";
import { signIn, type SignInState } from "../actions/session";
import { TokenField } from "./token-field";

const initial: SignInState = { error: null };

/**
 * The token field, posted to the web server by a server action: it works before scripts load, and
 * after a failed attempt the field comes back empty (the token is never echoed), with the reason
 * beside it and focus on it.
 */
export function SignInForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState(signIn, initial);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (state.error) field.current?.focus();
  }, [state]);

  return (
    <form action={action} className="stacked-form">
      <input type="hidden" name="next" value={next} />
      <TokenField ref={field} error={state.error} />
      <p>
        <button type="submit" className="button" aria-disabled={pending || undefined}>
          {pending ? "Signing in…" : "Sign in"}
        </button>
      </p>
    </form>
  );
}
