import Link from "next/link";
import { Suspense } from "react";
import { AccountNav } from "./account-nav";

/** The banner on every page: Parley's name, the main navigation, and who is signed in. */
export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <p className="brand">
          <Link href="/">Parley</Link>
          <span className="tagline">who said what, when, where, to whom</span>
        </p>
        <nav aria-label="Main">
          <ul>
            <li>
              <Link href="/">Timeline of 14 March 2014</Link>
            </li>
            <li>
              <Link href="/range">Range</Link>
            </li>
            <li>
              <Link href="/search">Search</Link>
            </li>
            <li>
              <Link href="/compare">Compare</Link>
            </li>
          </ul>
        </nav>
        {/* Asking the API who is signed in must not hold up the page; anonymous readers ask nothing. */}
        <Suspense fallback={null}>
          <AccountNav />
        </Suspense>
      </div>
    </header>
  );
}
