/** One JSON line per log entry on stdout/stderr: easy to read, easy to ship. */
type Fields = Record<string, unknown>;

function write(stream: NodeJS.WriteStream, level: string, message: string, fields: Fields) {
  stream.write(`${JSON.stringify({ time: new Date().toISOString(), level, message, ...fields })}\n`);
}

export const logger = {
  info: (message: string, fields: Fields = {}) => write(process.stdout, "info", message, fields),
  error: (message: string, fields: Fields = {}) => write(process.stderr, "error", message, fields),
};
