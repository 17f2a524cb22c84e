import type { Ref } from "react";

interface TokenFieldProps {
  ref?: Ref<HTMLInputElement>;
  /** Why the last attempt failed, shown beside the field (and read out: role="alert"). */
  error: string | null;
}

/** The write-token field of every sign-in form: masked, never filled in again by the page. */
export function TokenField({ ref, error }: TokenFieldProps) {
  return (
    <>
      <p>
        <label htmlFor="token">Token</label>
        <input
          ref={ref}
          id="token"
          name="token"
          type="password"
          required
          autoComplete="off"
          spellCheck={false}
          aria-describedby={error ? "token-error token-hint" : "token-hint"}
          aria-invalid={error ? true : undefined}
          // Without scripts, the page that says why the attempt failed puts the cursor back here.
          autoFocus={error !== null}
        />
        <span id="token-hint" className="hint">
          A write token, as <code>npm run token -- create</code> prints it. It goes once to this site&apos;s server and is not kept.
        </span>
      </p>
      <p id="token-error" className="form-error" role="alert">
        {error}
      </p>
    </>
  );
}
