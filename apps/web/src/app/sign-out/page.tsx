import type { Metadata } from "next";
import Link from "next/link";
import { SignOutButton } from "../../components/sign-out-button";
import { loadViewer } from "../../lib/session/viewer";

export const metadata: Metadata = { title: "Sign out" };

interface SignOutPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** Signing out is a button (a POST): following a link never signs anyone out. */
export default async function SignOutPage({ searchParams }: SignOutPageProps) {
  const { done } = await searchParams;
  const viewer = await loadViewer();

  return (
    <section aria-labelledby="sign-out-title" className="narrow">
      <h1 id="sign-out-title">Sign out</h1>
      {viewer ? (
        <>
          <p>{`You are signed in as ${viewer.name}. Signing out ends the session at once, here and at the API.`}</p>
          <SignOutButton />
        </>
      ) : (
        <>
          <p role="status">
            {done === "unconfirmed"
              ? "You are signed out here. The Parley API could not be reached to end the session; it lapses when it expires."
              : done
                ? "You are signed out."
                : "You are not signed in."}
          </p>
          <p>
            <Link href="/sign-in">Sign in</Link> · <Link href="/">Go to the timeline of 14 March 2014</Link>
          </p>
        </>
      )}
    </section>
  );
}
