/** The footer on every page: what Parley records and where its words come from. */
export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        Parley records diplomacy: who said what, when, where, to whom, and where it is written down. Every statement cites the source that
        reports it. Parley puts only direct quotes in quotation marks: partial quotes and paraphrases are the source&apos;s wording, shown
        as reported speech.
      </p>
    </footer>
  );
}
