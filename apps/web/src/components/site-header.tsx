import Link from "next/link";
import { Suspense } from "react";
import { AccountNav } from "./account-nav";

/**
 * The banner on every page: Parley's name, the main navigation, and who is signed in. Its links are
 * not prefetched: prefetching them all would add their server renders, and their parsing, to every
 * page's load.
 */
export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <p className="brand">
          <Link href="/" prefetch={false}>
            Parley
          </Link>
          <span className="tagline">who said what, when, where, to whom</span>
        </p>
        <nav aria-label="Main">
          <ul>
            <li>
              <Link href="/" prefetch={false}>
                Timeline of 14 March 2014
              </Link>
            </li>
            <li>
              <Link href="/range" prefetch={false}>
                Range
              </Link>
            </li>
            <li>
              <Link href="/search" prefetch={false}>
                Search
              </Link>
            </li>
            <li>
              <Link href="/compare" prefetch={false}>
                Compare
              </Link>
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
