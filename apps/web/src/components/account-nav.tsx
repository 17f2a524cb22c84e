import Link from "next/link";
import { loadViewer } from "../lib/session/viewer";
import { SignOutButton } from "./sign-out-button";

/**
 * The header's account line: "Sign in", or who is signed in, where they record articles, and a
 * sign-out button. Only a request that carries the session cookie asks the API who that is.
 */
export async function AccountNav() {
  const viewer = await loadViewer();
  if (!viewer) {
    return (
      <p className="account">
        <Link href="/sign-in">Sign in</Link>
      </p>
    );
  }
  return (
    <div className="account">
      <p>
        Signed in as <strong>{viewer.name}</strong>
        {" · "}
        <Link href="/capture">Capture</Link>
        {" · "}
      </p>
      <SignOutButton className="link-button" />
    </div>
  );
}
