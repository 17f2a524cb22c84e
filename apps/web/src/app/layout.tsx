import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { SiteFooter } from "../components/site-footer";
import { SiteHeader } from "../components/site-header";
import { sans, serif } from "./fonts";
import "../styles/base.css";
import "../styles/site.css";
import "../styles/events.css";
import "../styles/statements.css";
import "../styles/day.css";
import "../styles/day-chart.css";
import "../styles/source.css";
import "../styles/compare.css";
import "../styles/forms.css";
import "../styles/capture.css";
import "../styles/print.css";

export const metadata: Metadata = {
  title: { default: "Parley", template: "%s · Parley" },
  description: "Parley: who said what, when, where, to whom, and where it is written down.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Render per request: every page reads the live API, and the browser's API URL is read at run
  // time (not frozen into the build) by the pages that hand data to the browser's Apollo Client.
  await connection();
  return (
    <html lang="en" className={`${sans.variable} ${serif.variable}`}>
      <body>
        <a className="skip-link" href="#main">
          Skip to main content
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
