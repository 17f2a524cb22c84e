import type { NextConfig } from "next";

// Deliberately minimal: @parley/schema ships compiled JavaScript, so nothing needs transpiling.
const nextConfig: NextConfig = {
  poweredByHeader: false,
  experimental: {
    // A saved web page runs to a few megabytes (its scripts and styles, dropped on reading it) for a
    // text of tens of kilobytes; the default 1 MB would refuse many a news page's .html file.
    serverActions: { bodySizeLimit: "4mb" },
  },
};

export default nextConfig;
