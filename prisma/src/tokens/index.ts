export { isTokenCommand, type ListedToken, runTokenCommand, type TokenCommand, type TokenCommandResult } from "./commands";
export { parseDuration } from "./duration";
export { sendTokenCommand, serveTokenCommands, type TokenSocket, tokenSocketPath } from "./socket";
export { createToken, findTokenInForce, hashOf, listTokens, revokeToken, type TokenInfo } from "./tokens";
