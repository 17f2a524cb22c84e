import path from "node:path";

/**
 * The file a command names, from where the user typed it: npm runs root
 * scripts in the repository's root and says where it was started in INIT_CWD.
 */
export function fileArgument(usage: string): string {
  const file = process.argv[2];
  if (!file) throw new Error(`Usage: ${usage}`);
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
}
