import type { NextConfig } from "next";

// Deliberately minimal: @parley/schema ships compiled JavaScript, so nothing needs transpiling.
const nextConfig: NextConfig = {
  poweredByHeader: false,
};

export default nextConfig;
