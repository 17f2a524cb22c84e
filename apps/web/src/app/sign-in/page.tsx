import type { Metadata } from "next";
import { headers } from "next/headers";
import { SignInForm } from "../../components/sign-in-form";
import { sameSitePath } from "../../lib/next-path";
import { loadViewer } from "../../lib/session/viewer";

export const metadata: Metadata = { title: "Sign in" };

interface SignInPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** Where the header's "Sign in" came from, when it was a page of this site: the place to return to. */
async function cameFrom(): Promise<string | null> {
  const given = await headers();
  const referer = given.get("referer");
  if (!referer) return null;
  const url = new URL(referer, "http://parley.invalid");
  const host = given.get("x-forwarded-host") ?? given.get("host");
  return url.host === host && url.pathname !== "/sign-in" && url.pathname !== "/sign-out" ? `${url.pathname}${url.search}` : null;
}

/** Signing in with a write token, to record articles; reading needs none. */
export default async function SignInPage({ searchParams }: SignInPageProps) {
  const { next, reason } = await searchParams;
  const returnTo = sameSitePath(typeof next === "string" ? next : await cameFrom(), "/capture");
  const viewer = await loadViewer();

  return (
    <section aria-labelledby="sign-in-title" className="narrow">
      <h1 id="sign-in-title">Sign in</h1>
      {reason === "ended" && (
        <p className="notice-line" role="status">
          Your session has ended (it expired, or its token was revoked). Sign in again to carry on: you will come back to where you were,
          with nothing lost.
        </p>
      )}
      {viewer && <p>{`You are signed in as ${viewer.name}. Signing in again replaces that session.`}</p>}
      <p className="lede">
        Reading Parley needs no account. To record articles, sign in with a write token: this site keeps only a session, which ends when you
        sign out or after some hours.
      </p>
      <SignInForm next={returnTo} />
    </section>
  );
}
