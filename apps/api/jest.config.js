/** @type {import('jest').Config} */
module.exports = { ...require("../../jest.preset.js"), displayName: "api", globalSetup: require.resolve("../../jest.templates.js") };
