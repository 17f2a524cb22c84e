import localFont from "next/font/local";

// The fonts ship with the app (from the @fontsource packages, served from the app's own origin):
// no request leaves it, and every machine draws the same letters, which the screenshot tests
// compare. next/font preloads them and sizes a local fallback to match, so nothing shifts when they arrive.

export const sans = localFont({
  src: [
    { path: "../../../../node_modules/@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff2", weight: "400" },
    { path: "../../../../node_modules/@fontsource/source-sans-3/files/source-sans-3-latin-700-normal.woff2", weight: "700" },
  ],
  variable: "--font-sans",
  display: "swap",
  fallback: ["system-ui", "Arial", "sans-serif"],
});

export const serif = localFont({
  src: [{ path: "../../../../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2", weight: "400" }],
  variable: "--font-serif",
  display: "swap",
  fallback: ["Georgia", "serif"],
});
