import Link from "next/link";

/** The banner on every page: Parley's name and the main navigation. */
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
      </div>
    </header>
  );
}
