/** @type {import('jest').Config} */
module.exports = { ...require("../jest.preset.js"), displayName: "db", globalSetup: require.resolve("../jest.templates.js") };
